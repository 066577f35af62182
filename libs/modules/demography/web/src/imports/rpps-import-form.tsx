import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { startImportInput } from '@ancrage/demography-domain';
import { FormAlert, useFieldErrors, useTRPC } from '@ancrage/ui';
import { BytesProgress } from './upload-progress';
import { uploadErrorMessage } from './upload-error-message';
import { UploadError } from './upload-import-file';
import { useFileUpload } from './use-file-upload.hook';

const extractionDate = startImportInput.pick({ extractedOn: true });

/** Uploads the RPPS extract with its extraction date, then queues its import; refusals are shown as the API words them. */
export function RppsImportForm({ onStarted }: { onStarted: (snapshotId: string) => void }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const uploader = useFileUpload();
  const [file, setFile] = useState<File | null>(null);
  const [extractedOn, setExtractedOn] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const start = useMutation(trpc.demography.startImport.mutationOptions());
  const busy = uploader.progress !== null || start.isPending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setUploadError(null);
    setFileError(file ? null : t('imports.fileRequired'));
    const input = errors.validate(extractionDate, { extractedOn });
    if (!file || !input) return;
    try {
      const stored = await uploader.upload(file);
      const { snapshotId } = await start.mutateAsync({ fileId: stored.id, extractedOn: input.extractedOn });
      setFile(null);
      setExtractedOn('');
      onStarted(snapshotId);
    } catch (error) {
      if (error instanceof UploadError) setUploadError(uploadErrorMessage(error, t));
      else errors.showApiError(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('imports.rppsTitle')}>
      <FormAlert message={uploadError ?? errors.formError} />
      <Stack gap="sm">
        <Group gap="md" align="flex-start" wrap="wrap">
          <FileInput
            label={t('imports.rppsFile')}
            description={t('imports.rppsFileHelp')}
            placeholder={t('imports.chooseFile')}
            accept=".txt,.csv,text/plain,text/csv"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setFileError(null);
            }}
            error={fileError}
            required
            clearable
            style={{ flex: '1 1 20rem' }}
          />
          <TextInput
            type="date"
            label={t('imports.extractedOn')}
            description={t('imports.extractedOnHelp')}
            value={extractedOn}
            onChange={(event) => setExtractedOn(event.currentTarget.value)}
            error={errors.errorOf('extractedOn')}
            required
            w={220}
          />
        </Group>
        {uploader.progress ? <BytesProgress label={t('imports.uploading')} done={uploader.progress.loaded} total={uploader.progress.total} /> : null}
        <Group>
          <Button type="submit" loading={busy}>
            {t('imports.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
