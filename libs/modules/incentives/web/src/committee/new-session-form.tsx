import { useState, type FormEvent } from 'react';
import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../admin-common/form-section';

/** The API's rule, checked first so that messages sit under the fields. */
const sessionInput = z.object({
  heldOn: z.iso.date('incentives:validation.date'),
  title: z.string().trim().min(3, 'incentives:admin.committee.new.titleTooShort').max(200),
  notes: z.string().trim().max(4000),
});

/** Plans a committee session; the new session opens at once. */
export function NewSessionForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [heldOn, setHeldOn] = useState('');
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const create = useMutation(
    trpc.incentives.createCommitteeSession.mutationOptions({
      onSuccess: async ({ id }) => {
        notify.success(t('admin.committee.new.created'));
        setHeldOn('');
        setTitle('');
        setNotes('');
        await queryClient.invalidateQueries({ queryKey: trpc.incentives.committeeSessions.queryKey() });
        onCreated(id);
      },
      onError: errors.showApiError,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(sessionInput, { heldOn, title, notes });
    if (input) create.mutate(input);
  };
  return (
    <FormSection title={t('admin.committee.new.title')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('admin.committee.new.heldOn')} value={heldOn} onChange={(event) => setHeldOn(event.currentTarget.value)} error={errors.errorOf('heldOn')} required />
            <TextInput label={t('admin.committee.new.sessionTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errors.errorOf('title')} required maxLength={200} />
          </SimpleGrid>
          <Textarea label={t('admin.committee.new.notes')} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} error={errors.errorOf('notes')} maxLength={4000} autosize minRows={2} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('admin.committee.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
