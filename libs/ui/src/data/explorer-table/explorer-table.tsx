import type { ReactNode } from 'react';
import { Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app-context/use-locale.hook';
import { ExportButtons } from '../export/export-buttons';
import { TablePagination } from '../table-pagination';
import type { ExplorerColumn } from './explorer-column';
import { SortHeader } from './sort-header';
import { useExplorerTable } from './use-explorer-table.hook';

interface ExplorerTableProps<T> {
  /** Names the table (visible caption) and its scrolling region. */
  caption: string;
  columns: readonly ExplorerColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown in place of the rows when there are none at all. */
  empty: ReactNode;
  /** 25 by default. */
  pageSize?: number;
  /** Label of the text search (over the columns' text values, accents and case ignored). */
  filterLabel: string;
  /** The caller's own filters (selects…), placed beside the text search. */
  filters?: ReactNode;
  /** When set, shows CSV and XLSX exports of the matching rows (all pages, in the shown order). */
  exportFileName?: string;
  /** Horizontal scrolling below this width (phones). */
  minWidth?: number;
}

function NoValue() {
  const { t } = useTranslation('common');
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('table.noValue')}</VisuallyHidden>
    </>
  );
}

/** A back-office list: sortable columns, text search, pages, exports, with the accessibility of `DataTable`. */
export function ExplorerTable<T>({ caption, columns, rows, rowKey, empty, pageSize = 25, filterLabel, filters, exportFileName, minWidth = 600 }: ExplorerTableProps<T>) {
  const { t } = useTranslation('common');
  const format = useFormatters();
  const { table, search, setSearch, matchingRows } = useExplorerTable({ columns, rows, rowKey, pageSize });
  const { pageIndex } = table.getState().pagination;

  const cellContent = (column: ExplorerColumn<T>, row: T): ReactNode => {
    if (column.cell) return column.cell(row);
    const value = column.value(row);
    if (value === null) return <NoValue />;
    if (column.format) return column.format(value);
    return typeof value === 'number' ? format.number(value) : value;
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput type="search" label={filterLabel} value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={280} />
          {filters}
        </Group>
        {exportFileName ? <ExportButtons fileName={exportFileName} sheetName={caption} columns={columns} rows={matchingRows} /> : null}
      </Group>
      <Text size="sm" role="status">
        {t('table.resultCount', { count: matchingRows.length, shown: format.number(matchingRows.length), total: format.number(rows.length) })}
      </Text>
      {/* Keyboard users can scroll the table sideways on narrow screens. */}
      <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
        <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
          {/* Body text colour: Mantine's dimmed caption is below 4.5:1 on white. */}
          <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <SortHeader key={column.key} label={column.header} column={table.getColumn(column.key)} numeric={column.numeric ?? false} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matchingRows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text py="sm">{rows.length === 0 ? empty : t('table.noMatch')}</Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <Table.Tr key={row.id}>
                  {columns.map((column) => (
                    <Table.Td key={column.key} style={column.numeric ? { textAlign: 'right', whiteSpace: 'nowrap' } : undefined}>
                      {cellContent(column, row.original)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePagination
        page={pageIndex + 1}
        pageSize={table.getState().pagination.pageSize}
        total={matchingRows.length}
        onChange={(page) => table.setPageIndex(page - 1)}
        label={t('table.pages', { caption })}
      />
    </Stack>
  );
}
