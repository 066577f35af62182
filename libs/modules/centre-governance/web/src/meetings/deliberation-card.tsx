import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { VOTE_CHOICES, type VoteChoice } from '@ancrage/centre-governance-domain';
import { ConfirmButton, FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { DeliberationStatusBadge } from '../common/badges';
import type { DeliberationView, MeetingView } from './meeting-types';
import { useMeetingRefresh } from './use-meeting-refresh.hook';

/** The choice a member made with all their votes ('' when they have not voted, 'split' for a split vote). */
function choiceOf(deliberation: DeliberationView, memberId: string): VoteChoice | '' | 'split' {
  const ballot = deliberation.ballots.find((candidate) => candidate.memberId === memberId);
  if (!ballot) return '';
  const choices = VOTE_CHOICES.filter((choice) => ballot[choice] > 0);
  return choices.length === 1 ? (choices[0] as VoteChoice) : 'split';
}

function Outcome({ deliberation }: { deliberation: DeliberationView }) {
  const { t } = useTranslation('centre-governance');
  const { tally, outcome, majority } = deliberation;
  const rule = `${t(`majorityRules.${majority.kind}`, { numerator: majority.numerator, denominator: majority.denominator })} ${t(`voteBases.${majority.base}`)}`;
  return (
    <Stack gap={4}>
      <Text size="sm">{t('meeting.rule', { rule })}</Text>
      <Text>{t('meeting.tally', { for: tally.for, against: tally.against, abstention: tally.abstention })}</Text>
      <Text fw={600} role="status">
        {deliberation.status === 'pending'
          ? t(outcome.adopted ? 'meeting.wouldBeAdopted' : 'meeting.wouldBeRejected', { reason: t(`outcomeReasons.${outcome.reason}`) })
          : `${t(`outcomes.${deliberation.status}`)} — ${t(`outcomeReasons.${outcome.reason}`)}`}
      </Text>
    </Stack>
  );
}

interface Props {
  view: MeetingView;
  deliberation: DeliberationView;
  /** The meeting is in session and the user may record votes. */
  inSession: boolean;
}

/** One point of the agenda: its text, the votes of the members present or represented, and the outcome. */
export function DeliberationCard({ view, deliberation, inSession }: Props) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const notify = useNotify();
  const errors = useFieldErrors();
  const refresh = useMeetingRefresh();
  const statusOf = new Map(view.attendance.map((entry) => [entry.memberId, entry]));
  const voters = view.seats.filter((seat) => seat.votes > 0 && ['present', 'represented'].includes(statusOf.get(seat.memberId)?.status ?? 'absent'));
  const [choices, setChoices] = useState<Record<string, string>>(() => Object.fromEntries(voters.map((seat) => [seat.memberId, choiceOf(deliberation, seat.memberId)])));
  const options = { onSuccess: refresh, onError: (error: unknown) => errors.showApiError(error) };
  const record = useMutation(trpc['centre-governance'].recordVotes.mutationOptions({ ...options, onSuccess: async () => (errors.clear(), notify.success(t('meeting.votesSaved')), refresh()) }));
  const close = useMutation(trpc['centre-governance'].closeDeliberation.mutationOptions(options));
  const withdraw = useMutation(trpc['centre-governance'].withdrawDeliberation.mutationOptions(options));
  const headingId = `deliberation-${deliberation.id}`;
  const pending = deliberation.status === 'pending';
  const chosen = voters.some((seat) => VOTE_CHOICES.includes(choices[seat.memberId] as VoteChoice));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ballots = voters.flatMap((seat) => {
      const choice = choices[seat.memberId];
      if (choice !== 'for' && choice !== 'against' && choice !== 'abstention') return [];
      return [{ memberId: seat.memberId, for: 0, against: 0, abstention: 0, [choice]: seat.votes }];
    });
    record.mutate({ deliberationId: deliberation.id, expectedVersion: deliberation.version, ballots });
  };

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            {deliberation.registerNumber ? t('minutes.deliberationNumbered', { number: deliberation.registerNumber, title: deliberation.title }) : `${deliberation.position}. ${deliberation.title}`}
          </Title>
          <DeliberationStatusBadge status={deliberation.status} />
        </Group>
        <Text size="sm">{t(`decisionKinds.${deliberation.decisionKind}`)}</Text>
        {deliberation.text ? <Text style={{ whiteSpace: 'pre-line' }}>{deliberation.text}</Text> : null}
        {deliberation.status !== 'withdrawn' ? <Outcome deliberation={deliberation} /> : null}
        <FormAlert message={errors.formError} />
        {inSession && pending ? (
          <form onSubmit={submit} noValidate aria-label={t('meeting.votesOf', { title: deliberation.title })}>
            <Stack gap="xs">
              {voters.length === 0 ? <Text>{t('meeting.noVoters')}</Text> : null}
              {voters.map((seat) => (
                <NativeSelect
                  key={seat.memberId}
                  label={t('meeting.voteOf', { member: seat.name, count: seat.votes })}
                  value={choices[seat.memberId] ?? ''}
                  onChange={(event) => {
                    const choice = event.currentTarget.value;
                    setChoices((current) => ({ ...current, [seat.memberId]: choice }));
                  }}
                  data={[
                    { value: '', label: t('meeting.notVoting') },
                    ...VOTE_CHOICES.map((choice) => ({ value: choice, label: t(`votes.${choice}`) })),
                    ...(choices[seat.memberId] === 'split' ? [{ value: 'split', label: t('meeting.split'), disabled: true }] : []),
                  ]}
                />
              ))}
              <Group gap="sm" wrap="wrap">
                <Button type="submit" variant="default" loading={record.isPending} disabled={!chosen}>
                  {t('meeting.recordVotes')}
                </Button>
                <Button onClick={() => close.mutate({ id: deliberation.id, expectedVersion: deliberation.version })} loading={close.isPending} disabled={deliberation.ballots.length === 0}>
                  {t('meeting.closeVote')}
                </Button>
                <ConfirmButton title={t('meeting.withdrawTitle')} message={t('meeting.withdrawMessage', { title: deliberation.title })} confirmLabel={t('meeting.withdraw')} onConfirm={() => withdraw.mutateAsync({ id: deliberation.id })}>
                  {t('meeting.withdraw')}
                </ConfirmButton>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
