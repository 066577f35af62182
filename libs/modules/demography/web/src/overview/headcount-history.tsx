import { Stack } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubjectId } from '@ancrage/demography-domain';
import { DataTable, useTRPC } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { HistoryChart } from '../common/history-chart';

interface HeadcountHistoryProps {
  subject: SubjectId;
  /** Ready snapshots, newest first. */
  snapshots: readonly { id: string; extractedOn: string }[];
}

/** The département's headcount at every ready snapshot, oldest first: a line and its table. */
export function HeadcountHistory({ subject, snapshots }: HeadcountHistoryProps) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const format = useDemographyFormat();
  const oldestFirst = [...snapshots].reverse();
  const totals = useQueries({
    queries: oldestFirst.map((snapshot) => trpc.demography.indicators.queryOptions({ subject, level: 'departement', snapshotId: snapshot.id })),
  });
  const points = oldestFirst.flatMap((snapshot, index) => {
    const total = totals[index]?.data?.total;
    return total ? [{ id: snapshot.id, extractedOn: snapshot.extractedOn, headcount: total.headcount, fte: total.fte }] : [];
  });
  if (points.length === 0) return null;
  const subjectName = t(`subjects.${subject}`);
  return (
    <Stack gap="sm">
      {points.length > 1 ? (
        <HistoryChart
          label={t('evolution.historyChart', { subject: subjectName })}
          data={points.map((point) => ({ date: format.date(point.extractedOn), headcount: point.headcount }))}
          series={[{ name: 'headcount', label: t('table.headcount'), color: 'indigo.8' }]}
          valueFormatter={format.count}
        />
      ) : null}
      <DataTable
        caption={t('evolution.historyCaption', { subject: subjectName })}
        rows={points}
        rowKey={(point) => point.id}
        empty={t('table.empty')}
        minWidth={360}
        columns={[
          { key: 'date', header: t('evolution.date'), render: (point) => format.longDate(point.extractedOn) },
          { key: 'headcount', header: t('table.headcount'), numeric: true, render: (point) => format.count(point.headcount) },
          { key: 'fte', header: t('table.fte'), numeric: true, render: (point) => format.fte(point.fte) },
        ]}
      />
    </Stack>
  );
}
