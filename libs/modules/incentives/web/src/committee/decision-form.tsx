import { ATTENTION_COLOR } from '../common/tones';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage, FormAlert, useCan, useNotify, useTRPC } from '@ancrage/ui';
import { apiErrorKey } from '../admin-common/api-error-key';
import { permissions } from '../admin-common/paths';
import { BUDGET_REFUSALS } from '../applications/detail/application-view';

export const DECISIONS = ['approved', 'rejected', 'deferred'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The committee's decision on one application: approve, reject or defer, with a comment. */
export function DecisionForm({ sessionId, applicationId, reference, onDecided }: { sessionId: string; applicationId: string; reference: string; onDecided: () => Promise<unknown> }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const notify = useNotify();
  const canOverride = useCan(permissions.overrideBudget);
  const [decision, setDecision] = useState<Decision | ''>('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [budgetRefused, setBudgetRefused] = useState(false);
  const [override, setOverride] = useState(false);
  const record = useMutation(
    trpc.incentives.recordCommitteeDecision.mutationOptions({
      onSuccess: async () => {
        notify.success(t('admin.committee.decided', { reference }));
        await onDecided();
      },
      onError: (failure) => {
        setBudgetRefused(BUDGET_REFUSALS.includes(apiErrorKey(failure) ?? ''));
        setError(apiErrorMessage(failure, t('admin.committee.decisionFailed')));
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMissing(decision === '');
    if (decision === '') return;
    record.mutate({ sessionId, applicationId, decision, comment, budgetOverride: override && decision === 'approved' });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('admin.committee.decisionFor', { reference })}>
      <Stack gap="xs">
        <FormAlert message={error} />
        <Radio.Group label={t('admin.committee.decision', { reference })} value={decision} onChange={(value) => setDecision(value as Decision)} error={missing ? t('admin.committee.decisionRequired') : undefined} required>
          <Group gap="md" mt={4}>
            {DECISIONS.map((value) => (
              <Radio key={value} value={value} label={t(`admin.committee.decisions.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t('admin.committee.comment', { reference })} value={comment} onChange={(event) => setComment(event.currentTarget.value)} maxLength={2000} autosize minRows={1} />
        {budgetRefused && canOverride ? (
          <Alert color={ATTENTION_COLOR} variant="outline" title={t('admin.application.override.title')}>
            <Stack gap="xs">
              <Text>{t('admin.application.override.explain')}</Text>
              <Checkbox label={t('admin.application.override.label')} checked={override} onChange={(event) => setOverride(event.currentTarget.checked)} />
            </Stack>
          </Alert>
        ) : null}
        {budgetRefused && !canOverride ? <Text size="sm">{t('admin.application.override.notAllowed')}</Text> : null}
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('admin.committee.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
