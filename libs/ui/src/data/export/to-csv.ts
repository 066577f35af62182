import Papa from 'papaparse';
import type { Locale } from '@ancrage/i18n';
import { exportText, type ExportColumn, type ExportValue } from './export-column';
import { parisWallClock } from './paris-wall-clock';

/** Excel opens a CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** French Excel expects `;` between fields and a decimal comma; English Excel `,` and a dot. */
const csvConventions: Record<Locale, { delimiter: string; numbers: Intl.NumberFormat }> = {
  fr: { delimiter: ';', numbers: new Intl.NumberFormat('fr-FR', { useGrouping: false, maximumFractionDigits: 15 }) },
  en: { delimiter: ',', numbers: new Intl.NumberFormat('en-GB', { useGrouping: false, maximumFractionDigits: 15 }) },
};

// Text starting like a formula is prefixed with ' so a spreadsheet shows it instead of running it;
// plain negative numbers are left alone.
const FORMULA_START = /^(?!-\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

const pad = (value: number) => String(value).padStart(2, '0');

/** `2025-03-14`, or `2025-03-14 09:30` when the time of day matters (Paris time). */
function csvDate(date: Date): string {
  const { year, month, day, hour, minute } = parisWallClock(date);
  const calendarDate = `${year}-${pad(month)}-${pad(day)}`;
  return hour === 0 && minute === 0 ? calendarDate : `${calendarDate} ${pad(hour)}:${pad(minute)}`;
}

function csvField<T>(column: ExportColumn<T>, value: ExportValue, numbers: Intl.NumberFormat): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? numbers.format(value) : '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : csvDate(value);
  return exportText(column, value);
}

/**
 * The rows as CSV text in the conventions of the locale's spreadsheets
 * (`fr`: `;` and decimal comma; `en`: `,` and decimal dot), header row first,
 * fields quoted only when needed, CRLF line ends. No byte order mark: `downloadCsv` adds it.
 */
export function toCsv<T>(columns: readonly ExportColumn<T>[], rows: readonly T[], locale: Locale): string {
  const { delimiter, numbers } = csvConventions[locale];
  return Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => csvField(column, column.value(row), numbers))),
    },
    { delimiter, newline: '\r\n', escapeFormulae: FORMULA_START },
  );
}
