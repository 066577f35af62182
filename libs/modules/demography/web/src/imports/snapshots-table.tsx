import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton, DataTable, useNotify, useTRPC } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { FictitiousBadge } from '../common/snapshot-source';
import type { SnapshotRow } from '../common/use-ready-snapshots.hook';
import { isRunning } from './import-status';
import { StatusBadge } from './status-badge';

interface SnapshotsTableProps {
  snapshots: readonly SnapshotRow[];
  canImport: boolean;
  onShowReport: (snapshotId: string) => void;
}

/** Every import of the tenant, newest extraction first, with its counts; delete for importers. */
export function SnapshotsTable({ snapshots, canImport, onShowReport }: SnapshotsTableProps) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const format = useDemographyFormat();
  const remove = useMutation(
    trpc.demography.deleteSnapshot.mutationOptions({
      onSuccess: () => notify.success(t('imports.deleted')),
      onError: notify.failure,
      onSettled: () => queryClient.invalidateQueries(trpc.demography.pathFilter()),
    }),
  );

  return (
    <DataTable
      caption={t('imports.snapshotsCaption', { count: snapshots.length, formatted: format.count(snapshots.length) })}
      rows={snapshots}
      rowKey={(snapshot) => snapshot.id}
      empty={t('imports.noSnapshot')}
      minWidth={880}
      columns={[
        {
          key: 'date',
          header: t('imports.extractedOn'),
          render: (snapshot) => (
            <Stack gap={4} align="flex-start">
              <Text size="sm">{format.longDate(snapshot.extractedOn)}</Text>
              {snapshot.fictitious ? <FictitiousBadge /> : null}
            </Stack>
          ),
        },
        { key: 'file', header: t('imports.file'), render: (snapshot) => <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{snapshot.fileName}</Text> },
        { key: 'status', header: t('imports.status'), render: (snapshot) => <StatusBadge status={snapshot.status} /> },
        { key: 'rows', header: t('imports.counts.rowsRead'), numeric: true, render: (snapshot) => format.count(snapshot.counts.rowsRead ?? 0) },
        { key: 'kept', header: t('imports.counts.kept'), numeric: true, render: (snapshot) => format.count(snapshot.counts.kept ?? 0) },
        { key: 'professionals', header: t('imports.counts.professionals'), numeric: true, render: (snapshot) => format.count(snapshot.counts.professionals ?? 0) },
        {
          key: 'actions',
          header: t('imports.actions'),
          render: (snapshot) => {
            const label = format.longDate(snapshot.extractedOn);
            return (
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" variant="default" onClick={() => onShowReport(snapshot.id)} aria-label={t('imports.showReportOf', { date: label })}>
                  {t('imports.showReport')}
                </Button>
                {canImport && !isRunning(snapshot.status) ? (
                  <ConfirmButton
                    size="xs"
                    aria-label={t('imports.deleteOf', { date: label })}
                    title={t('imports.deleteTitle')}
                    message={t('imports.deleteConfirm', { date: label, file: snapshot.fileName })}
                    confirmLabel={t('imports.delete')}
                    onConfirm={() => remove.mutateAsync({ snapshotId: snapshot.id }).catch(() => undefined)}
                  >
                    {t('imports.delete')}
                  </ConfirmButton>
                ) : null}
              </Group>
            );
          },
        },
      ]}
    />
  );
}
