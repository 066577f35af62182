import { useDeferredValue, useMemo, useState } from 'react';
import {
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type FilterFn,
  type PaginationState,
  type SortingFn,
  type SortingState,
} from '@tanstack/react-table';
import { compareValues } from './compare-values';
import type { ExplorerColumn } from './explorer-column';
import { normalizeForSearch } from './normalize-for-search';

type CellValue = string | number | undefined;

// Nulls are read as `undefined` so that TanStack's `sortUndefined: 'last'` keeps them last in both directions.
const byFrenchOrder: SortingFn<unknown> = (rowA, rowB, columnId) =>
  compareValues(rowA.getValue<string | number>(columnId), rowB.getValue<string | number>(columnId));

const textSearch: FilterFn<unknown> = (row, columnId, query: string) => {
  const value = row.getValue<CellValue>(columnId);
  return typeof value === 'string' && normalizeForSearch(value).includes(query);
};
textSearch.resolveFilterValue = (query: string) => normalizeForSearch(query);

function toColumnDef<T>(column: ExplorerColumn<T>): ColumnDef<T, CellValue> {
  return {
    id: column.key,
    accessorFn: (row) => column.value(row) ?? undefined,
    enableSorting: column.sortable ?? true,
    sortingFn: byFrenchOrder as SortingFn<T>,
    sortUndefined: 'last',
  };
}

interface ExplorerTableOptions<T> {
  columns: readonly ExplorerColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  pageSize: number;
}

/** Sorting (one column, asc → desc → none), accent-insensitive text search and pages, on TanStack Table. */
export function useExplorerTable<T>({ columns, rows, rowKey, pageSize }: ExplorerTableOptions<T>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  const columnDefs = useMemo(() => columns.map(toColumnDef), [columns]);

  // The app does not run the React Compiler; TanStack Table's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<T>({
    // TanStack types its data as mutable; it never changes it.
    data: rows as T[],
    columns: columnDefs,
    state: { sorting, globalFilter: deferredSearch.trim(), pagination },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    getRowId: (row) => rowKey(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    globalFilterFn: textSearch as FilterFn<T>,
    getColumnCanGlobalFilter: () => true,
    enableMultiSort: false,
    sortDescFirst: false,
  });

  const matchingRows = table.getPrePaginationRowModel().rows.map((row) => row.original);
  return { table, search, setSearch, matchingRows };
}
