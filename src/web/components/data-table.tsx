// One table for the lists people read and sort: TanStack Table underneath, a real button in each
// sortable header (SortableHeader), numbers right-aligned, an optional row header column, a
// visually hidden caption, horizontal scrolling (or cards, `stacked`) on narrow screens, and a
// footer for sums.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
} from '@tanstack/react-table';
import type { Locale } from '../format';
import type { Translate } from '../i18n/i18n';
import { SortableHeader } from './sortable-header';
import { TableScroll } from './table-scroll';

export interface DataTableProps<T> {
  caption: string;
  data: T[];
  columns: ColumnDef<T>[];
  /** The table element's id (tests and skip links find it). */
  id?: string;
  /** Columns shown as numbers (right-aligned, tabular). */
  numeric?: ReadonlySet<string>;
  /** Columns whose cells are codes or numbers written as text (aligned, not summed). */
  numericText?: ReadonlySet<string>;
  /** The column whose cell names the row (<th scope="row">). */
  rowHeader?: string;
  /** An extra class for a cell (a negative difference, say). */
  cellClassName?: (columnId: string, row: T) => string | undefined;
  /** false: the order given is kept and headers are plain (default true). */
  sortable?: boolean;
  /** The footer's row(s), usually the sum of what is shown. */
  footer?: ReactNode;
  rowKey?: (row: T, index: number) => string;
  /**
   * On a narrow screen each row becomes a card: one cell under the other, each with its column's
   * name (the header text, or `meta.label` for a header that is not a string) before it.
   */
  stacked?: boolean;
  /** Narrower cell padding, for a table of many columns that must fit the page (Mina fordringar). */
  compact?: boolean;
}

/** The column's name as text: its header when that is a string, else `meta.label`. */
function columnLabel<T>(column: ColumnDef<T>): string | undefined {
  if (typeof column.header === 'string') return column.header;
  return (column.meta as { label?: string } | undefined)?.label;
}

export function DataTable<T>({
  caption,
  data,
  columns,
  id,
  numeric,
  numericText,
  rowHeader,
  cellClassName,
  sortable = true,
  footer,
  rowKey,
  stacked = false,
  compact = false,
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns functions the React Compiler cannot memoise; this component is not compiled
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    enableSorting: sortable,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    ...(rowKey && { getRowId: rowKey }),
  });
  const classOf = (columnId: string, row: T) =>
    [
      numeric?.has(columnId) ? 'num' : numericText?.has(columnId) ? 'num-text' : undefined,
      cellClassName?.(columnId, row),
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <TableScroll label={caption}>
      <table
        className={`table table--striped${stacked ? ' table--stack' : ''}${compact ? ' table--compact' : ''}`}
        id={id}
      >
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableHeader
                  key={header.id}
                  header={header}
                  numeric={numeric?.has(header.column.id)}
                />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => {
                const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                const className = classOf(cell.column.id, row.original);
                const label = stacked ? columnLabel(cell.column.columnDef) : undefined;
                return cell.column.id === rowHeader ? (
                  <th key={cell.id} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} className={className} data-label={label}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </TableScroll>
  );
}

/** The code and name columns every list of recipients starts with (names sorted as in Swedish). */
export function recipientColumns<T extends { recipientCode: string; recipientName: string }>(
  t: Translate,
  locale: Locale,
): ColumnDef<T>[] {
  return [
    { accessorKey: 'recipientCode', header: t('recipient.code') },
    {
      accessorKey: 'recipientName',
      header: t('recipient.name'),
      sortingFn: (a, b) => a.original.recipientName.localeCompare(b.original.recipientName, locale),
    },
  ];
}

/** The last column: a button that explains the row's amount (the header is read, not shown). */
export function explainColumn<T>(options: {
  header: string;
  button: string;
  /** Said after the button's text to screen readers: which row it explains. */
  buttonFor: (row: T) => string;
  onExplain: (row: T) => void;
}): ColumnDef<T> {
  return {
    id: 'explanation',
    header: () => <span className="visually-hidden">{options.header}</span>,
    enableSorting: false,
    cell: (info) => (
      <button
        type="button"
        className="button button--small"
        onClick={() => options.onExplain(info.row.original)}
      >
        {options.button}
        <span className="visually-hidden"> {options.buttonFor(info.row.original)}</span>
      </button>
    ),
  };
}
