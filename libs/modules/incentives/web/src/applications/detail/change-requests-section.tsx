import { ATTENTION_COLOR } from '../../common/tones';
import { useState } from 'react';
import { Badge, Button, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@ancrage/incentives-domain';
import { apiErrorMessage, FormAlert, useCan, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../../admin-common/form-section';
import { permissions } from '../../admin-common/paths';
import { useAdminFormat } from '../../admin-common/use-admin-format.hook';
import type { ApplicationView } from './application-view';
import { profileRows } from './profile-rows';

type ChangeRequest = ApplicationView['changeRequests'][number];
type Contact = ApplicationView['contact'];

const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'birthDate'] as const;

/** The answers a request would change, "before → after", in words. */
function useProposedChanges(application: ApplicationView, names: { communes: Record<string, string>; schemes: (reference: string) => string }) {
  const { t } = useTranslation('incentives');
  return (request: ChangeRequest): string[] => {
    const proposed = (request.proposed ?? {}) as { profile?: Partial<Profile>; contact?: Partial<Contact> };
    const lines: string[] = [];
    if (proposed.profile) {
      const before = profileRows(application.profile, t, names);
      const after = profileRows(proposed.profile, t, names);
      after.forEach((row, index) => {
        const old = before[index];
        if (old && old.value !== row.value) lines.push(t('admin.application.changes.line', { label: row.label, before: old.value, after: row.value }));
      });
    }
    if (proposed.contact) {
      for (const field of CONTACT_FIELDS) {
        const next = proposed.contact[field] ?? '';
        const current = application.contact[field] ?? '';
        if (next !== current) lines.push(t('admin.application.changes.line', { label: t(`admin.application.contact.${field}`), before: current || '—', after: next || '—' }));
      }
    }
    return lines;
  };
}

function Decision({ request, onDecided }: { request: ChangeRequest; onDecided: () => Promise<unknown> }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const notify = useNotify();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = useMutation(
    trpc.incentives.decideChangeRequest.mutationOptions({
      onSuccess: async (result) => {
        notify.success(t(`admin.application.changes.${result.status}`));
        await onDecided();
      },
      onError: (failure) => setError(apiErrorMessage(failure, t('admin.application.changes.failed'))),
    }),
  );
  return (
    <Stack gap="xs">
      <FormAlert message={error} />
      <Textarea label={t('admin.application.changes.comment')} value={comment} onChange={(event) => setComment(event.currentTarget.value)} maxLength={2000} autosize minRows={1} />
      <Group gap="sm">
        <Button size="sm" loading={decide.isPending && decide.variables?.accept === true} onClick={() => decide.mutate({ id: request.id, accept: true, comment })}>
          {t('admin.application.changes.accept')}
        </Button>
        <Button size="sm" variant="outline" color="red.9" loading={decide.isPending && decide.variables?.accept === false} onClick={() => decide.mutate({ id: request.id, accept: false, comment })}>
          {t('admin.application.changes.refuse')}
        </Button>
      </Group>
    </Stack>
  );
}

/** What the candidate asked to change after submitting, and the officer's answer. */
export function ChangeRequestsSection({ application, names, onDecided }: { application: ApplicationView; names: { communes: Record<string, string>; schemes: (reference: string) => string }; onDecided: () => Promise<unknown> }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  const canManage = useCan(permissions.manageApplications);
  const changesOf = useProposedChanges(application, names);
  if (application.changeRequests.length === 0) return null;
  return (
    <FormSection title={t('admin.application.changesTitle')}>
      <Stack gap="sm">
        {application.changeRequests.map((request) => {
          const changes = changesOf(request);
          return (
            <Paper key={request.id} withBorder p="sm" component="article" aria-label={t('admin.application.changes.of', { date: format.instant(request.createdAt) })}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600}>{t('admin.application.changes.of', { date: format.instant(request.createdAt) })}</Text>
                  <Badge variant="outline" color={request.status === 'pending' ? ATTENTION_COLOR : request.status === 'accepted' ? 'teal.9' : 'gray.8'}>
                    {t(`admin.application.changes.status.${request.status}`)}
                  </Badge>
                </Group>
                <Text>{t('admin.application.changes.message', { message: request.message })}</Text>
                {changes.length > 0 ? (
                  <List size="sm">
                    {changes.map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm">{t('admin.application.changes.noDifference')}</Text>
                )}
                {request.status === 'pending' && canManage ? <Decision request={request} onDecided={onDecided} /> : null}
                {request.decidedAt ? <Text size="sm">{t('admin.application.changes.decidedAt', { date: format.instant(request.decidedAt) })}</Text> : null}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </FormSection>
  );
}
