import { Anchor, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonth, parisDay } from '@ancrage/events-domain';
import { useLocale, useTenant } from '@ancrage/ui';
import { eventPaths } from '../event-paths';
import type { PublicEventSummary } from './event-card';
import { daysCovered, monthBounds, monthWeeks, shiftMonth } from './month-grid';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

interface MonthCalendarProps {
  month: string;
  events: readonly PublicEventSummary[];
  onMonthChange: (month: string) => void;
}

/** The month view: a calendar table, each day listing its events as links. */
export function MonthCalendar({ month, events, onMonthChange }: MonthCalendarProps) {
  const { t } = useTranslation('events');
  const locale = useLocale();
  const tenant = useTenant();
  const { first, last } = monthBounds(month);
  const today = parisDay(new Date());
  const byDay = new Map<string, PublicEventSummary[]>();
  for (const event of events) {
    for (const day of daysCovered(parisDay(event.startsAt), parisDay(event.endsAt), first, last)) byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const title = formatMonth(month, locale);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Button variant="default" onClick={() => onMonthChange(shiftMonth(month, -1))}>
          {t('portal.previousMonth')}
        </Button>
        <Text fw={700} size="lg" aria-live="polite" tt="capitalize">
          {title}
        </Text>
        <Button variant="default" onClick={() => onMonthChange(shiftMonth(month, 1))}>
          {t('portal.nextMonth')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} role="region" aria-label={t('portal.monthCaption', { month: title })}>
        <Table withColumnBorders layout="fixed" captionSide="top">
          <Table.Caption>
            <VisuallyHidden>{t('portal.monthCaption', { month: title })}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {WEEKDAYS.map((day) => (
                <Table.Th key={day} scope="col">
                  <abbr title={t(`portal.weekdays.${day}`)}>{t(`portal.weekdaysShort.${day}`)}</abbr>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {monthWeeks(month).map((week) => (
              <Table.Tr key={week.find(Boolean)}>
                {week.map((day, index) => (
                  <Table.Td key={day ?? `empty-${index}`} valign="top" h={96} bg={day === today ? 'var(--mantine-primary-color-light)' : undefined}>
                    {day ? (
                      <Stack gap={4}>
                        <Text size="sm" fw={700} aria-current={day === today ? 'date' : undefined}>
                          {Number(day.slice(8))}
                        </Text>
                        {(byDay.get(day) ?? []).map((event) => (
                          <Anchor key={event.id} component={Link} to={eventPaths.portalEvent(tenant.slug, event.id)} size="sm" td={event.status === 'cancelled' ? 'line-through' : undefined}>
                            {event.status === 'cancelled' ? t('portal.cancelledTitle', { title: event.title }) : event.title}
                          </Anchor>
                        ))}
                      </Stack>
                    ) : null}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {events.length === 0 ? <Text>{t('portal.emptyMonth')}</Text> : null}
    </Stack>
  );
}
