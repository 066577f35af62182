import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters, useTenant, type RouterOutputs } from '@ancrage/ui';
import { eventPaths } from '../event-paths';
import { EventTags } from '../common/event-badges';
import { useEventFormat } from '../common/use-event-format.hook';

export type PublicEventSummary = RouterOutputs['events']['publicEvents'][number];

/** Places left, the waiting list, or why one cannot register. */
export function useAvailability() {
  const { t } = useTranslation('events');
  const format = useFormatters();
  return (event: Pick<PublicEventSummary, 'status' | 'registration' | 'placesLeft' | 'waiting'>) => {
    if (event.status === 'cancelled') return t('portal.availability.cancelled');
    if (event.registration === 'not-yet-open') return t('portal.availability.notYetOpen');
    if (event.registration !== 'open') return t('portal.availability.closed');
    if (event.placesLeft === null) return t('portal.availability.open');
    if (event.placesLeft === 0) return t('portal.availability.full');
    return t('portal.availability.placesLeft', { count: event.placesLeft, formatted: format.number(event.placesLeft) });
  };
}

/** An event of the portal's list: what, when, where, for whom, and whether there is room. */
export function EventCard({ event }: { event: PublicEventSummary }) {
  const { t } = useTranslation('events');
  const tenant = useTenant();
  const when = useEventFormat();
  const availability = useAvailability();
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={`event-${event.id}`}>
      <Stack gap="xs">
        <EventTags kind={event.kind} format={event.format} />
        <Title order={3} size="h4" id={`event-${event.id}`}>
          <Anchor component={Link} to={eventPaths.portalEvent(tenant.slug, event.id)}>
            {event.title}
          </Anchor>
        </Title>
        <Text fw={600}>{when.period(event.startsAt, event.endsAt)}</Text>
        <Text>{event.format === 'online' ? t('formats.online') : [event.communeName, event.format === 'hybrid' ? t('portal.alsoOnline') : ''].filter(Boolean).join(' · ')}</Text>
        {event.summary ? <Text>{event.summary}</Text> : null}
        <Text size="sm">{t('portal.forAudiences', { audiences: event.audiences.map((audience) => t(`audiences.${audience}`)).join(', ') })}</Text>
        <Group gap="xs">
          <Text size="sm" fw={700}>
            {availability(event)}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
