import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader, QueryState, useFieldErrors, useNotify, useTenant, useTRPC } from '@ancrage/ui';
import { eventPaths } from '../event-paths';
import { EventForm } from './event-form/event-form';
import { blankEvent, valuesOfEvent } from './event-form/event-form-values';

/** /t/:tenant/admin/events/new and …/events/:id/edit */
export function EventEditPage() {
  const { t } = useTranslation('events');
  const { id } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const errors = useFieldErrors();
  const existing = useQuery({ ...trpc.events.event.queryOptions({ id: id ?? '' }), enabled: id !== undefined });

  const saved = async ({ id: savedId }: { id: string }) => {
    notify.success(t('form.saved'));
    await queryClient.invalidateQueries({ queryKey: trpc.events.events.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.events.event.queryKey({ id: savedId }) });
    await navigate(eventPaths.manage(tenant.slug, savedId));
  };
  const create = useMutation(trpc.events.createEvent.mutationOptions({ onSuccess: saved, onError: errors.showApiError }));
  const update = useMutation(trpc.events.updateEvent.mutationOptions({ onSuccess: saved, onError: errors.showApiError }));
  const submitting = create.isPending || update.isPending;

  if (!id) {
    return (
      <>
        <PageHeader title={t('form.newTitle')} description={t('form.newIntro')} />
        <EventForm initial={blankEvent()} errors={errors} submitting={submitting} cancelHref={eventPaths.adminList(tenant.slug)} onSubmit={(input) => create.mutate(input)} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={existing.data ? t('form.editTitle', { title: existing.data.title }) : t('form.edit')} />
      <QueryState query={existing}>
        {(event) => <EventForm initial={valuesOfEvent(event)} errors={errors} submitting={submitting} cancelHref={eventPaths.manage(tenant.slug, event.id)} onSubmit={(input) => update.mutate({ ...input, id: event.id })} />}
      </QueryState>
    </>
  );
}
