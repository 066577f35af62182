import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatCard } from '@ancrage/ui';
import { useCgFormat } from '../common/use-cg-format.hook';
import type { ActivityView } from './activity-types';

/** The year's key figures, beside last year's, as the evaluation report and the ARS read them. */
export function ActivitySummaryCards({ view }: { view: ActivityView }) {
  const { t } = useTranslation('centre-governance');
  const format = useCgFormat();
  const { summary, previousSummary } = view;
  const compare = (previous: number) => (previousSummary.months === 0 ? '' : ` (${t('activity.previous', { value: format.number(previous) })})`);
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="section" aria-label={t('activity.keyFigures', { year: view.year })}>
        <StatCard value={format.number(summary.consultations)} label={t('activity.columns.consultations') + compare(previousSummary.consultations)} />
        <StatCard value={format.percent(summary.unscheduledPerMille)} label={t('activity.unscheduledShare')} />
        <StatCard value={format.number(summary.homeVisits)} label={t('activity.columns.homeVisits')} />
        <StatCard value={format.number(summary.activePatients)} label={t('activity.columns.activePatients')} />
        <StatCard value={format.number(summary.referringDoctorPatients)} label={t('activity.referring')} />
        <StatCard value={format.cents(summary.feeRevenueCents)} label={t('activity.columns.fees')} />
        <StatCard value={format.cents(summary.averageFeeCents)} label={t('activity.averageFee')} />
        <StatCard value={format.fte(summary.averageFte['general-practitioner'])} label={t('activity.gpFte')} />
      </SimpleGrid>
      <Text size="sm">{summary.missingMonths.length === 0 ? t('activity.complete') : t('activity.missing', { count: summary.missingMonths.length, months: summary.missingMonths.map((month) => format.month(month)).join(', ') })}</Text>
    </>
  );
}
