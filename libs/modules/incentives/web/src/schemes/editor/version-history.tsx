import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../admin-common/form-section';
import { useAdminFormat } from '../../admin-common/use-admin-format.hook';

/** The versions published so far; applications keep the one they were made on. */
export function VersionHistory({ versions, publishedVersion }: { versions: readonly { version: number; publishedAt: Date | string }[]; publishedVersion: number | null }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  return (
    <FormSection title={t('admin.versions.title')}>
      {versions.length === 0 ? (
        <Text>{t('admin.versions.none')}</Text>
      ) : (
        <Table captionSide="top" striped verticalSpacing="xs">
          <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('admin.versions.caption', { count: versions.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.versions.version')}</Table.Th>
              <Table.Th scope="col">{t('admin.versions.publishedAt')}</Table.Th>
              <Table.Th scope="col">{t('admin.versions.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...versions].reverse().map((version) => (
              <Table.Tr key={version.version}>
                <Table.Th scope="row" fw="normal">
                  {t('admin.versions.number', { version: version.version })}
                </Table.Th>
                <Table.Td>{format.instant(version.publishedAt)}</Table.Td>
                <Table.Td>{version.version === publishedVersion ? t('admin.versions.current') : t('admin.versions.former')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </FormSection>
  );
}
