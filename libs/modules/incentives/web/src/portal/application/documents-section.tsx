import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DocumentFormat } from '@ancrage/incentives-domain';
import { apiErrorMessage, ConfirmButton, UploadError, uploadFile, useLocale, useNotify, useTenant, useTRPC } from '@ancrage/ui';
import { useIncentivesFormat } from '../../common/use-incentives-format.hook';
import type { AttachedDocument, MyApplication, RequiredDocumentOf } from './my-application-types';
import { useRefreshApplication } from './use-refresh-application.hook';

/** The platform's upload route refuses larger files whatever the scheme allows. */
const PLATFORM_MAX_MEGABYTES = 10;

const CONTENT_TYPES: Record<DocumentFormat, string[]> = { pdf: ['application/pdf'], image: ['image/png', 'image/jpeg'] };

export const acceptedTypes = (formats: readonly DocumentFormat[]) => formats.flatMap((format) => CONTENT_TYPES[format]);
export const maxMegabytesOf = (document: RequiredDocumentOf) => Math.min(document.maxMegabytes, PLATFORM_MAX_MEGABYTES);

/** Why a chosen file cannot be sent, checked in the browser before uploading (the API checks again). */
export function fileProblem(file: File, document: RequiredDocumentOf, t: TFunction, formats: string): string | null {
  if (!acceptedTypes(document.formats).includes(file.type)) return t('portal.documents.wrongType', { formats });
  if (file.size > maxMegabytesOf(document) * 1024 * 1024) return t('portal.documents.tooLarge', { megabytes: maxMegabytesOf(document) });
  if (file.size === 0) return t('portal.documents.empty');
  return null;
}

function DocumentRow({ application, document, attached, missing }: { application: MyApplication; document: RequiredDocumentOf; attached: AttachedDocument | undefined; missing: boolean }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const locale = useLocale();
  const notify = useNotify();
  const format = useIncentivesFormat();
  const refresh = useRefreshApplication();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const attach = useMutation(trpc.incentives.attachDocument.mutationOptions());
  const remove = useMutation(trpc.incentives.removeDocument.mutationOptions({ onSuccess: refresh, onError: notify.failure }));
  const label = format.text(document.label);
  const formats = document.formats.map((entry) => t(`documentFormats.${entry}`)).join(', ');
  const inputId = `document-${document.key}`;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('portal.documents.chooseFile'));
    const refused = fileProblem(file, document, t, formats);
    if (refused) return setProblem(refused);
    setProblem(null);
    setUploading(true);
    try {
      const uploaded = await uploadFile(file, { tenantSlug: tenant.slug, language: locale, url: '/api/files/mine' });
      await attach.mutateAsync({ id: application.id, documentKey: document.key, fileId: uploaded.id });
      setFile(null);
      notify.success(t('portal.documents.attached', { document: label }));
      await refresh();
    } catch (error) {
      setProblem(error instanceof UploadError ? error.message || t('portal.documents.uploadFailed') : apiErrorMessage(error, t('portal.documents.uploadFailed')));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="li" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Title order={3} size="h5" id={`${inputId}-title`}>
            {label}
            {document.optional ? ` ${t('portal.documents.optional')}` : ''}
          </Title>
          <Text size="sm" fw={700} c={attached ? 'teal.9' : missing ? 'red.9' : 'gray.8'}>
            {attached ? t('portal.documents.received') : missing ? t('portal.documents.missing') : t('portal.documents.notSent')}
          </Text>
        </Group>
        <Text size="sm">{t('portal.documents.rule', { formats, megabytes: maxMegabytesOf(document) })}</Text>
        {attached ? (
          <Group gap="sm" wrap="wrap">
            <Text size="sm">
              {t('portal.documents.file', { name: attached.fileName, size: format.number(attached.sizeBytes / 1024 / 1024, { maximumFractionDigits: 1 }), date: format.dateTime(attached.uploadedAt) })}
            </Text>
            {application.canEdit ? (
              <ConfirmButton
                size="compact-sm"
                aria-label={t('portal.documents.removeLabel', { document: label })}
                title={t('portal.documents.removeTitle')}
                message={t('portal.documents.removeMessage', { name: attached.fileName })}
                confirmLabel={t('portal.documents.remove')}
                onConfirm={() => remove.mutateAsync({ id: application.id, documentId: attached.id }).catch(() => undefined)}
              >
                {t('portal.documents.remove')}
              </ConfirmButton>
            ) : null}
          </Group>
        ) : null}
        {application.canEdit ? (
          <form onSubmit={(event) => void send(event)} noValidate aria-labelledby={`${inputId}-title`}>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <FileInput
                id={inputId}
                label={attached ? t('portal.documents.replaceWith') : t('portal.documents.choose')}
                accept={acceptedTypes(document.formats).join(',')}
                value={file}
                onChange={(chosen) => {
                  setFile(chosen);
                  setProblem(null);
                }}
                error={problem}
                clearable
                clearButtonProps={{ 'aria-label': t('portal.documents.clearFile') }}
                style={{ flex: '1 1 14rem' }}
              />
              <Button type="submit" loading={uploading} variant="default">
                {t('portal.documents.send')}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The documents the scheme asks for: what is there, what is missing, and (while a draft) sending them. */
export function DocumentsSection({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const required = application.scheme.requiredDocuments;
  if (required.length === 0) return <Text>{t('portal.documents.none')}</Text>;
  return (
    <Stack gap="sm">
      {application.canEdit ? <Text size="sm">{t('portal.documents.intro')}</Text> : null}
      <Stack component="ul" gap="sm" m={0} p={0}>
        {required.map((document) => (
          <DocumentRow
            key={document.key}
            application={application}
            document={document}
            attached={application.documents.find((entry) => entry.documentKey === document.key)}
            missing={application.missingDocuments.includes(document.key)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
