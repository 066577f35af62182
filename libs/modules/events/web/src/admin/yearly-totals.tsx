import { useState } from 'react';
import { Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, EVENT_KINDS } from '@ancrage/events-domain';
import { QueryState, StatCard, useFormatters, useTRPC } from '@ancrage/ui';

/** The year's totals, as the evaluation report takes them: events held, attendance, what followed. */
export function YearlyTotals() {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const format = useFormatters();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const totals = useQuery(trpc.events.yearlyTotals.queryOptions({ year }));
  const years = Array.from({ length: 6 }, (_, index) => currentYear + 1 - index);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="yearly-totals-title">
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <Title order={2} size="h3" id="yearly-totals-title">
          {t('totals.title', { year })}
        </Title>
        <NativeSelect label={t('totals.year')} value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))} data={years.map(String)} />
      </Group>
      <QueryState query={totals}>
        {(data) => (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
              <StatCard label={t('totals.events')} value={format.number(data.events)} />
              <StatCard label={t('totals.registrations')} value={format.number(data.registrations)} />
              <StatCard label={t('totals.confirmed')} value={format.number(data.confirmed)} />
              <StatCard label={t('totals.attended')} value={format.number(data.attended)} />
              <StatCard label={t('totals.contacts')} value={format.number(data.contacts)} />
              <StatCard label={t('totals.projects')} value={format.number(data.projects)} />
            </SimpleGrid>
            <Text size="sm">
              {t('totals.byKind')}{' '}
              {EVENT_KINDS.filter((kind) => data.byKind[kind] > 0)
                .map((kind) => t('totals.item', { label: t(`kinds.${kind}`), count: format.number(data.byKind[kind]) }))
                .join(' · ') || t('totals.none')}
            </Text>
            <Text size="sm">
              {t('totals.byAudience')}{' '}
              {AUDIENCES.filter((audience) => (data.attendeesByAudience[audience] ?? 0) > 0)
                .map((audience) => t('totals.item', { label: t(`audiences.${audience}`), count: format.number(data.attendeesByAudience[audience] ?? 0) }))
                .join(' · ') || t('totals.none')}
            </Text>
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
