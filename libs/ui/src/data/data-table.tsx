import type { ReactNode } from 'react';
import { Table, Text, VisuallyHidden } from '@mantine/core';

export interface DataTableColumn<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
}

interface DataTableProps<T> {
  /** Names the table for assistive technologies; visible unless `hideCaption`. */
  caption: string;
  hideCaption?: boolean;
  columns: readonly DataTableColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown in place of the rows when there are none. */
  empty: ReactNode;
  /** Horizontal scrolling below this width (phones). */
  minWidth?: number;
  /** Marks a row as selected (reading pane). */
  isSelected?: (row: T) => boolean;
}

/** An accessible table: caption, column headers, scrollable on small screens. */
export function DataTable<T>({ caption, hideCaption, columns, rows, rowKey, empty, minWidth = 600, isSelected }: DataTableProps<T>) {
  return (
    // Keyboard users can scroll the table sideways on narrow screens.
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{hideCaption ? <VisuallyHidden>{caption}</VisuallyHidden> : caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" style={column.numeric ? { textAlign: 'right' } : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text py="sm">{empty}</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => {
              const selected = isSelected?.(row) ?? false;
              return (
                <Table.Tr key={rowKey(row)} aria-selected={isSelected ? selected : undefined} bg={selected ? 'var(--mantine-primary-color-light)' : undefined}>
                  {columns.map((column) => (
                    <Table.Td key={column.key} style={column.numeric ? { textAlign: 'right', whiteSpace: 'nowrap' } : undefined}>
                      {column.render(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
