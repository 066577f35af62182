import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@ancrage/ui';
import { useEventFormat } from '../common/use-event-format.hook';
import { useAvailability } from './event-card';

export type PublicEvent = RouterOutputs['events']['publicEvent'];

/** When, where, for whom, with whom, and the programme of an event. */
export function EventFacts({ event }: { event: PublicEvent }) {
  const { t } = useTranslation('events');
  const when = useEventFormat();
  const availability = useAvailability();
  const place = [event.address, event.communeName].filter(Boolean).join(', ');
  return (
    <Stack gap="md">
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(7rem, max-content) 1fr', gap: '0.5rem 1rem' }}>
        <Text component="dt" fw={700}>
          {t('event.when')}
        </Text>
        <Text component="dd" m={0}>
          {when.period(event.startsAt, event.endsAt)}
        </Text>
        {event.format !== 'online' ? (
          <>
            <Text component="dt" fw={700}>
              {t('event.where')}
            </Text>
            <Text component="dd" m={0}>
              {place}
              {event.accessHints ? <Text size="sm">{event.accessHints}</Text> : null}
            </Text>
          </>
        ) : null}
        {event.format !== 'in-person' ? (
          <>
            <Text component="dt" fw={700}>
              {t('event.online')}
            </Text>
            <Text component="dd" m={0}>
              {t('event.onlineLinkSent')}
            </Text>
          </>
        ) : null}
        <Text component="dt" fw={700}>
          {t('event.audiences')}
        </Text>
        <Text component="dd" m={0}>
          {event.audiences.map((audience) => t(`audiences.${audience}`)).join(', ')}
        </Text>
        {event.partners.length > 0 ? (
          <>
            <Text component="dt" fw={700}>
              {t('event.partners')}
            </Text>
            <Text component="dd" m={0}>
              {event.partners.join(', ')}
            </Text>
          </>
        ) : null}
        <Text component="dt" fw={700}>
          {t('event.places')}
        </Text>
        <Text component="dd" m={0}>
          {availability(event)}
          {event.registration === 'open' ? <Text size="sm">{t('event.registrationCloses', { date: when.moment(event.registrationClosesAt) })}</Text> : null}
          {event.registration === 'not-yet-open' && event.registrationOpensAt ? <Text size="sm">{t('event.registrationOpens', { date: when.moment(event.registrationOpensAt) })}</Text> : null}
        </Text>
      </dl>
      {event.description ? <Text style={{ whiteSpace: 'pre-line' }}>{event.description}</Text> : null}
      {event.agenda.length > 0 ? (
        <section aria-labelledby="event-agenda">
          <Title order={2} size="h4" id="event-agenda" mb="xs">
            {t('event.agenda')}
          </Title>
          <List spacing="xs">
            {event.agenda.map((item) => (
              <List.Item key={`${item.startsAt}-${item.title}`}>
                <Text span fw={600}>
                  {when.day(item.startsAt)} {when.time(item.startsAt)}
                  {item.endsAt ? `–${when.time(item.endsAt)}` : ''}
                </Text>{' '}
                {item.title}
                {item.place ? ` (${item.place})` : ''}
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
      {event.status === 'published' && event.format !== 'online' && place ? (
        <Anchor href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(place)}`} target="_blank" rel="noreferrer">
          {t('event.map')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
