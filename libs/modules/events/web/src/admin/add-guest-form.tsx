import { useState, type FormEvent } from 'react';
import { Button, Checkbox, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { staffRegistrationInput, type Audience } from '@ancrage/events-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';

/** An officer registers a guest (reserved places) or a walk-in; the ticket is emailed if asked. */
export function AddGuestForm({ eventId, audiences, onAdded }: { eventId: string; audiences: readonly Audience[]; onAdded: () => void }) {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const notify = useNotify();
  const errors = useFieldErrors();
  const blank = { firstName: '', lastName: '', email: '', audience: audiences[0] ?? 'partner', organisation: '', notify: true };
  const [values, setValues] = useState(blank);
  const add = useMutation(
    trpc.events.addRegistration.mutationOptions({
      onSuccess: (result) => {
        notify.success(result.status === 'confirmed' ? t('registrations.guestAdded') : t('registrations.guestWaiting', { position: result.waitlistPosition }));
        setValues(blank);
        errors.clear();
        onAdded();
      },
      onError: errors.showApiError,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(staffRegistrationInput, { ...values, eventId });
    if (input) add.mutate(input);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-guest-title">
      <Title order={3} size="h5" id="add-guest-title" mb="sm">
        {t('registrations.addGuest')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert message={errors.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('registration.firstName')} required value={values.firstName} onChange={(e) => setValues({ ...values, firstName: e.currentTarget.value })} error={errors.errorOf('firstName')} />
            <TextInput label={t('registration.lastName')} required value={values.lastName} onChange={(e) => setValues({ ...values, lastName: e.currentTarget.value })} error={errors.errorOf('lastName')} />
            <TextInput label={t('registration.email')} required type="email" value={values.email} onChange={(e) => setValues({ ...values, email: e.currentTarget.value })} error={errors.errorOf('email')} />
            <NativeSelect
              label={t('registration.audience')}
              value={values.audience}
              onChange={(e) => setValues({ ...values, audience: e.currentTarget.value as Audience })}
              data={audiences.map((audience) => ({ value: audience, label: t(`audiences.${audience}`) }))}
              error={errors.errorOf('audience')}
            />
            <TextInput label={t('registration.organisation')} value={values.organisation} onChange={(e) => setValues({ ...values, organisation: e.currentTarget.value })} error={errors.errorOf('organisation')} />
          </SimpleGrid>
          <Checkbox label={t('registrations.notifyGuest')} checked={values.notify} onChange={(e) => setValues({ ...values, notify: e.currentTarget.checked })} />
          <div>
            <Button type="submit" loading={add.isPending}>
              {t('registrations.addGuestSubmit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
