import { useMemo } from 'react';
import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubjectId } from '@ancrage/demography-domain';
import { ExplorerTable, QueryState, StatCard, useTRPC, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { SnapshotSelect } from '../common/snapshot-select';
import { HeadcountHistory } from './headcount-history';

type CommuneEvolution = RouterOutputs['demography']['evolution']['communes'][number];

interface EvolutionTabProps {
  subject: SubjectId;
  snapshots: readonly { id: string; extractedOn: string }[];
  fromId: string | undefined;
  toId: string | undefined;
  onChange: (change: { from?: string; to?: string }) => void;
}

/** Arrivals, departures and net change between two snapshots, by commune and for the département. */
export function EvolutionTab({ subject, snapshots, fromId, toId, onChange }: EvolutionTabProps) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const format = useDemographyFormat();
  const evolution = useQuery(trpc.demography.evolution.queryOptions(fromId && toId ? { subject, fromSnapshotId: fromId, toSnapshotId: toId } : skipToken));

  const columns = useMemo(
    (): ExplorerColumn<CommuneEvolution>[] => [
      { key: 'code', header: t('table.code'), value: (row) => row.communeCode },
      { key: 'name', header: t('table.names.commune'), value: (row) => row.name },
      { key: 'before', header: t('evolution.before'), value: (row) => row.before, numeric: true },
      { key: 'after', header: t('evolution.after'), value: (row) => row.after, numeric: true },
      { key: 'arrivals', header: t('evolution.arrivals'), value: (row) => row.arrivals, numeric: true },
      { key: 'departures', header: t('evolution.departures'), value: (row) => row.departures, numeric: true },
      { key: 'net', header: t('evolution.net'), value: (row) => row.net, numeric: true, format: (value) => format.signed(Number(value)) },
    ],
    [t, format],
  );

  return (
    <Stack gap="lg">
      <Group gap="md" align="flex-end" wrap="wrap" data-demography-no-print>
        <SnapshotSelect label={t('evolution.from')} snapshots={snapshots} value={fromId} onChange={(from) => onChange({ from })} />
        <SnapshotSelect label={t('evolution.to')} snapshots={snapshots} value={toId} onChange={(to) => onChange({ to })} />
      </Group>
      {fromId && toId ? (
        <QueryState query={evolution}>
          {(data) => (
            <Stack gap="md">
              <Text>{t('evolution.between', { from: format.longDate(data.from.extractedOn), to: format.longDate(data.to.extractedOn) })}</Text>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
                <StatCard value={`${format.count(data.before)} → ${format.count(data.after)}`} label={t('evolution.headcounts')} />
                <StatCard value={format.count(data.arrivals)} label={t('evolution.arrivalsTotal')} />
                <StatCard value={format.count(data.departures)} label={t('evolution.departuresTotal')} />
                <StatCard value={format.signed(data.after - data.before)} label={t('evolution.netTotal')} />
              </SimpleGrid>
              <ExplorerTable
                caption={t('evolution.caption', { subject: t(`subjects.${subject}`) })}
                columns={columns}
                rows={data.communes}
                rowKey={(row) => row.communeCode}
                empty={t('evolution.empty')}
                filterLabel={t('table.search')}
                exportFileName={t('files.evolution', { subject, from: data.from.extractedOn, to: data.to.extractedOn })}
                minWidth={720}
              />
            </Stack>
          )}
        </QueryState>
      ) : (
        <Text>{t('evolution.needTwo')}</Text>
      )}
      <section aria-labelledby="demography-history">
        <Title order={3} size="h4" id="demography-history" mb="sm">
          {t('evolution.historyTitle')}
        </Title>
        <HeadcountHistory subject={subject} snapshots={snapshots} />
      </section>
    </Stack>
  );
}
