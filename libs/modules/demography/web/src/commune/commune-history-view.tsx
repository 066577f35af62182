import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { HistoryChart } from '../common/history-chart';
import { useProfessionLabel } from '../common/use-profession-label.hook';
import { pivotHistory, type HistoryEntry } from './commune-history';

// Mantine colour shades dark enough to stand out from white (3:1).
const SERIES_COLORS = ['indigo.8', 'teal.9', 'orange.9', 'grape.8', 'red.9', 'cyan.9', 'lime.9', 'pink.8', 'blue.9', 'gray.8'];

/** Headcount by profession across the ready snapshots: lines, and the same figures in a table. */
export function CommuneHistoryView({ history, communeName }: { history: readonly HistoryEntry[]; communeName: string }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  const professionLabel = useProfessionLabel();
  const { professions, rows } = pivotHistory(history);
  return (
    <Stack gap="sm">
      {rows.length > 1 ? (
        <HistoryChart
          label={t('commune.historyChart', { name: communeName })}
          data={rows.map((row) => ({ date: format.date(row.extractedOn), ...row.headcounts }))}
          series={professions.map((code, index) => ({ name: code, label: professionLabel(code), color: SERIES_COLORS[index % SERIES_COLORS.length] ?? 'gray.8' }))}
          valueFormatter={format.count}
        />
      ) : null}
      <DataTable
        caption={t('commune.historyCaption', { name: communeName })}
        rows={rows}
        rowKey={(row) => row.extractedOn}
        empty={t('commune.noHistory')}
        minWidth={Math.max(360, 140 * (professions.length + 1))}
        columns={[
          { key: 'date', header: t('evolution.date'), render: (row) => format.longDate(row.extractedOn) },
          ...professions.map((code) => ({ key: code, header: professionLabel(code), numeric: true, render: (row: (typeof rows)[number]) => format.count(row.headcounts[code] ?? 0) })),
        ]}
      />
    </Stack>
  );
}
