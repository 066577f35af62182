/** A value an export can write: text, a number (kept numeric), a date, or nothing. */
export type ExportValue = string | number | Date | null;

/**
 * One column of a CSV or XLSX export. `value` reads the raw value of a row;
 * `format`, when given, turns text values into the words written in the file
 * (a status code into its label, say). Numbers and dates are never formatted:
 * spreadsheets receive them as numbers and dates so that they can compute with them.
 */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => ExportValue;
  format?: (value: string | number) => string;
}

/** The text a column writes for a string value (its label when the column formats it). */
export function exportText<T>(column: ExportColumn<T>, value: string): string {
  return column.format ? column.format(value) : value;
}
