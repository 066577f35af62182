import { ATTENTION_COLOR } from '../../common/tones';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parisDay } from '@ancrage/i18n';
import type { ApplicationStatus } from '@ancrage/incentives-domain';
import { apiErrorCode, apiErrorMessage, FormAlert, useCan, useNotify, useTRPC } from '@ancrage/ui';
import { apiErrorKey } from '../../admin-common/api-error-key';
import { FormSection } from '../../admin-common/form-section';
import { permissions } from '../../admin-common/paths';
import { BUDGET_REFUSALS, DATED_MOVES, GRAVE_MOVES, type ApplicationView } from './application-view';

interface TransitionPanelProps {
  application: ApplicationView;
  /** After a move (or a conflict): load the file again. */
  onMoved: () => Promise<unknown>;
  onConflict: (message: string) => void;
}

function MoveForm({ application, to, onDone, onCancel, onConflict }: { application: ApplicationView; to: ApplicationStatus; onDone: () => Promise<unknown>; onCancel: () => void; onConflict: (message: string) => void }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const notify = useNotify();
  const canOverride = useCan(permissions.overrideBudget);
  const [on, setOn] = useState(parisDay(new Date()));
  const [comment, setComment] = useState('');
  const [budgetRefusal, setBudgetRefusal] = useState<string | null>(null);
  const [override, setOverride] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dated = DATED_MOVES.includes(to);
  const move = useMutation(
    trpc.incentives.transitionApplication.mutationOptions({
      onSuccess: async (result) => {
        notify.success(t('admin.application.moved', { status: t(`applicationStatuses.${result.status}`) }));
        await onDone();
      },
      onError: (failure) => {
        if (apiErrorCode(failure) === 'CONFLICT') return onConflict(apiErrorMessage(failure, t('admin.conflict.application')));
        const message = apiErrorMessage(failure, t('admin.application.moveFailed'));
        if (BUDGET_REFUSALS.includes(apiErrorKey(failure) ?? '')) setBudgetRefusal(message);
        setError(message);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    move.mutate({ id: application.id, rowVersion: application.rowVersion, to, comment, budgetOverride: override, ...(dated ? { on } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('admin.application.moveForm', { status: t(`applicationStatuses.${to}`) })}>
      <Stack gap="sm">
        <Text fw={600}>{t(`admin.application.confirm.${to}`)}</Text>
        <FormAlert message={error} />
        {dated ? <TextInput type="date" label={t(`admin.application.dateOf.${to}`)} value={on} onChange={(event) => setOn(event.currentTarget.value)} max={parisDay(new Date())} required w={240} /> : null}
        <Textarea label={t('admin.application.comment')} description={t('admin.application.commentHelp')} value={comment} onChange={(event) => setComment(event.currentTarget.value)} maxLength={2000} autosize minRows={2} />
        {budgetRefusal && canOverride ? (
          <Alert color={ATTENTION_COLOR} variant="outline" title={t('admin.application.override.title')}>
            <Stack gap="xs">
              <Text>{t('admin.application.override.explain')}</Text>
              <Checkbox label={t('admin.application.override.label')} checked={override} onChange={(event) => setOverride(event.currentTarget.checked)} />
            </Stack>
          </Alert>
        ) : null}
        {budgetRefusal && !canOverride ? <Text size="sm">{t('admin.application.override.notAllowed')}</Text> : null}
        <Group gap="sm">
          <Button type="submit" color={GRAVE_MOVES.includes(to) ? 'red.9' : undefined} loading={move.isPending}>
            {t(`admin.application.actions.${to}`)}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('admin.application.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The moves the workflow allows from here, as buttons; each opens the few
 * fields it needs (a date, a comment) and sends the version of the file the page shows.
 */
export function TransitionPanel({ application, onMoved, onConflict }: TransitionPanelProps) {
  const { t } = useTranslation('incentives');
  const canManage = useCan(permissions.manageApplications);
  const [chosen, setChosen] = useState<ApplicationStatus | null>(null);
  if (!canManage) return null;
  return (
    <FormSection title={t('admin.application.movesTitle')}>
      {application.allowedTransitions.length === 0 ? (
        <Text>{t('admin.application.noMoves')}</Text>
      ) : chosen ? (
        <MoveForm
          key={chosen}
          application={application}
          to={chosen}
          onCancel={() => setChosen(null)}
          onConflict={(message) => {
            setChosen(null);
            onConflict(message);
          }}
          onDone={async () => {
            setChosen(null);
            await onMoved();
          }}
        />
      ) : (
        <Stack gap="xs">
          {application.status === 'committee' ? <Text size="sm">{t('admin.application.committeeHint')}</Text> : null}
          <Group gap="sm">
            {application.allowedTransitions.map((to) => (
              <Button key={to} variant={GRAVE_MOVES.includes(to) ? 'outline' : 'filled'} color={GRAVE_MOVES.includes(to) ? 'red.9' : undefined} onClick={() => setChosen(to)}>
                {t(`admin.application.actions.${to}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </FormSection>
  );
}
