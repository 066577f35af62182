import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert, useFieldErrors, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { ContoursAttribution } from '../common/snapshot-source';
import { uploadErrorMessage } from './upload-error-message';
import { UploadError } from './upload-import-file';
import { BytesProgress } from './upload-progress';
import { useFileUpload } from './use-file-upload.hook';

type ContoursReport = RouterOutputs['demography']['importContours'];

function ContoursResult({ report }: { report: ContoursReport }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  return (
    <Stack gap="xs" role="status">
      <Text fw={600}>{t('contours.imported', { count: report.imported, formatted: format.count(report.imported) })}</Text>
      {report.unknownCount > 0 ? (
        <>
          <Text size="sm">{t('contours.unknown', { count: report.unknownCount, formatted: format.count(report.unknownCount) })}</Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {report.unknown.join(', ')}
          </Text>
        </>
      ) : null}
      {report.invalidCount > 0 ? (
        <>
          <Text size="sm">{t('contours.invalid', { count: report.invalidCount, formatted: format.count(report.invalidCount) })}</Text>
          <List size="sm">
            {report.invalid.map((entry) => (
              <List.Item key={entry.feature}>{t('contours.invalidFeature', { feature: format.count(entry.feature), code: entry.code ?? t('contours.noCode') })}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}

/** Which communes have a contour, and the import of a GeoJSON file of contours for importers. */
export function ContoursSection({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useDemographyFormat();
  const errors = useFieldErrors();
  const uploader = useFileUpload();
  const status = useQuery(trpc.demography.geometryStatus.queryOptions());
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [report, setReport] = useState<ContoursReport | null>(null);
  const importContours = useMutation(trpc.demography.importContours.mutationOptions());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setUploadError(null);
    errors.clear();
    if (!file) return setFileError(t('imports.fileRequired'));
    try {
      const stored = await uploader.upload(file);
      setReport(await importContours.mutateAsync({ fileId: stored.id }));
      setFile(null);
      await queryClient.invalidateQueries(trpc.demography.pathFilter());
    } catch (error) {
      setReport(null);
      if (error instanceof UploadError) setUploadError(uploadErrorMessage(error, t));
      else errors.showApiError(error);
    }
  };

  return (
    <Stack gap="md">
      {status.data ? (
        <Text>
          {t('contours.status', {
            placed: format.count(status.data.homePlaced),
            total: format.count(status.data.homeCommunes),
            areaPlaced: format.count(status.data.areaPlaced),
            areaTotal: format.count(status.data.areaCommunes),
          })}
        </Text>
      ) : null}
      {canImport ? (
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('contours.formTitle')}>
          <FormAlert message={uploadError ?? errors.formError} />
          <Stack gap="sm">
            <FileInput
              label={t('contours.file')}
              description={t('contours.fileHelp')}
              placeholder={t('imports.chooseFile')}
              accept=".geojson,.json,application/geo+json,application/json"
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                setFileError(null);
              }}
              error={fileError}
              required
              clearable
              maw={560}
            />
            {uploader.progress ? <BytesProgress label={t('imports.uploading')} done={uploader.progress.loaded} total={uploader.progress.total} /> : null}
            <Group>
              <Button type="submit" loading={uploader.progress !== null || importContours.isPending}>
                {t('contours.start')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {report ? <ContoursResult report={report} /> : null}
      <ContoursAttribution />
    </Stack>
  );
}
