import { useState } from 'react';
import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ExplorerTable, QueryState, useNotify, useTenant, useTRPC, useTRPCClient, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { DeliberationStatusBadge } from '../common/badges';
import { downloadBase64 } from '../common/download';
import { useCgFormat } from '../common/use-cg-format.hook';

type RegisterRow = RouterOutputs['centre-governance']['register'][number];

const thisYear = new Date().getFullYear();

/** The numbered register of deliberations of a year, as a table and as a PDF. */
export function RegisterPanel({ gipId }: { gipId: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const tenant = useTenant();
  const notify = useNotify();
  const format = useCgFormat();
  const [year, setYear] = useState(thisYear);
  const [downloading, setDownloading] = useState(false);
  const register = useQuery(trpc['centre-governance'].register.queryOptions({ gipId, year }));
  const columns: ExplorerColumn<RegisterRow>[] = [
    { key: 'number', header: t('register.number'), value: (row) => row.number },
    { key: 'date', header: t('register.date'), value: (row) => new Date(row.startsAt).getTime(), format: (time) => format.date(new Date(time)) },
    { key: 'body', header: t('register.body'), value: (row) => row.bodyName },
    { key: 'title', header: t('register.deliberation'), value: (row) => row.title },
    { key: 'for', header: t('votes.for'), numeric: true, value: (row) => row.tally?.for ?? null },
    { key: 'against', header: t('votes.against'), numeric: true, value: (row) => row.tally?.against ?? null },
    { key: 'abstention', header: t('votes.abstention'), numeric: true, value: (row) => row.tally?.abstention ?? null },
    { key: 'status', header: t('register.outcome'), value: (row) => row.status, format: (status) => t(`outcomes.${status}`), cell: (row) => <DeliberationStatusBadge status={row.status} /> },
  ];
  const downloadPdf = async () => {
    setDownloading(true);
    try {
      downloadBase64(await client['centre-governance'].registerPdf.query({ gipId, year }));
    } catch (error) {
      notify.failure(error);
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <NativeSelect label={t('register.year')} value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))} data={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((value) => String(value))} />
        <Button variant="default" onClick={() => void downloadPdf()} loading={downloading}>
          {t('register.downloadPdf')}
        </Button>
      </Group>
      <QueryState query={register}>
        {(rows) => <ExplorerTable caption={t('register.caption', { year })} columns={columns} rows={rows} rowKey={(row) => row.id} empty={t('register.empty')} filterLabel={t('register.search')} exportFileName={`registre-deliberations-${tenant.slug}-${year}`} minWidth={900} />}
      </QueryState>
    </Stack>
  );
}
