import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatCard, useFormatters, type RouterOutputs } from '@ancrage/ui';

type ManagedEvent = RouterOutputs['events']['event'];

/** Registrations → attendance → contacts and installation projects that followed. */
export function EventKpis({ event }: { event: ManagedEvent }) {
  const { t } = useTranslation('events');
  const format = useFormatters();
  const percent = (rate: number | null) => (rate === null ? t('kpis.noRate') : format.number(rate, { style: 'percent', maximumFractionDigits: 0 }));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
        <StatCard label={t('kpis.registrations')} value={format.number(event.kpis.registrations)} />
        <StatCard label={t('kpis.confirmed')} value={event.capacity === null ? format.number(event.confirmed) : `${format.number(event.confirmed)} / ${format.number(event.capacity)}`} />
        <StatCard label={t('kpis.waiting')} value={format.number(event.waiting)} />
        <StatCard label={t('kpis.attended')} value={format.number(event.attended)} />
        <StatCard label={t('kpis.contacts')} value={format.number(event.contacts)} />
        <StatCard label={t('kpis.projects')} value={format.number(event.projects)} />
      </SimpleGrid>
      <Text>{t('kpis.funnel', { attendance: percent(event.kpis.attendance), contact: percent(event.kpis.contact), project: percent(event.kpis.project) })}</Text>
      <Text size="sm">{t('kpis.followUpHelp')}</Text>
    </Stack>
  );
}
