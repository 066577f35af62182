import { Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { nextStatuses, type EventStatus } from '@ancrage/events-domain';
import { ConfirmButton, useNotify, useTRPC } from '@ancrage/ui';

const ACTION_KEYS: Record<EventStatus, string> = { published: 'publish', draft: 'unpublish', cancelled: 'cancel', closed: 'close' };

/** The publication workflow's next steps; cancelling asks first (registrants are emailed). */
export function StatusActions({ eventId, status, title }: { eventId: string; status: EventStatus; title: string }) {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const change = useMutation(
    trpc.events.setEventStatus.mutationOptions({
      onSuccess: (result) => notify.success(t('manage.statusChanged', { status: t(`statuses.${result.status}`) })),
      onError: notify.failure,
      onSettled: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.events.event.queryKey({ id: eventId }) });
        await queryClient.invalidateQueries({ queryKey: trpc.events.events.queryKey() });
      },
    }),
  );

  return (
    <Group gap="sm">
      {nextStatuses(status).map((next) => {
        const label = t(`manage.actions.${status === 'closed' && next === 'published' ? 'reopen' : ACTION_KEYS[next]}`);
        return next === 'cancelled' ? (
          <ConfirmButton key={next} title={t('manage.cancelTitle')} message={t('manage.cancelConfirm', { title })} confirmLabel={label} onConfirm={() => change.mutateAsync({ id: eventId, status: next }).catch(() => undefined)}>
            {label}
          </ConfirmButton>
        ) : (
          <Button key={next} variant={next === 'published' ? 'filled' : 'default'} loading={change.isPending && change.variables?.status === next} onClick={() => change.mutate({ id: eventId, status: next })}>
            {label}
          </Button>
        );
      })}
    </Group>
  );
}
