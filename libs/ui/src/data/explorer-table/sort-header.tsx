import { Table, UnstyledButton } from '@mantine/core';
import type { Column } from '@tanstack/react-table';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;
const sortIcon = { asc: '↑', desc: '↓' } as const;

interface SortHeaderProps<T> {
  label: string;
  /** The TanStack column; without it the header is plain text. */
  column: Column<T, unknown> | undefined;
  numeric: boolean;
}

/** A column header; when the column sorts, a button that cycles ascending → descending → unsorted. */
export function SortHeader<T>({ label, column, numeric }: SortHeaderProps<T>) {
  const align = numeric ? 'right' : 'left';
  if (!column?.getCanSort()) {
    return (
      <Table.Th scope="col" style={{ textAlign: align }}>
        {label}
      </Table.Th>
    );
  }
  const direction = column.getIsSorted();
  return (
    <Table.Th scope="col" aria-sort={direction ? ariaSort[direction] : 'none'} style={{ textAlign: align }}>
      <UnstyledButton
        onClick={column.getToggleSortingHandler()}
        fw="inherit"
        style={{ display: 'inline-flex', gap: 4, alignItems: 'center', flexDirection: numeric ? 'row-reverse' : 'row' }}
      >
        {label}
        <span aria-hidden="true" style={{ opacity: direction ? 1 : 0.55 }}>
          {direction ? sortIcon[direction] : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
