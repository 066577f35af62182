import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CENTRE_DOCUMENT_KINDS, centreDocumentInput, type CentreDocumentKind } from '@ancrage/centre-governance-domain';
import { ConfirmButton, FormAlert, uploadFile, useCan, useFieldErrors, useLocale, useNotify, useTenant, useTRPC, useTRPCClient, type RouterOutputs } from '@ancrage/ui';
import { downloadBase64 } from '../common/download';
import { FormSection } from '../common/form-section';
import { permissions } from '../common/paths';
import { useCgFormat } from '../common/use-cg-format.hook';

type Centre = RouterOutputs['centre-governance']['centre'];

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

function DocumentForm({ centreId }: { centreId: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const tenant = useTenant();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [kind, setKind] = useState<CentreDocumentKind>('health-project');
  const [title, setTitle] = useState('');
  const [version, setVersion] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [uploading, setUploading] = useState(false);
  const attach = useMutation(
    trpc['centre-governance'].attachCentreDocument.mutationOptions({
      onSuccess: async () => {
        setTitle('');
        setVersion('');
        setFile(null);
        errors.clear();
        notify.success(t('documents.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].centre.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFileError(file ? undefined : t('documents.fileRequired'));
    // The file id is known after the upload: check the other fields first.
    if (!errors.validate(centreDocumentInput, { centreId, kind, title, version, adoptedOn, fileId: PLACEHOLDER_ID }) || !file) return;
    setUploading(true);
    try {
      const uploaded = await uploadFile(file, { tenantSlug: tenant.slug, language: locale });
      attach.mutate({ centreId, kind, title, version, adoptedOn, fileId: uploaded.id });
    } catch (error) {
      setFileError(error instanceof Error && error.message ? error.message : t('documents.uploadFailed'));
    } finally {
      setUploading(false);
    }
  };
  return (
    <FormSection title={t('documents.add')} level={3}>
      <FormAlert message={errors.formError} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('documents.kind')} value={kind} onChange={(event) => setKind(event.currentTarget.value as CentreDocumentKind)} data={CENTRE_DOCUMENT_KINDS.map((value) => ({ value, label: t(`documentKinds.${value}`) }))} />
            <TextInput label={t('documents.title')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errors.errorOf('title')} required />
            <TextInput label={t('documents.version')} value={version} onChange={(event) => setVersion(event.currentTarget.value)} />
            <TextInput type="date" label={t('documents.adoptedOn')} value={adoptedOn} onChange={(event) => setAdoptedOn(event.currentTarget.value)} error={errors.errorOf('adoptedOn')} />
          </SimpleGrid>
          <FileInput label={t('documents.file')} description={t('documents.fileHelp')} value={file} onChange={setFile} error={fileError} required clearable clearButtonProps={{ 'aria-label': t('gip.clearFile') }} />
          <Group>
            <Button type="submit" loading={uploading || attach.isPending}>
              {t('documents.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}

/** The projet de santé, the règlement de fonctionnement and other documents of a centre. */
export function DocumentsPanel({ centre }: { centre: Centre }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const format = useCgFormat();
  const canManage = useCan(permissions.manageCentres);
  const canUpload = useCan(permissions.uploadFiles);
  const remove = useMutation(trpc['centre-governance'].removeCentreDocument.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].centre.queryKey() }), onError: notify.failure }));
  const download = async (id: string) => {
    try {
      downloadBase64(await client['centre-governance'].centreDocumentFile.query({ id }));
    } catch (error) {
      notify.failure(error);
    }
  };
  return (
    <Stack gap="lg">
      {centre.documents.length === 0 ? (
        <Text>{t('documents.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table captionSide="top" verticalSpacing="xs" striped>
            <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('documents.caption', { count: centre.documents.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('documents.title')}</Table.Th>
                <Table.Th scope="col">{t('documents.kind')}</Table.Th>
                <Table.Th scope="col">{t('documents.adoptedOn')}</Table.Th>
                <Table.Th scope="col">{t('documents.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {centre.documents.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Th scope="row" fw="normal">
                    {document.title}
                    {document.version ? ` (${document.version})` : ''}
                  </Table.Th>
                  <Table.Td>{t(`documentKinds.${document.kind}`)}</Table.Td>
                  <Table.Td>{format.day(document.adoptedOn)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button variant="subtle" size="compact-sm" onClick={() => void download(document.id)} aria-label={t('documents.download', { title: document.title })}>
                        {t('gip.download')}
                      </Button>
                      {canManage ? (
                        <ConfirmButton size="compact-sm" aria-label={t('documents.remove', { title: document.title })} title={t('documents.removeTitle')} message={t('documents.removeMessage', { title: document.title })} confirmLabel={t('documents.removeConfirm')} onConfirm={() => remove.mutateAsync({ id: document.id })}>
                          {t('documents.removeConfirm')}
                        </ConfirmButton>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && canUpload ? <DocumentForm centreId={centre.id} /> : null}
    </Stack>
  );
}
