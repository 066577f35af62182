import type { Locale } from '@ancrage/i18n';
import type { ExportColumn } from './export-column';
import { saveFile, withExtension } from './save-file';
import { toCsv, UTF8_BOM } from './to-csv';

/** Downloads the rows as a CSV file that Excel opens in the locale's conventions (see `toCsv`). */
export function downloadCsv<T>(fileName: string, columns: readonly ExportColumn<T>[], rows: readonly T[], locale: Locale): void {
  const text = UTF8_BOM + toCsv(columns, rows, locale);
  saveFile(withExtension(fileName, 'csv'), new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
