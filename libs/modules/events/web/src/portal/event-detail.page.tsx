import { useState } from 'react';
import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader, QueryState, useTenant, useTRPC } from '@ancrage/ui';
import { eventPaths } from '../event-paths';
import { EventTags } from '../common/event-badges';
import { CalendarDownload } from './calendar-download';
import { EventFacts, type PublicEvent } from './event-facts';
import { RegistrationForm, type RegistrationOutcome } from './registration-form';
import { RegistrationOutcomeMessage } from './registration-outcome';

/** Why the form is not offered, in the visitor's words. */
function closedReason(event: PublicEvent, t: (key: string) => string) {
  if (event.status === 'cancelled') return t('event.cancelledNotice');
  if (event.registration === 'not-yet-open') return t('event.notYetOpenNotice');
  return t('event.closedNotice');
}

/** /t/:tenant/events/:id — an event of the portal and its registration form. */
export function EventDetailPage() {
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const event = useQuery(trpc.events.publicEvent.queryOptions({ id }));
  const [outcome, setOutcome] = useState<RegistrationOutcome | null>(null);

  return (
    <>
      <PageHeader title={event.data?.title ?? t('portal.title')} description={event.data?.summary} actions={event.data ? <CalendarDownload eventId={event.data.id} label={t('event.addToCalendar')} /> : undefined} />
      <QueryState query={event}>
        {(data) => (
          <Stack gap="xl">
            <Group justify="space-between" wrap="wrap">
              <EventTags kind={data.kind} format={data.format} />
              <Anchor component={Link} to={eventPaths.portalList(tenant.slug)}>
                {t('event.backToList')}
              </Anchor>
            </Group>
            {data.status === 'cancelled' ? (
              <Alert color="red.9" variant="outline" title={t('event.cancelledTitle')}>
                {t('event.cancelledNotice')}
              </Alert>
            ) : null}
            <EventFacts event={data} />
            <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="registration-title">
              <Title order={2} size="h3" id="registration-title" mb="md">
                {t('registration.title')}
              </Title>
              {outcome ? (
                <RegistrationOutcomeMessage outcome={outcome} />
              ) : data.registration === 'open' ? (
                <>
                  {data.placesLeft === 0 ? <Text mb="md">{t('registration.fullNotice')}</Text> : null}
                  <RegistrationForm event={data} onRegistered={setOutcome} />
                </>
              ) : (
                <Text>{closedReason(data, t)}</Text>
              )}
            </Paper>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
