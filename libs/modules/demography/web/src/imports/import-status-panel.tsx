import { useEffect, useRef } from 'react';
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState, useTRPC } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { FictitiousBadge } from '../common/snapshot-source';
import { ImportCounts } from './import-counts';
import { ImportReport } from './import-report';
import { isRunning, POLL_MS } from './import-status';
import { StatusBadge } from './status-badge';
import { BytesProgress } from './upload-progress';

/**
 * Follows one import: progress while it runs (polled every second), then its
 * counts and report. `focusOnShow` brings it into view and focus (opened from the list below).
 */
export function ImportStatusPanel({ snapshotId, focusOnShow = false }: { snapshotId: string; focusOnShow?: boolean }) {
  const panel = useRef<HTMLElement>(null);
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useDemographyFormat();
  const status = useQuery({
    ...trpc.demography.importStatus.queryOptions({ snapshotId }),
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? POLL_MS : false),
  });
  const finished = status.data !== undefined && !isRunning(status.data.status);

  // Once the import ends, every figure of the module may have changed.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries(trpc.demography.pathFilter());
  }, [finished, queryClient, trpc]);

  useEffect(() => {
    if (!focusOnShow || !panel.current) return;
    panel.current.scrollIntoView({ block: 'start' });
    panel.current.focus();
  }, [focusOnShow]);

  return (
    <Paper ref={panel} withBorder p="md" component="section" aria-labelledby="demography-import-status" tabIndex={-1}>
      <QueryState query={status}>
        {(data) => (
          <Stack gap="md">
            <Group gap="sm" wrap="wrap">
              <Title order={3} size="h4" id="demography-import-status">
                {t('imports.statusTitle', { file: data.fileName, date: format.longDate(data.extractedOn) })}
              </Title>
              <StatusBadge status={data.status} />
              {data.fictitious ? <FictitiousBadge /> : null}
            </Group>
            {isRunning(data.status) ? <BytesProgress label={t('imports.reading')} done={data.bytesRead} total={data.bytesTotal} /> : null}
            <div role="status">
              {isRunning(data.status) ? <Text size="sm">{t('imports.runningHelp')}</Text> : null}
              {data.status === 'ready' ? <Text fw={600}>{t('imports.done')}</Text> : null}
            </div>
            {data.status === 'failed' && data.errorKey ? (
              <Alert color="red.9" variant="outline" role="alert">
                <Text c="red.9">{t(data.errorKey, { columns: '' })}</Text>
              </Alert>
            ) : null}
            <ImportCounts counts={data.counts} />
            {finished ? <ImportReport status={data} /> : null}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
