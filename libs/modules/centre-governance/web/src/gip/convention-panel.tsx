import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { conventionVersionInput } from '@ancrage/centre-governance-domain';
import { FormAlert, uploadFile, useCan, useFieldErrors, useLocale, useNotify, useTenant, useTRPC, useTRPCClient } from '@ancrage/ui';
import { downloadBase64 } from '../common/download';
import { FormSection } from '../common/form-section';
import { permissions } from '../common/paths';
import { useCgFormat } from '../common/use-cg-format.hook';
import type { GipView } from './gip-types';

function ConventionForm({ gip }: { gip: GipView }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const tenant = useTenant();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const hasOriginal = gip.conventionVersions.some((version) => version.kind === 'original');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [approvedOn, setApprovedOn] = useState('');
  const [deliberationId, setDeliberationId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const add = useMutation(
    trpc['centre-governance'].addConventionVersion.mutationOptions({
      onSuccess: async () => {
        setTitle('');
        setSummary('');
        setFile(null);
        errors.clear();
        notify.success(t('gip.conventionSaved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].gip.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = { gipId: gip.id, kind: hasOriginal ? 'amendment' : 'original', title, summary, signedOn, approvedOn, deliberationId: deliberationId || null, fileId: null };
    if (!errors.validate(conventionVersionInput, draft)) return;
    try {
      setUploading(true);
      const fileId = file ? (await uploadFile(file, { tenantSlug: tenant.slug, language: locale })).id : null;
      add.mutate({ ...draft, kind: hasOriginal ? 'amendment' : 'original', fileId });
    } catch (error) {
      errors.showApiError(error);
      notify.failure(error);
    } finally {
      setUploading(false);
    }
  };
  return (
    <FormSection title={hasOriginal ? t('gip.addAmendment') : t('gip.addConvention')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput label={t('gip.conventionTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errors.errorOf('title')} required />
          <Textarea label={t('gip.conventionSummary')} value={summary} onChange={(event) => setSummary(event.currentTarget.value)} autosize minRows={2} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('gip.signedOn')} value={signedOn} onChange={(event) => setSignedOn(event.currentTarget.value)} error={errors.errorOf('signedOn')} />
            <TextInput type="date" label={t('gip.approvedOn')} description={t('gip.approvedOnHelp')} value={approvedOn} onChange={(event) => setApprovedOn(event.currentTarget.value)} error={errors.errorOf('approvedOn')} />
          </SimpleGrid>
          {hasOriginal ? (
            <NativeSelect
              label={t('gip.amendmentDeliberation')}
              value={deliberationId}
              onChange={(event) => setDeliberationId(event.currentTarget.value)}
              data={[{ value: '', label: t('gip.noDeliberation') }, ...gip.amendmentDeliberations.map((row) => ({ value: row.id, label: `${row.number} — ${row.title}` }))]}
            />
          ) : null}
          <FileInput label={t('gip.conventionFile')} value={file} onChange={setFile} accept="application/pdf" clearable clearButtonProps={{ 'aria-label': t('gip.clearFile') }} />
          <Group>
            <Button type="submit" loading={uploading || add.isPending}>
              {t('gip.saveConvention')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}

/** The convention constitutive and its avenants, with their dates and files. */
export function ConventionPanel({ gip }: { gip: GipView }) {
  const { t } = useTranslation('centre-governance');
  const format = useCgFormat();
  const client = useTRPCClient();
  const notify = useNotify();
  const canManage = useCan(permissions.manageGovernance);
  const canUpload = useCan(permissions.uploadFiles);
  const download = async (fileId: string) => {
    try {
      downloadBase64(await client['centre-governance'].governanceFile.query({ fileId }));
    } catch (error) {
      notify.failure(error);
    }
  };
  return (
    <Stack gap="lg">
      {gip.conventionVersions.length === 0 ? (
        <Text>{t('gip.noConvention')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table captionSide="top" verticalSpacing="xs" striped>
            <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('gip.conventionCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('gip.conventionTitle')}</Table.Th>
                <Table.Th scope="col">{t('gip.signedOn')}</Table.Th>
                <Table.Th scope="col">{t('gip.approvedOn')}</Table.Th>
                <Table.Th scope="col">{t('gip.conventionFile')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {gip.conventionVersions.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Th scope="row" fw="normal">
                    <Text fw={600}>{version.kind === 'original' ? t('gip.original') : t('gip.amendmentNumber', { number: version.number })}</Text>
                    <Text>{version.title}</Text>
                    {version.summary ? <Text size="sm">{version.summary}</Text> : null}
                  </Table.Th>
                  <Table.Td>{format.day(version.signedOn)}</Table.Td>
                  <Table.Td>{format.day(version.approvedOn)}</Table.Td>
                  <Table.Td>
                    {version.fileId ? (
                      <Button variant="subtle" size="compact-sm" onClick={() => void download(version.fileId as string)} aria-label={t('gip.downloadVersion', { title: version.title })}>
                        {t('gip.download')}
                      </Button>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && canUpload ? <ConventionForm gip={gip} /> : null}
    </Stack>
  );
}
