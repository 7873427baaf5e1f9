// On a recipient's start page: the organisation's issued decisions (each letter as PDF) and what
// has been paid and when — or, for a clawback, what is to be repaid, by when, with which OCR
// reference, and what is paid and remaining; and its account for payouts, which its signatory can set.
import { useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import type { Decision } from '../../../contracts/decisions';
import type { MyReceivable } from '../../../contracts/receivables';
import { useAuth } from '../../auth';
import { decisionsApi } from './api';
import { formatDate, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { LetterLink, PayoutCell } from './decisions-page';
import { receivablesApi } from '../receivables/api';
import { queryKeys, useApiQuery } from '../../query';
import { DataTable } from '../../components/data-table';
import { Loading } from '../../components/loading';
import { PaymentAccountForm } from '../payouts/payment-account-form';
import { ProblemAlert } from '../../components/problem-alert';
import { ReceivableStateTag } from '../receivables/receivable-table';

/**
 * What a decision means for payment: a clawback's amount to repay, due date, OCR reference, paid
 * and remaining (from "Mina fordringar"); otherwise its payout.
 */
function PaymentCell({ decision, owed }: { decision: Decision; owed: MyReceivable | undefined }) {
  const { t, locale } = useI18n();
  const kr = (value: number) => formatKronor(value, locale);
  if (decision.kind !== 'clawback') return <PayoutCell decision={decision} />;
  if (!owed) return <>{t('myDecisions.clawbackAmount', { amount: kr(decision.amountKr) })}</>;
  return (
    <>
      {t('myDecisions.clawback', {
        amount: kr(owed.amountKr),
        date: formatDate(owed.dueOn, locale),
        ocr: owed.ocrReference,
        paid: kr(owed.paidKr),
        outstanding: kr(owed.outstandingKr),
      })}{' '}
      <ReceivableStateTag state={owed.state} />
    </>
  );
}

export function MyDecisions() {
  const { t, locale } = useI18n();
  const decisions = useApiQuery(queryKeys.myDecisions, (signal) =>
    decisionsApi.myDecisions(signal),
  );
  const items = decisions.data?.items ?? [];
  const hasClawback = items.some((d) => d.kind === 'clawback');
  const receivables = useApiQuery(
    queryKeys.myReceivables,
    (signal) => receivablesApi.mine(signal),
    { enabled: hasClawback },
  );
  const owed = new Map(
    (receivables.data?.rows ?? [])
      .filter((row) => row.kind === 'clawback')
      .map((row) => [row.id, row]),
  );
  const columns: ColumnDef<Decision>[] = [
    { accessorKey: 'referenceNumber', header: t('decisions.col.reference') },
    { accessorKey: 'grantName', header: t('decisions.col.grant') },
    {
      accessorKey: 'decidedOn',
      header: t('decisions.col.decidedOn'),
      cell: (info) =>
        info.row.original.decidedOn ? formatDate(info.row.original.decidedOn, locale) : '–',
    },
    {
      accessorKey: 'amountKr',
      header: t('decisions.col.amount'),
      cell: (info) => formatKronor(info.row.original.amountKr, locale),
    },
    {
      id: 'payment',
      header: t('myDecisions.col.payment'),
      enableSorting: false,
      cell: (info) => (
        <PaymentCell decision={info.row.original} owed={owed.get(info.row.original.id)} />
      ),
    },
    {
      id: 'letter',
      header: t('decisions.col.letter'),
      enableSorting: false,
      cell: ({ row: { original: decision } }) => (
        <LetterLink
          decisionId={decision.id}
          name={decision.referenceNumber ?? decision.recipientName}
        />
      ),
    },
  ];
  return (
    <section aria-labelledby="my-decisions">
      <h2 id="my-decisions">{t('myDecisions.heading')}</h2>
      {decisions.error ? (
        <ProblemAlert error={decisions.error} autoFocus={false} headingLevel={3} />
      ) : null}
      {decisions.isPending ? <Loading /> : null}
      {decisions.data && items.length === 0 ? <p>{t('myDecisions.empty')}</p> : null}
      {items.length > 0 ? (
        <DataTable
          caption={t('myDecisions.tableCaption')}
          id="my-decisions-table"
          data={items}
          columns={columns}
          numeric={new Set(['amountKr'])}
          rowHeader="referenceNumber"
          rowKey={(decision) => decision.id}
          stacked
        />
      ) : null}
      <PaymentAccountSection />
    </section>
  );
}

function PaymentAccountSection() {
  const { t, locale } = useI18n();
  const { session, can } = useAuth();
  const code = session?.user?.recipientCode ?? '';
  const typeName = (type: 'bankgiro' | 'plusgiro') =>
    t(type === 'bankgiro' ? 'account.bankgiro' : 'account.plusgiro');
  const queryClient = useQueryClient();
  const account = useApiQuery(
    queryKeys.paymentAccount(code),
    (signal) => decisionsApi.paymentAccount(code, signal),
    { enabled: code !== '' },
  );
  if (!code) return null;
  const current = account.data?.account;
  return (
    <>
      <h3>{t('account.heading')}</h3>
      {account.error ? (
        <ProblemAlert error={account.error} autoFocus={false} headingLevel={3} />
      ) : null}
      {account.data ? (
        <p>
          {current
            ? t('account.current', {
                type: t(
                  current.accountType === 'bankgiro' ? 'account.bankgiro' : 'account.plusgiro',
                ),
                number: current.accountNumber,
              })
            : t('account.none')}
        </p>
      ) : null}
      {account.data?.pendingChange ? (
        <p className="notice notice--warning">
          {t('account.pending', {
            type: typeName(account.data.pendingChange.accountType),
            number: account.data.pendingChange.accountNumber,
            by: account.data.pendingChange.proposedBy,
          })}
        </p>
      ) : null}
      {account.data && account.data.history.length > 0 ? (
        <>
          <h4>{t('account.historyHeading')}</h4>
          <ul>
            {account.data.history.map((entry) => (
              <li key={`${entry.at}-${entry.kind}`}>
                {t(`account.history.${entry.kind}`, {
                  date: formatDate(entry.at.slice(0, 10), locale),
                  by: entry.by,
                  type: typeName(entry.accountType),
                  number: entry.accountNumber,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {can('payment_account.manage') ? (
        <PaymentAccountForm
          code={code}
          onSaved={() =>
            void queryClient.invalidateQueries({ queryKey: queryKeys.paymentAccount(code) })
          }
        />
      ) : null}
    </>
  );
}
