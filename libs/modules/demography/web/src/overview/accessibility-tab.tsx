import { useMemo } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubjectId } from '@ancrage/demography-domain';
import { ExplorerTable, QueryState, useTRPC, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { MissingContours } from '../common/missing-contours';
import { PlacementsTable } from './placements-table';
import { ScenarioForm } from './scenario-form';

type CommuneAccess = RouterOutputs['demography']['accessibility']['communes'][number];

/** Accessibility of each commune against the under-served threshold, scenarios and the best placements. */
export function AccessibilityTab({ subject, snapshotId }: { subject: SubjectId; snapshotId: string }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const format = useDemographyFormat();
  const accessibility = useQuery(trpc.demography.accessibility.queryOptions({ subject, snapshotId }));
  const columns = useMemo(
    (): ExplorerColumn<CommuneAccess>[] => [
      { key: 'code', header: t('table.code'), value: (row) => row.code },
      { key: 'name', header: t('table.names.commune'), value: (row) => row.name },
      { key: 'population', header: t('table.population'), value: (row) => row.population, numeric: true },
      { key: 'value', header: t('accessibility.value'), value: (row) => row.value, numeric: true, format: (value) => format.density(Number(value)) },
      { key: 'class', header: t('accessibility.class'), value: (row) => row.serviceClass, format: (value) => t(`accessibility.classes.${String(value)}`) },
    ],
    [t, format],
  );

  return (
    <QueryState query={accessibility}>
      {(data) => {
        if (data.threshold === null || data.communes.length === 0)
          return (
            <Paper withBorder p="md">
              <MissingContours />
            </Paper>
          );
        const underserved = data.communes.filter((commune) => commune.serviceClass === 'underserved');
        const communes = [...data.communes].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
        return (
          <Stack gap="xl">
            <Stack gap="xs">
              <Text>{t('accessibility.explanation')}</Text>
              <Text fw={600}>
                {t('accessibility.summary', {
                  threshold: format.density(data.threshold),
                  count: underserved.length,
                  communes: format.count(underserved.length),
                  population: format.count(underserved.reduce((sum, commune) => sum + commune.population, 0)),
                })}
              </Text>
              {data.missingCentroids > 0 ? <Text size="sm">{t('accessibility.missingCentroids', { count: data.missingCentroids, formatted: format.count(data.missingCentroids) })}</Text> : null}
            </Stack>
            <ExplorerTable
              caption={t('accessibility.caption', { subject: t(`subjects.${subject}`) })}
              columns={columns}
              rows={data.communes}
              rowKey={(row) => row.code}
              empty={t('table.empty')}
              filterLabel={t('table.search')}
              exportFileName={t('files.accessibility', { subject })}
              minWidth={640}
            />
            <Paper withBorder p="md" component="section" aria-labelledby="demography-scenario" data-demography-no-print>
              <Title order={3} size="h4" id="demography-scenario" mb="xs">
                {t('scenario.title')}
              </Title>
              <Text size="sm" mb="md">
                {t('scenario.intro')}
              </Text>
              <ScenarioForm subject={subject} snapshotId={snapshotId} communes={communes} />
            </Paper>
            <section aria-labelledby="demography-placements">
              <Title order={3} size="h4" id="demography-placements" mb="xs">
                {t('placements.title')}
              </Title>
              <PlacementsTable subject={subject} snapshotId={snapshotId} />
            </section>
          </Stack>
        );
      }}
    </QueryState>
  );
}
