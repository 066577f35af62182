import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canChangeCentreStatus, parisDay, type CentreStatus } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useTRPC } from '@ancrage/ui';

/** Opens or closes a centre on a given day (preparation → open → closed). */
export function CentreStatusForm({ centreId, status }: { centreId: string; status: CentreStatus }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [on, setOn] = useState(parisDay(new Date()));
  const next: CentreStatus | null = canChangeCentreStatus(status, 'open') ? 'open' : canChangeCentreStatus(status, 'closed') ? 'closed' : null;
  const change = useMutation(
    trpc['centre-governance'].setCentreStatus.mutationOptions({
      onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].centre.queryKey() }), queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].centres.queryKey() })]),
      onError: (error) => errors.showApiError(error),
    }),
  );
  if (!next) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ id: centreId, status: next, on });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t(`centres.transition.${next}`)}>
      <FormAlert message={errors.formError} />
      <Group align="flex-end" gap="sm">
        <TextInput type="date" label={t(`centres.transitionDate.${next}`)} value={on} onChange={(event) => setOn(event.currentTarget.value)} required />
        <Button type="submit" variant={next === 'open' ? 'filled' : 'default'} loading={change.isPending}>
          {t(`centres.transition.${next}`)}
        </Button>
      </Group>
    </form>
  );
}
