import { useId, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app-context/use-locale.hook';
import { useNotify } from '../../forms/notify';
import { downloadCsv } from './download-csv';
import { downloadXlsx } from './download-xlsx';
import type { ExportColumn } from './export-column';

interface ExportButtonsProps<T> {
  /** File name without extension, e.g. `communes-meuse`. */
  fileName: string;
  /** Name of the XLSX sheet (shortened to Excel's 31 characters); the file name by default. */
  sheetName?: string;
  columns: readonly ExportColumn<T>[];
  /** Exactly the rows to write, in order. */
  rows: readonly T[];
}

/** "Export as CSV" and "Export as XLSX"; disabled, with the reason shown, when there is nothing to export. */
export function ExportButtons<T>({ fileName, sheetName, columns, rows }: ExportButtonsProps<T>) {
  const { t } = useTranslation('common');
  const locale = useLocale();
  const notify = useNotify();
  const reasonId = useId();
  const [writingXlsx, setWritingXlsx] = useState(false);
  const empty = rows.length === 0;

  const exportXlsx = async () => {
    setWritingXlsx(true);
    try {
      await downloadXlsx(fileName, sheetName ?? fileName, columns, rows);
    } catch (error) {
      notify.failure(error);
    } finally {
      setWritingXlsx(false);
    }
  };

  return (
    <Group gap="xs" wrap="wrap">
      <Button variant="default" size="sm" disabled={empty} aria-describedby={empty ? reasonId : undefined} onClick={() => downloadCsv(fileName, columns, rows, locale)}>
        {t('export.csv')}
      </Button>
      <Button variant="default" size="sm" disabled={empty} aria-describedby={empty ? reasonId : undefined} loading={writingXlsx} onClick={() => void exportXlsx()}>
        {t('export.xlsx')}
      </Button>
      {empty ? (
        <Text id={reasonId} size="sm">
          {t('export.nothingToExport')}
        </Text>
      ) : null}
    </Group>
  );
}
