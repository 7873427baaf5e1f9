// "Mina fordringar" (/mina-fordringar): what the recipient's organisation owes the agency on every
// grant — repayment demands and clawbacks with OCR reference, due date, state, paid and remaining,
// each with its letter — and the totals, as text, a chart and in the table's footer.
import type { ColumnDef } from '@tanstack/react-table';
import type { MyReceivable } from '../../../contracts/receivables';
import { DataTable } from '../../components/data-table';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import {
  RECEIVABLE_AMOUNTS,
  ReceivableChart,
  receivableColumns,
  ReceivableTotalsRow,
} from './receivable-table';
import { formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { receivablesApi } from './api';
import { queryKeys, useApiQuery } from '../../query';

export function MyReceivablesPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('myReceivables.title'));
  const receivables = useApiQuery(queryKeys.myReceivables, (signal) => receivablesApi.mine(signal));
  const view = receivables.data;
  const kr = (value: number) => formatKronor(value, locale);
  // The agency's one bankgiro, the same on every row: said once above the table, not as a column
  // (the table must fit 1280 px with long grant names; they wrap in their column).
  const bankgiro = view?.rows.find((r) => r.bankgiro !== null)?.bankgiro ?? null;
  const [kind, ocr, ...rest] = receivableColumns<MyReceivable>(t, locale);
  const columns: ColumnDef<MyReceivable>[] = [
    {
      id: 'grant',
      accessorFn: (row) => `${row.grantName} ${row.grantYear}`,
      header: t('receivables.col.grant'),
      cell: (info) => info.row.original.grantName,
    },
    kind!,
    ocr!,
    ...rest,
    {
      id: 'letter',
      header: t('receivables.col.letter'),
      enableSorting: false,
      cell: (info) => (
        <a href={info.row.original.letterUrl} download>
          {t('myReceivables.letter')}
          <span className="visually-hidden">
            {' '}
            {t(`receivables.kind.${info.row.original.kind}`)} {info.row.original.ocrReference}
          </span>
        </a>
      ),
    },
  ];
  return (
    <>
      <h1>{t('myReceivables.title')}</h1>
      <p className="lead">{t('myReceivables.intro')}</p>
      {receivables.error ? <ProblemAlert error={receivables.error} autoFocus={false} /> : null}
      {receivables.isPending ? <Loading /> : null}
      {view && view.rows.length === 0 ? <p>{t('myReceivables.empty')}</p> : null}
      {view && view.rows.length > 0 ? (
        <>
          <p data-testid="my-receivables-totals">
            {t('myReceivables.totals', {
              amount: kr(view.totals.amountKr),
              paid: kr(view.totals.paidKr),
              outstanding: kr(view.totals.outstandingKr),
              overdue: kr(view.totals.overdueKr),
            })}
          </p>
          {bankgiro ? (
            <p data-testid="my-receivables-bankgiro">{t('myReceivables.payTo', { bankgiro })}</p>
          ) : null}
          <DataTable
            caption={t('myReceivables.caption')}
            id="my-receivables"
            data={view.rows}
            columns={columns}
            numeric={RECEIVABLE_AMOUNTS}
            numericText={new Set(['ocrReference'])}
            rowHeader="grant"
            rowKey={(row) => `${row.kind}:${row.id}`}
            stacked
            compact
            footer={
              <ReceivableTotalsRow
                label={t('receivables.totals')}
                span={columns.length - 4}
                totals={view.totals}
                trailing={1}
              />
            }
          />
          <ReceivableChart caption={t('myReceivables.chartCaption')} totals={view.totals} />
        </>
      ) : null}
    </>
  );
}
