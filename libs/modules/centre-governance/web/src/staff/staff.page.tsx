import { useState } from 'react';
import { Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parisDay } from '@ancrage/centre-governance-domain';
import { PageHeader, QueryState, useCan, useTRPC } from '@ancrage/ui';
import { CentreSelect } from '../common/centre-select';
import { permissions } from '../common/paths';
import { useCentreChoice } from '../common/use-centre-choice.hook';
import { BookingForm } from './booking-form';
import { ContractForm } from './contract-form';
import { ProfessionalForm } from './professional-form';
import { ProfessionalsTable } from './professionals-table';
import { WeekView } from './week-view';

/** /t/:tenant/admin/centre-governance/staff — professionals hosted, their contracts, and who works where this week. */
export function StaffPage() {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const canManage = useCan(permissions.manageStaff);
  const { centres, centreId, setCentreId } = useCentreChoice();
  const [day, setDay] = useState(parisDay(new Date()));
  const people = useQuery({ ...trpc['centre-governance'].professionals.queryOptions({ centreId }), enabled: centreId !== '' });

  return (
    <>
      <PageHeader title={t('staff.title')} description={t('staff.intro')} />
      <QueryState query={centres}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('centres.empty')}</Text>
          ) : (
            <Stack gap="lg">
              <CentreSelect centres={list} value={centreId} onChange={setCentreId} />
              <Tabs defaultValue="week" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="week">{t('staff.tabs.week')}</Tabs.Tab>
                  <Tabs.Tab value="people">{t('staff.tabs.people')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="week" pt="md">
                  <Stack gap="lg">
                    <WeekView centreId={centreId} day={day} onDayChange={setDay} />
                    {canManage && people.data ? <BookingForm key={centreId} centreId={centreId} people={people.data} day={day} /> : null}
                  </Stack>
                </Tabs.Panel>
                <Tabs.Panel value="people" pt="md">
                  <QueryState query={people}>
                    {(data) => (
                      <Stack gap="lg">
                        <ProfessionalsTable people={data} />
                        {canManage ? <ProfessionalForm centreId={centreId} /> : null}
                        {canManage && data.length > 0 ? <ContractForm key={centreId} people={data} /> : null}
                      </Stack>
                    )}
                  </QueryState>
                </Tabs.Panel>
              </Tabs>
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
