import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS, deliberationInput, type DecisionKind } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useTRPC } from '@ancrage/ui';
import { FormSection } from '../common/form-section';
import { useMeetingRefresh } from './use-meeting-refresh.hook';

/** Adds a point to the agenda, with the kind of decision that fixes its majority. */
export function AddDeliberationForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const refresh = useMeetingRefresh();
  const [title, setTitle] = useState('');
  const [decisionKind, setDecisionKind] = useState<DecisionKind>('ordinary');
  const [text, setText] = useState('');
  const add = useMutation(
    trpc['centre-governance'].addDeliberation.mutationOptions({
      onSuccess: async () => {
        setTitle('');
        setText('');
        errors.clear();
        await refresh();
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(deliberationInput, { meetingId, title, decisionKind, text });
    if (input) add.mutate(input);
  };
  return (
    <FormSection title={t('meeting.addDeliberation')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('meeting.deliberationTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errors.errorOf('title')} required />
          <NativeSelect label={t('meeting.decisionKind')} value={decisionKind} onChange={(event) => setDecisionKind(event.currentTarget.value as DecisionKind)} data={DECISION_KINDS.map((kind) => ({ value: kind, label: t(`decisionKinds.${kind}`) }))} />
          <Textarea label={t('meeting.deliberationText')} value={text} onChange={(event) => setText(event.currentTarget.value)} autosize minRows={2} error={errors.errorOf('text')} />
          <Group>
            <Button type="submit" variant="default" loading={add.isPending}>
              {t('meeting.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
