import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { meetingInput } from '@ancrage/centre-governance-domain';
import { ExplorerTable, FormAlert, useCan, useFieldErrors, useTenant, useTRPC, type ExplorerColumn } from '@ancrage/ui';
import { MeetingStatusBadge } from '../common/badges';
import { FormSection } from '../common/form-section';
import { cgPaths, permissions } from '../common/paths';
import { useCgFormat } from '../common/use-cg-format.hook';
import type { GipView } from './gip-types';

type MeetingRow = GipView['meetings'][number];

function MeetingForm({ gip }: { gip: GipView }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const tenant = useTenant();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [bodyId, setBodyId] = useState(gip.bodies.find((body) => body.kind === 'board')?.id ?? gip.bodies[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [round, setRound] = useState('1');
  const [chairMemberId, setChair] = useState('');
  const seats = gip.bodies.find((body) => body.id === bodyId)?.seats.filter((seat) => seat.votes > 0) ?? [];
  const create = useMutation(
    trpc['centre-governance'].createMeeting.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].gip.queryKey() });
        await navigate(cgPaths.meeting(tenant.slug, id));
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(meetingInput, { bodyId, title, startsAt, place, round: Number(round), chairMemberId: chairMemberId || null });
    if (input) create.mutate(input);
  };
  return (
    <FormSection title={t('gip.newMeeting')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('gip.meetingBody')} value={bodyId} onChange={(event) => setBodyId(event.currentTarget.value)} data={gip.bodies.map((body) => ({ value: body.id, label: body.name }))} />
            <TextInput label={t('gip.meetingTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errors.errorOf('title')} required />
            <TextInput type="datetime-local" label={t('gip.meetingStartsAt')} value={startsAt} onChange={(event) => setStartsAt(event.currentTarget.value)} error={errors.errorOf('startsAt')} required />
            <TextInput label={t('gip.meetingPlace')} value={place} onChange={(event) => setPlace(event.currentTarget.value)} />
            <NativeSelect label={t('gip.meetingChair')} value={chairMemberId} onChange={(event) => setChair(event.currentTarget.value)} data={[{ value: '', label: t('gip.noChair') }, ...seats.map((seat) => ({ value: seat.memberId, label: seat.name }))]} />
            <NativeSelect label={t('gip.meetingRound')} value={round} onChange={(event) => setRound(event.currentTarget.value)} data={[{ value: '1', label: t('gip.firstCall') }, { value: '2', label: t('gip.secondCall') }]} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending} disabled={gip.bodies.length === 0}>
              {t('gip.createMeeting')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}

/** The meetings of the GIP's bodies, most recent first, and a form to plan one. */
export function MeetingsPanel({ gip }: { gip: GipView }) {
  const { t } = useTranslation('centre-governance');
  const tenant = useTenant();
  const format = useCgFormat();
  const canManage = useCan(permissions.manageGovernance);
  const columns: ExplorerColumn<MeetingRow>[] = [
    {
      key: 'title',
      header: t('gip.meetingTitle'),
      value: (meeting) => meeting.title,
      cell: (meeting) => (
        <Anchor component={Link} to={cgPaths.meeting(tenant.slug, meeting.id)}>
          {meeting.title}
        </Anchor>
      ),
    },
    { key: 'body', header: t('gip.meetingBody'), value: (meeting) => meeting.bodyName },
    { key: 'startsAt', header: t('gip.meetingStartsAt'), value: (meeting) => new Date(meeting.startsAt).getTime(), format: (time) => format.dateTime(new Date(time)) },
    { key: 'status', header: t('gip.meetingStatus'), value: (meeting) => meeting.status, format: (status) => t(`meetingStatuses.${status}`), cell: (meeting) => <MeetingStatusBadge status={meeting.status} /> },
    { key: 'deliberations', header: t('gip.deliberationsCount'), numeric: true, value: (meeting) => meeting.deliberations },
    { key: 'adopted', header: t('gip.adoptedCount'), numeric: true, value: (meeting) => meeting.adopted },
  ];
  return (
    <Stack gap="lg">
      <ExplorerTable caption={t('gip.meetingsCaption', { count: gip.meetings.length })} columns={columns} rows={gip.meetings} rowKey={(meeting) => meeting.id} empty={t('gip.noMeeting')} filterLabel={t('gip.searchMeetings')} exportFileName={`reunions-gip-${tenant.slug}`} minWidth={800} />
      {canManage ? <MeetingForm gip={gip} /> : null}
    </Stack>
  );
}
