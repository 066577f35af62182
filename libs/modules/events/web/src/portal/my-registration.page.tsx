import { Alert, Anchor, Button, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ConfirmButton, PageHeader, QueryState, useNotify, useTenant, useTRPC } from '@ancrage/ui';
import { eventPaths } from '../event-paths';
import { RegistrationStatusBadge } from '../common/event-badges';
import { useEventFormat } from '../common/use-event-format.hook';
import { CalendarDownload } from './calendar-download';

/** /t/:tenant/events/registration?token=… — a registrant's page, reached from their emails: ticket, calendar, cancellation. */
export function MyRegistrationPage() {
  const { t } = useTranslation('events');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const trpc = useTRPC();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const when = useEventFormat();
  const page = useQuery({ ...trpc.events.myRegistration.queryOptions({ token }), enabled: token.length >= 20 });
  const cancel = useMutation(
    trpc.events.cancelMyRegistration.mutationOptions({
      onSuccess: async () => {
        notify.success(t('myRegistration.cancelled'));
        await queryClient.invalidateQueries({ queryKey: trpc.events.myRegistration.queryKey() });
      },
      onError: notify.failure,
    }),
  );

  if (token.length < 20) {
    return (
      <>
        <PageHeader title={t('myRegistration.title')} />
        <Alert color="red.9" variant="outline">
          {t('errors.invalidLink')}
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('myRegistration.title')} />
      <QueryState query={page}>
        {({ registration, event, ticketSvg }) => {
          const live = registration.status !== 'cancelled' && event.status !== 'cancelled' && new Date(event.endsAt) > new Date();
          return (
            <Stack gap="lg" maw={720}>
              <Paper withBorder p="lg" radius="md">
                <Stack gap="xs">
                  <Title order={2} size="h3">
                    <Anchor component={Link} to={eventPaths.portalEvent(tenant.slug, event.id)}>
                      {event.title}
                    </Anchor>
                  </Title>
                  <Text fw={600}>{when.period(event.startsAt, event.endsAt)}</Text>
                  <Text>{[event.address, event.communeName].filter(Boolean).join(', ')}</Text>
                  {event.onlineUrl ? (
                    <Text>
                      {t('myRegistration.onlineLink')}{' '}
                      <Anchor href={event.onlineUrl} target="_blank" rel="noreferrer">
                        {event.onlineUrl}
                      </Anchor>
                    </Text>
                  ) : null}
                  <Group gap="sm">
                    <Text>{t('myRegistration.person', { name: `${registration.firstName} ${registration.lastName}` })}</Text>
                    <RegistrationStatusBadge status={registration.status} position={registration.waitlistPosition} />
                  </Group>
                  {event.status === 'cancelled' ? <Text c="red.9">{t('event.cancelledNotice')}</Text> : null}
                  {registration.status === 'waiting' ? <Text>{t('myRegistration.waiting', { position: registration.waitlistPosition })}</Text> : null}
                </Stack>
              </Paper>
              {ticketSvg ? (
                <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ticket-title">
                  <Title order={2} size="h4" id="ticket-title" mb="xs">
                    {t('myRegistration.ticket')}
                  </Title>
                  <Text mb="sm">{t('myRegistration.ticketHelp')}</Text>
                  <Image src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(ticketSvg)}`} alt={t('myRegistration.ticketAlt', { event: event.title })} w={240} h={240} fit="contain" bg="white" />
                </Paper>
              ) : null}
              <Group gap="sm">
                {live ? <CalendarDownload eventId={event.id} label={t('event.addToCalendar')} /> : null}
                {live ? (
                  <ConfirmButton
                    title={t('myRegistration.cancelTitle')}
                    message={t('myRegistration.cancelConfirm', { event: event.title })}
                    confirmLabel={t('myRegistration.cancel')}
                    onConfirm={() => cancel.mutateAsync({ token }).catch(() => undefined)}
                  >
                    {t('myRegistration.cancel')}
                  </ConfirmButton>
                ) : null}
                {!live && registration.status === 'cancelled' && event.registration === 'open' ? (
                  <Button component={Link} to={eventPaths.portalEvent(tenant.slug, event.id)} variant="default">
                    {t('myRegistration.registerAgain')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
