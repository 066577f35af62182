import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton, FormAlert, useFieldErrors, useNotify, useTRPC, useTRPCClient } from '@ancrage/ui';
import { downloadBase64 } from '../common/download';
import type { MeetingView } from './meeting-types';
import { useMeetingRefresh } from './use-meeting-refresh.hook';

/** The meeting's workflow: convene, close the session (or cancel), draw up and download the minutes. */
export function MeetingActions({ view, canManage }: { view: MeetingView; canManage: boolean }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const refresh = useMeetingRefresh();
  const { meeting } = view;
  const onError = (error: unknown) => errors.showApiError(error);
  const convoke = useMutation(
    trpc['centre-governance'].convokeMeeting.mutationOptions({
      onSuccess: async (sent) => {
        errors.clear();
        notify.success(t('meeting.convened', { count: sent.reached.length }) + (sent.withoutEmail.length > 0 ? ` ${t('meeting.withoutEmail', { names: sent.withoutEmail.join(', ') })}` : ''));
        await refresh();
      },
      onError,
    }),
  );
  const setStatus = useMutation(trpc['centre-governance'].setMeetingStatus.mutationOptions({ onSuccess: async () => (errors.clear(), refresh()), onError }));
  const download = async (fileId: string) => {
    try {
      downloadBase64(await client['centre-governance'].governanceFile.query({ fileId }));
    } catch (error) {
      notify.failure(error);
    }
  };
  const minutes = useMutation(
    trpc['centre-governance'].generateMinutes.mutationOptions({
      onSuccess: async ({ fileId }) => {
        errors.clear();
        await refresh();
        await download(fileId);
      },
      onError,
    }),
  );

  return (
    <>
      <FormAlert message={errors.formError} />
      <Group gap="sm" wrap="wrap">
        {canManage && meeting.status === 'planned' ? (
          <Button onClick={() => convoke.mutate({ id: meeting.id })} loading={convoke.isPending}>
            {t('meeting.convoke')}
          </Button>
        ) : null}
        {canManage && meeting.status === 'convened' ? (
          <Button onClick={() => setStatus.mutate({ id: meeting.id, status: 'held' })} loading={setStatus.isPending}>
            {t('meeting.closeSession')}
          </Button>
        ) : null}
        {canManage && meeting.status === 'held' ? (
          <Button onClick={() => minutes.mutate({ id: meeting.id })} loading={minutes.isPending} variant={meeting.minutesFileId ? 'default' : 'filled'}>
            {meeting.minutesFileId ? t('meeting.regenerateMinutes') : t('meeting.generateMinutes')}
          </Button>
        ) : null}
        {meeting.minutesFileId ? (
          <Button variant="default" onClick={() => void download(meeting.minutesFileId as string)}>
            {t('meeting.downloadMinutes')}
          </Button>
        ) : null}
        {canManage && (meeting.status === 'planned' || meeting.status === 'convened') ? (
          <ConfirmButton title={t('meeting.cancelTitle')} message={t('meeting.cancelMessage')} confirmLabel={t('meeting.cancel')} onConfirm={() => setStatus.mutateAsync({ id: meeting.id, status: 'cancelled' })}>
            {t('meeting.cancel')}
          </ConfirmButton>
        ) : null}
      </Group>
      {view.notice ? (
        <Text size="sm" c={view.notice.days < view.notice.required ? 'red.9' : undefined}>
          {t(view.notice.days < view.notice.required ? 'meeting.noticeLate' : 'meeting.notice', { days: view.notice.days, required: view.notice.required })}
        </Text>
      ) : null}
    </>
  );
}
