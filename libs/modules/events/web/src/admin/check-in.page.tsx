import { useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { matchesSearch } from '@ancrage/events-domain';
import { apiErrorMessage, PageHeader, QueryState, useFormatters, useTenant, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { eventPaths } from '../event-paths';
import { RegistrationStatusBadge } from '../common/event-badges';
import { useEventFormat } from '../common/use-event-format.hook';
import { QrScanner } from './qr-scanner';

type Outcome = RouterOutputs['events']['checkIn'];
type Registration = RouterOutputs['events']['registrations'][number];
type Feedback = { tone: 'success' | 'warning' | 'error'; text: string };

const SHOWN = 20;

/** /t/:tenant/admin/events/:id/check-in — the door, on a phone: scan the QR code or search a name. */
export function CheckInPage() {
  const { t } = useTranslation('events');
  const { id: eventId = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const format = useFormatters();
  const when = useEventFormat();
  const [search, setSearch] = useState('');
  const [camera, setCamera] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const event = useQuery(trpc.events.event.queryOptions({ id: eventId }));
  const registrations = useQuery(trpc.events.registrations.queryOptions({ eventId }));

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.events.registrations.queryKey({ eventId }) });
    await queryClient.invalidateQueries({ queryKey: trpc.events.event.queryKey({ id: eventId }) });
  };
  const welcomed = (outcome: Outcome) => {
    const name = `${outcome.registration.firstName} ${outcome.registration.lastName}`;
    if (outcome.alreadyCheckedIn) setFeedback({ tone: 'warning', text: t('checkIn.already', { name, time: when.time(outcome.registration.checkedInAt ?? new Date()) }) });
    else setFeedback({ tone: 'success', text: outcome.admitted ? t('checkIn.admitted', { name }) : t('checkIn.welcome', { name }) });
  };
  const failed = (error: unknown) => setFeedback({ tone: 'error', text: apiErrorMessage(error, t('checkIn.failed')) });
  const byTicket = useMutation(trpc.events.checkInByTicket.mutationOptions({ onSuccess: welcomed, onError: failed, onSettled: refresh }));
  const byName = useMutation(trpc.events.checkIn.mutationOptions({ onSuccess: welcomed, onError: failed, onSettled: refresh }));
  const undo = useMutation(
    trpc.events.undoCheckIn.mutationOptions({
      onSuccess: (registration) => setFeedback({ tone: 'warning', text: t('checkIn.undone', { name: `${registration.firstName} ${registration.lastName}` }) }),
      onError: failed,
      onSettled: refresh,
    }),
  );

  const colors = { success: 'teal.9', warning: 'orange.9', error: 'red.9' } as const;

  return (
    <>
      <PageHeader title={t('checkIn.title')} description={event.data ? `${event.data.title} — ${when.period(event.data.startsAt, event.data.endsAt)}` : undefined} />
      <QueryState query={registrations}>
        {(list) => {
          const expected = list.filter((r) => r.status !== 'cancelled');
          const present = expected.filter((r) => r.checkedInAt).length;
          const matches = search.trim() ? expected.filter((r) => matchesSearch(`${r.firstName} ${r.lastName} ${r.email} ${r.organisation}`, search)) : [];
          return (
            <Stack gap="md" maw={640}>
              <Text fw={700} size="lg" role="status">
                {t('checkIn.count', { present: format.number(present), expected: format.number(expected.filter((r) => r.status === 'confirmed').length) })}
              </Text>
              <div aria-live="assertive">
                {feedback ? (
                  <Alert color={colors[feedback.tone]} variant="outline" withCloseButton closeButtonLabel={t('checkIn.dismiss')} onClose={() => setFeedback(null)}>
                    <Text fw={600}>{feedback.text}</Text>
                  </Alert>
                ) : null}
              </div>
              {camera ? (
                <QrScanner onScan={(token) => byTicket.mutate({ eventId, token })} onClose={() => setCamera(false)} />
              ) : (
                <Button size="lg" onClick={() => setCamera(true)}>
                  {t('checkIn.scan')}
                </Button>
              )}
              <TextInput type="search" size="lg" label={t('checkIn.search')} description={t('checkIn.searchHelp')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
              {search.trim() && matches.length === 0 ? <Text>{t('checkIn.noMatch')}</Text> : null}
              {matches.slice(0, SHOWN).map((registration) => (
                <PersonCard
                  key={registration.id}
                  registration={registration}
                  busy={byName.isPending || undo.isPending}
                  onCheckIn={() => byName.mutate({ eventId, registrationId: registration.id })}
                  onUndo={() => undo.mutate({ eventId, registrationId: registration.id })}
                />
              ))}
              {matches.length > SHOWN ? <Text size="sm">{t('checkIn.more', { count: matches.length - SHOWN })}</Text> : null}
              <Anchor component={Link} to={eventPaths.manage(tenant.slug, eventId)}>
                {t('checkIn.back')}
              </Anchor>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}

function PersonCard({ registration, busy, onCheckIn, onUndo }: { registration: Registration; busy: boolean; onCheckIn: () => void; onUndo: () => void }) {
  const { t } = useTranslation('events');
  const when = useEventFormat();
  const name = `${registration.firstName} ${registration.lastName}`;
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={name}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Text fw={700}>{name}</Text>
          <Text size="sm">{[t(`audiences.${registration.audience}`), registration.organisation].filter(Boolean).join(' · ')}</Text>
          <Group gap="xs">
            <RegistrationStatusBadge status={registration.status} position={registration.waitlistPosition} />
            {registration.checkedInAt ? <Text size="sm">{t('checkIn.presentSince', { time: when.time(registration.checkedInAt) })}</Text> : null}
          </Group>
        </Stack>
        {registration.checkedInAt ? (
          <Button variant="default" onClick={onUndo} disabled={busy} aria-label={t('checkIn.undoNamed', { name })}>
            {t('checkIn.undo')}
          </Button>
        ) : (
          <Button size="md" onClick={onCheckIn} disabled={busy} aria-label={registration.status === 'waiting' ? t('checkIn.admitNamed', { name }) : t('checkIn.markNamed', { name })}>
            {registration.status === 'waiting' ? t('checkIn.admit') : t('checkIn.mark')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
