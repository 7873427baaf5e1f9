// Every recipient of an allocation in one table: sortable by any column, filtered by type and by a
// search on code or name, with the count and the sum of what is shown, and each row's explanation.
import { useMemo, useState } from 'react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
} from '@tanstack/react-table';
import type { Allocation, AllocationRow } from '../../http/routes/allocations.schema';
import { formatKronor, formatPercent, rationalToDecimal } from '../format';
import { useI18n } from '../i18n/i18n';
import { Dialog } from './dialog';
import { Explanation } from './explanation';
import { SortableHeader } from './sortable-header';
import { TableScroll } from './table-scroll';

type RecipientType = 'municipality' | 'region';
interface Row extends AllocationRow {
  type: RecipientType;
  sharePercent: string;
}

/** Municipalities have 4-digit codes (kommunkod), regions 2-digit county codes. */
function recipientTypeOf(code: string): RecipientType {
  return code.length === 2 ? 'region' : 'municipality';
}

const NUMERIC = new Set(['amountKr', 'sharePercent']);

export function AllocationTable({ allocation }: { allocation: Allocation }) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<'' | RecipientType>('');
  const [sorting, setSorting] = useState<SortingState>([]);
  const [explained, setExplained] = useState<Row | null>(null);

  const rows = useMemo<Row[]>(
    () =>
      allocation.rows.map((row) => ({
        ...row,
        type: recipientTypeOf(row.recipientCode),
        sharePercent:
          allocation.totalKr > 0
            ? rationalToDecimal(`${row.amountKr * 100}/${allocation.totalKr}`, 6)
            : '0',
      })),
    [allocation],
  );
  const filtered = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(locale);
    return rows.filter(
      (row) =>
        (type === '' || row.type === type) &&
        (needle === '' ||
          row.recipientCode.startsWith(needle) ||
          row.recipientName.toLocaleLowerCase(locale).includes(needle)),
    );
  }, [rows, query, type, locale]);
  const sum = filtered.reduce((total, row) => total + row.amountKr, 0);

  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      { accessorKey: 'recipientCode', header: t('recipient.code') },
      {
        accessorKey: 'recipientName',
        header: t('recipient.name'),
        sortingFn: (a, b) =>
          a.original.recipientName.localeCompare(b.original.recipientName, locale),
      },
      {
        accessorKey: 'type',
        header: t('recipient.type'),
        cell: (info) =>
          t(
            info.row.original.type === 'region'
              ? 'recipientType.region'
              : 'recipientType.municipality',
          ),
      },
      {
        accessorKey: 'amountKr',
        header: t('allocation.amount'),
        sortDescFirst: true,
        cell: (info) => formatKronor(info.row.original.amountKr, locale),
      },
      {
        accessorKey: 'sharePercent',
        header: t('allocation.share'),
        sortDescFirst: true,
        sortingFn: (a, b) => a.original.amountKr - b.original.amountKr,
        cell: (info) => formatPercent(info.row.original.sharePercent, locale, 2),
      },
      {
        id: 'explanation',
        header: () => <span className="visually-hidden">{t('allocation.explanation')}</span>,
        enableSorting: false,
        cell: (info) => (
          <button
            type="button"
            className="button button--small"
            onClick={() => setExplained(info.row.original)}
          >
            {t('allocation.explain')}
            <span className="visually-hidden">
              {' '}
              {t('allocation.explainFor', { name: info.row.original.recipientName })}
            </span>
          </button>
        ),
      },
    ],
    [t, locale],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns functions the React Compiler cannot memoise; this component is not compiled
  const table = useReactTable({
    data: filtered,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return (
    <>
      <div className="filters" role="search" aria-label={t('allocation.filters')}>
        <div className="field">
          <label htmlFor="allocation-search" className="field__label">
            {t('allocation.search')}
          </label>
          <input
            id="allocation-search"
            type="search"
            className="input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="allocation-type" className="field__label">
            {t('recipient.type')}
          </label>
          <select
            id="allocation-type"
            className="input"
            value={type}
            onChange={(event) =>
              setType(
                event.target.value === 'region'
                  ? 'region'
                  : event.target.value === 'municipality'
                    ? 'municipality'
                    : '',
              )
            }
          >
            <option value="">{t('recipientType.all')}</option>
            <option value="municipality">{t('recipientType.municipality.plural')}</option>
            <option value="region">{t('recipientType.region.plural')}</option>
          </select>
        </div>
      </div>
      <p role="status" className="table-status">
        {t('allocation.showing', { shown: filtered.length, total: rows.length })}
      </p>
      <TableScroll label={t('allocation.tableCaption')}>
        <table className="table table--striped" id="allocation-rows">
          <caption className="visually-hidden">{t('allocation.tableCaption')}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortableHeader
                    key={header.id}
                    header={header}
                    numeric={NUMERIC.has(header.column.id)}
                  />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={NUMERIC.has(cell.column.id) ? 'num' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('allocation.sumRow', { count: filtered.length })}
              </th>
              <td className="num" data-testid="filtered-sum">
                {formatKronor(sum, locale)}
              </td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {explained ? (
        <Dialog
          wide
          title={t('explain.title', {
            name: explained.recipientName,
            code: explained.recipientCode,
          })}
          onClose={() => setExplained(null)}
        >
          <Explanation allocation={allocation} row={explained} />
        </Dialog>
      ) : null}
    </>
  );
}
