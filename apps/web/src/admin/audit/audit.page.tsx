import { useState } from 'react';
import { Button, Group, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, useTRPC } from '@ancrage/ui';
import { AuditRow } from './audit-row';

const PAGE_SIZE = 50;

/** /t/:tenant/admin/audit — who did what and when, newest first, 50 at a time. */
export function AuditPage() {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  // Cursors of the pages seen so far: going back is popping one.
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1);
  const audit = useQuery({ ...trpc.admin.audit.list.queryOptions({ limit: PAGE_SIZE, ...(before ? { before } : {}) }), placeholderData: keepPreviousData });

  return (
    <>
      <PageHeader title={t('platform:nav.audit')} description={t('admin.audit.intro')} />
      <QueryState query={audit}>
        {(entries) => (
          <>
            <Table.ScrollContainer minWidth={760} type="native" tabIndex={0} role="region" aria-label={t('admin.audit.tableCaption')}>
              <Table striped verticalSpacing="xs" captionSide="top">
                <Table.Caption style={{ textAlign: 'left' }}>{t('admin.audit.tableCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.audit.when')}</Table.Th>
                    <Table.Th scope="col">{t('admin.audit.who')}</Table.Th>
                    <Table.Th scope="col">{t('admin.audit.action')}</Table.Th>
                    <Table.Th scope="col">{t('admin.audit.entity')}</Table.Th>
                    <Table.Th scope="col">{t('admin.audit.changes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.length === 0 ? (
                    <Table.Tr>
                      <Table.Td colSpan={5}>
                        <Text py="sm">{t('admin.audit.empty')}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ) : (
                    entries.map((entry) => <AuditRow key={entry.id} entry={entry} />)
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group mt="md" gap="sm">
              {cursors.length > 0 ? (
                <Button variant="default" onClick={() => setCursors(cursors.slice(0, -1))}>
                  {t('admin.audit.newer')}
                </Button>
              ) : null}
              {entries.length === PAGE_SIZE ? (
                <Button variant="default" onClick={() => setCursors([...cursors, ...entries.slice(-1).map((entry) => entry.id)])}>
                  {t('admin.audit.older')}
                </Button>
              ) : null}
            </Group>
          </>
        )}
      </QueryState>
    </>
  );
}
