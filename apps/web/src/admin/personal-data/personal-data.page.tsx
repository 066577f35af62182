import { useState } from 'react';
import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmButton, FormAlert, PageHeader, useFieldErrors, useNotify, useTRPC, useTRPCClient } from '@ancrage/ui';
import { downloadJson, exportFileName } from './download-json';

const subjectForm = z.object({ email: z.email().max(254) });

/** /t/:tenant/admin/personal-data — RGPD rights: export everything about a person, or erase it. */
export function PersonalDataPage() {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [email, setEmail] = useState('');
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const erase = useMutation(trpc.admin.personalData.erase.mutationOptions());

  const subject = () => errors.validate(subjectForm, { email: email.trim().toLowerCase() });

  const exportData = async () => {
    const input = subject();
    if (!input) return;
    setExporting(true);
    setResult(null);
    try {
      const data = await client.admin.personalData.export.query(input);
      downloadJson(exportFileName(t('admin.personalData.filePrefix'), input.email), data);
      setResult(t('admin.personalData.exported', { email: input.email }));
    } catch (error) {
      errors.showApiError(error);
    } finally {
      setExporting(false);
    }
  };

  const eraseData = async () => {
    const input = subject();
    if (!input) return;
    setResult(null);
    try {
      const { erased } = await erase.mutateAsync(input);
      setResult(t('admin.personalData.erased', { count: erased, email: input.email }));
      notify.success(t('admin.personalData.erased', { count: erased, email: input.email }));
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <>
      <PageHeader title={t('platform:nav.personalData')} description={t('admin.personalData.intro')} />
      <Card withBorder radius="md" padding="lg" maw={720}>
        <form onSubmit={(event) => { event.preventDefault(); void exportData(); }} noValidate>
          <Stack gap="md">
            <FormAlert message={errors.formError} />
            <FormAlert tone="success" message={result} />
            <TextInput
              label={t('admin.personalData.email')}
              description={t('admin.personalData.emailHelp')}
              type="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.errorOf('email')}
            />
            <Group gap="sm">
              <Button type="submit" loading={exporting}>
                {t('admin.personalData.export')}
              </Button>
              <ConfirmButton
                title={t('admin.personalData.eraseTitle')}
                message={t('admin.personalData.eraseConfirm', { email: email.trim() || '—' })}
                confirmLabel={t('admin.personalData.eraseConfirmButton')}
                onConfirm={eraseData}
                disabled={email.trim() === ''}
              >
                {t('admin.personalData.erase')}
              </ConfirmButton>
            </Group>
            <Text size="sm">{t('admin.personalData.eraseHelp')}</Text>
          </Stack>
        </form>
      </Card>
    </>
  );
}
