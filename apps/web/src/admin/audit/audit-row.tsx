import { Fragment, useId, useState } from 'react';
import { Button, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JsonView, useFormatters, type RouterOutputs } from '@ancrage/ui';

export type AuditEntry = RouterOutputs['admin']['audit']['list'][number];

/** One audit record; its before/after values unfold underneath. */
export function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('common');
  const format = useFormatters();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const hasDetails = entry.before !== null || entry.after !== null;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
        <Table.Td>
          {entry.userName ?? t('admin.audit.unknownUser')}
          {entry.userEmail ? (
            <Text size="xs" c="dimmed">
              {entry.userEmail}
            </Text>
          ) : null}
        </Table.Td>
        <Table.Td>
          <Text ff="monospace" size="sm">
            {entry.action}
          </Text>
        </Table.Td>
        <Table.Td>{entry.entityType ? `${entry.entityType}${entry.entityId ? ` · ${entry.entityId}` : ''}` : '—'}</Table.Td>
        <Table.Td>
          {hasDetails ? (
            <Button variant="subtle" size="compact-sm" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
              {open ? t('admin.audit.hideChanges') : t('admin.audit.showChanges')}
            </Button>
          ) : (
            '—'
          )}
        </Table.Td>
      </Table.Tr>
      {hasDetails && open ? (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={5}>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Stack gap={4}>
                <Text fw={600}>{t('admin.audit.before')}</Text>
                <JsonView value={entry.before} label={t('admin.audit.before')} />
              </Stack>
              <Stack gap={4}>
                <Text fw={600}>{t('admin.audit.after')}</Text>
                <JsonView value={entry.after} label={t('admin.audit.after')} />
              </Stack>
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}
