import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { defaultBodyRules, gipInput } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useTRPC, useTRPCClient } from '@ancrage/ui';
import { FormSection } from '../common/form-section';

/** Creates the GIP with its two bodies (general assembly and board, usual rules to adapt to the convention). */
export function GipForm() {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const create = useMutation({
    mutationFn: async (input: { name: string; purpose: string }) => {
      const { id } = await client['centre-governance'].createGip.mutate(input);
      for (const kind of ['general-assembly', 'board'] as const) {
        await client['centre-governance'].createBody.mutate({ gipId: id, kind, name: t(`bodyKinds.${kind}`), rules: defaultBodyRules(kind) });
      }
      return id;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].gips.queryKey() }),
    onError: (error) => errors.showApiError(error),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(gipInput, { name, purpose });
    if (input) create.mutate(input);
  };
  return (
    <FormSection title={t('gip.create')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('gip.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.errorOf('name')} required />
          <Textarea label={t('gip.purpose')} value={purpose} onChange={(event) => setPurpose(event.currentTarget.value)} autosize minRows={2} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('gip.createButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
