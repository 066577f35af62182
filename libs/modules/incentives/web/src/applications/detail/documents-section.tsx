import { Button, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale, useNotify, useTenant } from '@ancrage/ui';
import { DownloadError, downloadStoredFile } from '../../admin-common/download';
import { FormSection } from '../../admin-common/form-section';
import { inLocale } from '../../admin-common/localised';
import { useAdminFormat } from '../../admin-common/use-admin-format.hook';
import type { ApplicationView } from './application-view';

/** The documents attached, downloadable, and the required ones still missing. */
export function DocumentsSection({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const locale = useLocale();
  const notify = useNotify();
  const format = useAdminFormat();
  const required = application.scheme.content.requiredDocuments;
  const labelOf = (key: string) => {
    const document = required.find((item) => item.key === key);
    return document ? inLocale(document.label, locale) : key;
  };
  const download = async (document: { fileId: string; fileName: string }) => {
    try {
      await downloadStoredFile(document, tenant.slug, locale);
    } catch (error) {
      notify.failure(error instanceof DownloadError && error.message ? new Error(error.message) : error);
    }
  };
  return (
    <FormSection title={t('admin.application.documentsTitle')}>
      <Stack gap="sm">
        {application.documents.length === 0 ? (
          <Text>{t('admin.application.documents.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table captionSide="top" verticalSpacing="xs" striped>
              <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('admin.application.documents.caption', { count: application.documents.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.application.documents.piece')}</Table.Th>
                  <Table.Th scope="col">{t('admin.application.documents.file')}</Table.Th>
                  <Table.Th scope="col">{t('admin.application.documents.uploadedAt')}</Table.Th>
                  <Table.Th scope="col">{t('admin.application.documents.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {application.documents.map((document) => (
                  <Table.Tr key={document.id}>
                    <Table.Th scope="row" fw="normal">
                      {labelOf(document.documentKey)}
                    </Table.Th>
                    <Table.Td>{t('admin.application.documents.fileLine', { name: document.fileName, size: format.number(Math.max(1, Math.round(document.sizeBytes / 1024))) })}</Table.Td>
                    <Table.Td>{format.instant(document.uploadedAt)}</Table.Td>
                    <Table.Td>
                      <Button variant="subtle" size="compact-sm" onClick={() => void download(document)} aria-label={t('admin.application.documents.downloadNamed', { name: document.fileName })}>
                        {t('admin.application.documents.download')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {application.missingDocuments.length > 0 ? (
          <>
            <Text fw={600}>{t('admin.application.documents.missing', { count: application.missingDocuments.length })}</Text>
            <List>
              {application.missingDocuments.map((key) => (
                <List.Item key={key}>{labelOf(key)}</List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </FormSection>
  );
}
