// Every recipient of an allocation in one table: sortable by any column, filtered by type and by a
// search on code or name, with the count and the sum of what is shown, and each row's explanation.
import { useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { Allocation, AllocationRow } from '../../../contracts/allocation';
import { formatKronor, formatPercent, rationalToDecimal } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { DataTable, explainColumn, recipientColumns } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { Explanation } from '../../components/explanation';
import {
  matchesRecipient,
  recipientTypeChoices,
  TableFilters,
} from '../../components/table-filters';

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
  const { t, plural, locale } = useI18n();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<'' | RecipientType>('');
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
      (row) => (type === '' || row.type === type) && matchesRecipient(row, needle, locale),
    );
  }, [rows, query, type, locale]);
  const sum = filtered.reduce((total, row) => total + row.amountKr, 0);

  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      ...recipientColumns<Row>(t, locale),
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
      explainColumn<Row>({
        header: t('allocation.explanation'),
        button: t('allocation.explain'),
        buttonFor: (row) => t('allocation.explainFor', { name: row.recipientName }),
        onExplain: setExplained,
      }),
    ],
    [t, locale],
  );

  return (
    <>
      <TableFilters
        label={t('allocation.filters')}
        idPrefix="allocation"
        search={{ label: t('allocation.search'), value: query, onChange: setQuery }}
        choice={{
          name: 'type',
          label: t('recipient.type'),
          value: type,
          options: recipientTypeChoices(t),
          onChange: (value) => setType(value === 'region' || value === 'municipality' ? value : ''),
        }}
      />
      <p role="status" className="table-status">
        {plural('allocation.showing', rows.length, { shown: filtered.length })}
      </p>
      <DataTable
        id="allocation-rows"
        caption={t('allocation.tableCaption')}
        data={filtered}
        columns={columns}
        numeric={NUMERIC}
        footer={
          <tr>
            <th scope="row" colSpan={3}>
              {plural('allocation.sumRow', filtered.length)}
            </th>
            <td className="num" data-testid="filtered-sum">
              {formatKronor(sum, locale)}
            </td>
            <td colSpan={2} />
          </tr>
        }
      />
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
