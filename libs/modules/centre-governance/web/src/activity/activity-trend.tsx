import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { monthsOfYear } from '@ancrage/centre-governance-domain';
import { ExplorerTable, useTenant, type ExplorerColumn } from '@ancrage/ui';
import { useCgFormat } from '../common/use-cg-format.hook';
import type { ActivityView } from './activity-types';

interface MonthTotal {
  month: string;
  consultations: number;
  unscheduled: number;
  homeVisits: number;
  activePatients: number;
  feeRevenueCents: number;
}

/** Sites added month by month (stocks too: each site's patients at that month). */
export function monthTotals(view: ActivityView): MonthTotal[] {
  return monthsOfYear(view.year).flatMap((month) => {
    const rows = view.months.filter((row) => row.month === month);
    if (rows.length === 0) return [];
    const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
    return [{ month, consultations: sum((row) => row.consultations), unscheduled: sum((row) => row.unscheduledConsultations), homeVisits: sum((row) => row.homeVisits), activePatients: sum((row) => row.activePatients), feeRevenueCents: sum((row) => row.feeRevenueCents) }];
  });
}

/** Consultations month by month as lines, and the same figures in a table (which assistive technologies read). */
export function ActivityTrend({ view }: { view: ActivityView }) {
  const { t } = useTranslation('centre-governance');
  const tenant = useTenant();
  const format = useCgFormat();
  const totals = monthTotals(view);
  const columns: ExplorerColumn<MonthTotal>[] = [
    { key: 'month', header: t('activity.columns.month'), value: (row) => row.month, format: (month) => format.month(String(month)) },
    { key: 'consultations', header: t('activity.columns.consultations'), numeric: true, value: (row) => row.consultations },
    { key: 'unscheduled', header: t('activity.columns.unscheduled'), numeric: true, value: (row) => row.unscheduled },
    { key: 'homeVisits', header: t('activity.columns.homeVisits'), numeric: true, value: (row) => row.homeVisits },
    { key: 'activePatients', header: t('activity.columns.activePatients'), numeric: true, value: (row) => row.activePatients },
    { key: 'fees', header: t('activity.columns.fees'), numeric: true, value: (row) => row.feeRevenueCents / 100, format: (euros) => format.euros(Number(euros)) },
  ];
  const series = [
    { name: 'consultations', label: t('activity.columns.consultations'), color: 'blue.8' },
    { name: 'unscheduled', label: t('activity.columns.unscheduled'), color: 'orange.8' },
  ];
  return (
    <>
      {totals.length > 1 ? (
        <figure aria-label={t('activity.chartLabel', { year: view.year })} style={{ margin: 0 }}>
          <div aria-hidden="true">
            <LineChart h={260} data={totals.map((row) => ({ ...row, month: format.month(row.month) }))} dataKey="month" series={series} valueFormatter={(value) => format.number(value)} withLegend withDots curveType="linear" lineChartProps={{ accessibilityLayer: false }} />
          </div>
        </figure>
      ) : null}
      <ExplorerTable caption={t('activity.monthsCaption', { year: view.year })} columns={columns} rows={totals} rowKey={(row) => row.month} empty={t('activity.empty')} filterLabel={t('activity.search')} exportFileName={`activite-centre-${tenant.slug}-${view.year}`} pageSize={12} minWidth={760} />
    </>
  );
}
