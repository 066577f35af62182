import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/browser';
import { exportText, type ExportColumn, type ExportValue } from './export-column';
import { parisWallClock } from './paris-wall-clock';
import { withExtension } from './save-file';

const SHEET_NAME_MAX_LENGTH = 31;
const SHEET_NAME_FORBIDDEN = /[[\]/\\:*?]/g;

/** Excel refuses sheet names longer than 31 characters or holding []/\:*?. */
export function xlsxSheetName(name: string): string {
  const cleaned = name.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, SHEET_NAME_MAX_LENGTH).trim();
  return cleaned || 'Export';
}

// Excel dates have no time zone: write the Paris wall-clock time as if it were UTC.
function xlsxDate(date: Date): Cell {
  const { year, month, day, hour, minute } = parisWallClock(date);
  const hasTime = hour !== 0 || minute !== 0;
  return { type: Date, value: new Date(Date.UTC(year, month - 1, day, hour, minute)), format: hasTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy' };
}

function xlsxCell<T>(column: ExportColumn<T>, value: ExportValue): Cell {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { type: Number, value } : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : xlsxDate(value);
  return { type: String, value: exportText(column, value) };
}

/** The sheet's cells: a bold header row, then one row per item; numbers stay numbers. */
export function toXlsxSheet<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): SheetData {
  const header: Cell[] = columns.map((column) => ({ value: column.header, fontWeight: 'bold' }));
  return [header, ...rows.map((row) => columns.map((column) => xlsxCell(column, column.value(row))))];
}

const textLength = (cell: Cell | undefined) => (cell && typeof cell === 'object' && 'value' in cell && typeof cell.value === 'string' ? cell.value.length : 0);

/** Column widths (in characters) that fit the header and the longest text, within reason. */
function columnWidths(sheet: SheetData): { width: number }[] {
  const header = sheet[0] ?? [];
  return header.map((_, index) => {
    const longest = sheet.reduce((max, row) => Math.max(max, textLength(row[index])), 0);
    return { width: Math.min(60, Math.max(10, longest + 2)) };
  });
}

/** Downloads the rows as a one-sheet XLSX workbook (header row bold and frozen). */
export async function downloadXlsx<T>(fileName: string, sheetName: string, columns: readonly ExportColumn<T>[], rows: readonly T[]): Promise<void> {
  const sheet = toXlsxSheet(columns, rows);
  await writeXlsxFile(sheet, { sheet: xlsxSheetName(sheetName), columns: columnWidths(sheet), stickyRowsCount: 1 }).toFile(withExtension(fileName, 'xlsx'));
}
