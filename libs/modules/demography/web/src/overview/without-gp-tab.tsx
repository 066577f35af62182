import { useMemo } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ExplorerTable, QueryState, useTRPC, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';

type EmptyTerritory = RouterOutputs['demography']['withoutGeneralPractice']['communes'][number];

/** Communes and EPCI of the département where no general practitioner practises. */
export function WithoutGpTab({ snapshotId }: { snapshotId: string }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const format = useDemographyFormat();
  const withoutGp = useQuery(trpc.demography.withoutGeneralPractice.queryOptions({ snapshotId }));
  const columns = useMemo(
    () => (level: 'commune' | 'epci'): ExplorerColumn<EmptyTerritory>[] => [
      { key: 'code', header: t('table.code'), value: (row) => row.code },
      { key: 'name', header: t(`table.names.${level}`), value: (row) => row.name },
      { key: 'population', header: t('table.population'), value: (row) => row.population, numeric: true },
    ],
    [t],
  );
  const inhabitants = (rows: readonly EmptyTerritory[]) => format.count(rows.reduce((sum, row) => sum + row.population, 0));

  return (
    <QueryState query={withoutGp}>
      {(data) => (
        <Stack gap="lg">
          <Text>{t('withoutGp.summary', { count: data.communes.length, communes: format.count(data.communes.length), population: inhabitants(data.communes), epcis: format.count(data.epcis.length) })}</Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <ExplorerTable
              caption={t('withoutGp.communes')}
              columns={columns('commune')}
              rows={data.communes}
              rowKey={(row) => row.code}
              empty={t('withoutGp.noCommune')}
              filterLabel={t('table.search')}
              exportFileName={t('files.withoutGpCommunes')}
              minWidth={420}
            />
            <ExplorerTable
              caption={t('withoutGp.epcis')}
              columns={columns('epci')}
              rows={data.epcis}
              rowKey={(row) => row.code}
              empty={t('withoutGp.noEpci')}
              filterLabel={t('table.searchEpci')}
              exportFileName={t('files.withoutGpEpcis')}
              minWidth={420}
            />
          </SimpleGrid>
        </Stack>
      )}
    </QueryState>
  );
}
