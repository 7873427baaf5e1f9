// What the officer's receivables page and the recipient's "Mina fordringar" share: the receivable
// columns of the shared DataTable (kind, OCR, due date, state, amount, paid, remaining), the totals
// row, the state tag and a chart of paid, outstanding and overdue kronor (docs/audit-and-clawback.md).
import { lazy, Suspense } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { Receivable, Receivables } from '../../../contracts/receivables';
import { formatDate, formatKronor, type Locale } from '../../format';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../components/loading';

const BarChartFigure = lazy(() =>
  import('../../components/bar-chart-figure').then((m) => ({ default: m.BarChartFigure })),
);

export const RECEIVABLE_STATES = ['open', 'partly_paid', 'overdue', 'paid'] as const;
export const RECEIVABLE_KINDS = ['repayment', 'clawback'] as const;
/** The amount columns (right-aligned, summed in the footer). */
export const RECEIVABLE_AMOUNTS = new Set(['amountKr', 'paidKr', 'outstandingKr']);

type Totals = Receivables['totals'];

export function ReceivableStateTag({ state }: { state: Receivable['state'] }) {
  const { t } = useI18n();
  return <span className={`tag tag--receivable-${state}`}>{t(`receivables.state.${state}`)}</span>;
}

/** Kind (with a clawback's reference number), OCR reference, due date, state and the amounts. */
export function receivableColumns<T extends Receivable>(
  t: Translate,
  locale: Locale,
): ColumnDef<T>[] {
  const kr = (value: number) => formatKronor(value, locale);
  return [
    {
      id: 'kind',
      accessorFn: (row) => t(`receivables.kind.${row.kind}`),
      header: t('receivables.col.kind'),
      cell: (info) =>
        `${info.getValue<string>()}${info.row.original.referenceNumber ? ` ${info.row.original.referenceNumber}` : ''}`,
    },
    { accessorKey: 'ocrReference', header: t('receivables.col.ocr') },
    {
      accessorKey: 'dueOn',
      header: t('receivables.col.due'),
      cell: (info) => formatDate(info.row.original.dueOn, locale),
    },
    {
      id: 'state',
      accessorFn: (row) => RECEIVABLE_STATES.indexOf(row.state),
      header: t('receivables.col.state'),
      cell: (info) => <ReceivableStateTag state={info.row.original.state} />,
    },
    {
      accessorKey: 'amountKr',
      header: t('receivables.col.amount'),
      cell: (info) => kr(info.row.original.amountKr),
    },
    {
      accessorKey: 'paidKr',
      header: t('receivables.col.paid'),
      cell: (info) => kr(info.row.original.paidKr),
    },
    {
      accessorKey: 'outstandingKr',
      header: t('receivables.col.outstanding'),
      cell: (info) => kr(info.row.original.outstandingKr),
    },
  ];
}

/**
 * The footer row: the label over the leading columns, then the three sums (named, for a stacked
 * table's card), then `trailing` empty cells.
 */
export function ReceivableTotalsRow(props: {
  label: string;
  span: number;
  totals: Pick<Totals, 'amountKr' | 'paidKr' | 'outstandingKr'>;
  trailing?: number;
}) {
  const { t, locale } = useI18n();
  const kr = (value: number) => formatKronor(value, locale);
  return (
    <tr>
      <th scope="row" colSpan={props.span}>
        {props.label}
      </th>
      <td className="num" data-label={t('receivables.col.amount')}>
        {kr(props.totals.amountKr)}
      </td>
      <td className="num" data-label={t('receivables.col.paid')}>
        {kr(props.totals.paidKr)}
      </td>
      <td className="num" data-label={t('receivables.col.outstanding')}>
        {kr(props.totals.outstandingKr)}
      </td>
      {props.trailing ? <td colSpan={props.trailing} /> : null}
    </tr>
  );
}

/** The sums of the rows shown (the totals of a filtered list). */
export function sumReceivables(rows: readonly Receivable[]): Totals {
  const sum = (pick: (r: Receivable) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    amountKr: sum((r) => r.amountKr),
    paidKr: sum((r) => r.paidKr),
    outstandingKr: sum((r) => r.outstandingKr),
    overdueKr: sum((r) => (r.state === 'overdue' ? r.outstandingKr : 0)),
  };
}

/** Paid, outstanding not yet due, and overdue kronor as a bar chart with its data table. */
export function ReceivableChart({ caption, totals }: { caption: string; totals: Totals }) {
  const { t, locale } = useI18n();
  const data = [
    { label: t('receivables.chart.paid'), value: totals.paidKr },
    { label: t('receivables.chart.notDue'), value: totals.outstandingKr - totals.overdueKr },
    { label: t('receivables.chart.overdue'), value: totals.overdueKr },
  ];
  return (
    <Suspense fallback={<Loading />}>
      <BarChartFigure
        caption={caption}
        data={data}
        format={(value) => formatKronor(value, locale)}
        labelHeader={t('receivables.chart.part')}
        valueHeader={t('receivables.chart.kronor')}
      />
    </Suspense>
  );
}
