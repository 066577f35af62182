import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';

type Status = RouterOutputs['demography']['importStatus'];

/** The rows an import left out: malformed ones (why) and those whose commune was not found. */
export function ImportReport({ status }: { status: Status }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  const caption = (key: 'malformed' | 'unresolved', listed: number) =>
    t(`imports.report.${key}Caption`, { count: status.counts[key] ?? listed, total: format.count(status.counts[key] ?? listed), listed: format.count(listed) });
  return (
    <Stack gap="lg">
      {status.malformed.length > 0 ? (
        <DataTable
          caption={caption('malformed', status.malformed.length)}
          rows={status.malformed}
          rowKey={(row) => String(row.line)}
          empty=""
          minWidth={420}
          columns={[
            { key: 'line', header: t('imports.report.line'), numeric: true, render: (row) => format.count(row.line) },
            { key: 'problem', header: t('imports.report.problem'), render: (row) => t(`rowProblems.${row.problem}`) },
          ]}
        />
      ) : null}
      {status.unresolved.length > 0 ? (
        <DataTable
          caption={caption('unresolved', status.unresolved.length)}
          rows={status.unresolved}
          rowKey={(row) => String(row.line)}
          empty=""
          minWidth={480}
          columns={[
            { key: 'line', header: t('imports.report.line'), numeric: true, render: (row) => format.count(row.line) },
            { key: 'postalCode', header: t('imports.report.postalCode'), render: (row) => row.postalCode ?? '—' },
            { key: 'town', header: t('imports.report.town'), render: (row) => row.town ?? '—' },
          ]}
        />
      ) : null}
    </Stack>
  );
}
