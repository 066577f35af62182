import { Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, EVENT_KINDS, type Audience, type EventKind } from '@ancrage/events-domain';
import { PageHeader, QueryState, useTRPC } from '@ancrage/ui';
import { CalendarDownload } from './calendar-download';
import { EventCard } from './event-card';
import { MonthCalendar } from './month-calendar';
import { monthBounds } from './month-grid';
import { usePortalFilters } from './use-portal-filters.hook';

/** /t/:tenant/events — the tenant's events: upcoming list or month view, filtered by audience and kind. */
export function EventsPortalPage() {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const filters = usePortalFilters();
  const bounds = monthBounds(filters.month);
  const input = {
    ...(filters.audience ? { audience: filters.audience } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.view === 'month' ? { from: bounds.first, to: bounds.last } : {}),
  };
  const events = useQuery(trpc.events.publicEvents.queryOptions(input));

  return (
    <>
      <PageHeader title={t('portal.title')} description={t('portal.intro')} actions={<CalendarDownload label={t('portal.downloadCalendar')} />} />
      <Stack gap="lg">
        <Group align="flex-end" gap="md" wrap="wrap" component="form" role="search" aria-label={t('portal.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
          <NativeSelect
            label={t('portal.audienceFilter')}
            value={filters.audience ?? ''}
            onChange={(event) => filters.setAudience((event.currentTarget.value || undefined) as Audience | undefined)}
            data={[{ value: '', label: t('portal.allAudiences') }, ...AUDIENCES.map((audience) => ({ value: audience, label: t(`audiences.${audience}`) }))]}
          />
          <NativeSelect
            label={t('portal.kindFilter')}
            value={filters.kind ?? ''}
            onChange={(event) => filters.setKind((event.currentTarget.value || undefined) as EventKind | undefined)}
            data={[{ value: '', label: t('portal.allKinds') }, ...EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="events-view-label">
              {t('portal.view')}
            </Text>
            <SegmentedControl
              aria-labelledby="events-view-label"
              value={filters.view}
              onChange={(value) => filters.setView(value === 'month' ? 'month' : 'list')}
              data={[
                { value: 'list', label: t('portal.listView') },
                { value: 'month', label: t('portal.monthView') },
              ]}
            />
          </Stack>
        </Group>
        <QueryState query={events}>
          {(list) =>
            filters.view === 'month' ? (
              <MonthCalendar month={filters.month} events={list} onMonthChange={filters.setMonth} />
            ) : list.length === 0 ? (
              <Text>{t('portal.empty')}</Text>
            ) : (
              <section aria-label={t('portal.listLabel', { count: list.length })}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
                  {list.map((event) => (
                    <EventCard key={event.id} event={event} />
                  ))}
                </SimpleGrid>
              </section>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
