import { useState } from 'react';
import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, useCan, useTRPC } from '@ancrage/ui';
import { CentreSelect } from '../common/centre-select';
import { permissions } from '../common/paths';
import { useCentreChoice } from '../common/use-centre-choice.hook';
import { ActivityForm } from './activity-form';
import { ActivityImport } from './activity-import';
import { ActivitySummaryCards } from './activity-summary';
import { ActivityTrend } from './activity-trend';

const thisYear = new Date().getFullYear();

/** /t/:tenant/admin/centre-governance/activity — monthly figures per site, trends and the year's summary. */
export function ActivityPage() {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const canManage = useCan(permissions.manageActivity);
  const { centres, centreId, setCentreId } = useCentreChoice();
  const [year, setYear] = useState(thisYear);
  const activity = useQuery({ ...trpc['centre-governance'].activity.queryOptions({ centreId, year }), enabled: centreId !== '' });

  return (
    <>
      <PageHeader title={t('activity.title')} description={t('activity.intro')} />
      <QueryState query={centres}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('centres.empty')}</Text>
          ) : (
            <Stack gap="lg">
              <Group align="flex-end" gap="sm" wrap="wrap">
                <CentreSelect centres={list} value={centreId} onChange={setCentreId} />
                <NativeSelect label={t('activity.year')} value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))} data={[thisYear, thisYear - 1, thisYear - 2].map(String)} w={160} />
              </Group>
              <QueryState query={activity}>
                {(view) => (
                  <Stack gap="lg">
                    <ActivitySummaryCards view={view} />
                    <ActivityTrend view={view} />
                    {canManage ? <ActivityForm key={centreId} view={view} /> : null}
                    {canManage ? <ActivityImport centreId={centreId} /> : null}
                  </Stack>
                )}
              </QueryState>
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
