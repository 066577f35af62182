import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { itemInput } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';

/** Adds an item; the same zod schema as the API checks it before sending. */
export function ItemForm() {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  const create = useMutation(
    trpc['centre-governance'].createItem.mutationOptions({
      onSuccess: async () => {
        setName('');
        setDescription('');
        errors.clear();
        notify.success(t('items.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].items.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(itemInput, { name, description });
    if (input) create.mutate(input);
  };

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="centre-governance-new-item">
      <Title order={2} size="h4" id="centre-governance-new-item" mb="sm">
        {t('items.new')}
      </Title>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('items.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.errorOf('name')} required />
          <Textarea label={t('items.description')} value={description} onChange={(event) => setDescription(event.currentTarget.value)} error={errors.errorOf('description')} rows={3} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('items.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
