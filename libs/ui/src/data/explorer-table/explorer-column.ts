import type { ReactNode } from 'react';
import type { ExportColumn } from '../export/export-column';

/**
 * A column of an `ExplorerTable`. `value` is what the column sorts, searches
 * and exports; `cell` (optional) is what the cell shows instead of the formatted value.
 * Assignable to `ExportColumn`, so a table's columns export as they are.
 */
export interface ExplorerColumn<T> extends ExportColumn<T> {
  key: string;
  header: string;
  value: (row: T) => string | number | null;
  cell?: (row: T) => ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** True by default. */
  sortable?: boolean;
  /** The text of a value in cells (when there is no `cell`) and in exports (text values only: see `ExportColumn`). */
  format?: (value: string | number) => string;
}
