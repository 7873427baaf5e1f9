// A grant's payouts (/grants/:id/payouts): build a batch from the issued decisions not yet paid
// (case officer), approve it (decision maker), mark it paid and export it for the finance system.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router-dom';
import { z } from 'zod';
import { LocalDateSchema } from '../../../contracts/grants';
import type { PayoutBatch } from '../../../contracts/payouts';
import { todayInStockholm } from '../../../domain/dates';
import { api } from '../../api-client';
import { useAuth } from '../../auth';
import { ExportLinks } from '../../components/export-links';
import { Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { PaymentAccountForm } from './payment-account-form';
import { PaymentAccountChanges } from './payment-account-changes';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { decisionFileLinks, decisionsApi } from '../decisions/api';
import { formatDate, formatKronor } from '../../format';
import { FORM_BEHAVIOUR, zodMessages } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useState } from 'react';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { ConfirmActDialog, useBindingAct } from '../../components/confirm-act';

export function PayoutsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { id = '' } = useParams();
  usePageTitle(t('payouts.title'));
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
  const batches = useApiQuery(queryKeys.payouts(id), (signal) =>
    decisionsApi.payoutBatches(id, signal),
  );
  const error = grant.error ?? batches.error;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/grants/${id}`}>{t('decisions.back')}</Link>
      </p>
      <h1>{t('payouts.title')}</h1>
      {grant.data ? <p className="lead">{grant.data.name}</p> : null}
      {/* Who does what: the decision maker sees no way to build a batch, so is told who does. */}
      {can('payout.manage') ? null : <p>{t('payouts.whoBuilds')}</p>}
      {error ? <ProblemAlert error={error} autoFocus={false} /> : null}
      {can('payout.manage') ? <CreateBatch grantId={id} /> : null}
      {can('payment_account.manage') ? (
        <section aria-labelledby="accounts">
          <h2 id="accounts">{t('account.officerHeading')}</h2>
          <p>{t('account.officerHelp')}</p>
          <PaymentAccountForm />
        </section>
      ) : null}
      {can('payment_account.manage') || can('payment_account.confirm') ? (
        <PaymentAccountChanges />
      ) : null}
      {batches.data ? (
        batches.data.items.length === 0 ? (
          <p>{t('payouts.empty')}</p>
        ) : (
          batches.data.items.map((batch) => <BatchSection key={batch.id} batch={batch} />)
        )
      ) : error ? null : (
        <Loading />
      )}
    </>
  );
}

function CreateBatch({ grantId }: { grantId: string }) {
  const { t } = useI18n();
  // A batch takes the grant's issued decisions: everything of the grant is loaded again.
  const action = useApiMutation({
    mutationFn: (paymentOn: string) => decisionsApi.createPayoutBatch(grantId, paymentOn),
    invalidates: [queryKeys.grant(grantId)],
    announce: () => t('payouts.created'),
  });
  return (
    <section aria-labelledby="new-batch">
      <h2 id="new-batch">{t('payouts.create.heading')}</h2>
      <p>{t('payouts.create.help')}</p>
      {action.error ? <ProblemAlert error={action.error} headingLevel={3} /> : null}
      <DateForm
        id="payment-on"
        label={t('payouts.paymentOn')}
        submit={t('payouts.create')}
        busy={action.isPending}
        onSubmit={action.run}
      />
    </section>
  );
}

function BatchSection({ batch }: { batch: PayoutBatch }) {
  const { t, plural, locale } = useI18n();
  const { can, session } = useAuth();
  const ownEmail = session?.user?.email;
  const detail = useApiQuery(queryKeys.payoutBatch(batch.id), (signal) =>
    decisionsApi.payoutBatch(batch.id, signal),
  );
  // What a change to a batch makes stale: the batch, and the grant's batches and decisions.
  const stale = [queryKeys.payoutBatch(batch.id), queryKeys.grant(batch.grantId)];
  // Marking a batch paid binds the agency too (the recipients see the money as paid, the batch
  // locks): the day typed is confirmed with the batch's figures and ends in a receipt.
  const [paidOn, setPaidOn] = useState<string | null>(null);
  const markPaid = useBindingAct({
    perform: () => decisionsApi.markPayoutBatchPaid(batch.id, paidOn ?? ''),
    receiptOf: (paid) => ({ action: 'payout.batch_paid', entityId: paid.id }),
    invalidates: stale,
  });
  const approve = useBindingAct({
    perform: () => decisionsApi.approvePayoutBatch(batch.id),
    receiptOf: (approved) => ({ action: 'payout.batch_approved', entityId: approved.id }),
    invalidates: stale,
  });
  const date = formatDate(batch.paymentOn, locale);
  const headingId = `batch-${batch.id}`;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>
        {t('payouts.batch', { date })}{' '}
        <span className={`tag tag--${batch.status === 'draft' ? 'draft' : 'published'}`}>
          {t(`payouts.status.${batch.status}`)}
        </span>
      </h2>
      <p>
        {detail.data
          ? plural('payouts.total', detail.data.lines.length, {
              amount: formatKronor(batch.totalKr, locale),
            })
          : t('payouts.totalLoading', { amount: formatKronor(batch.totalKr, locale) })}
        {batch.paidOn
          ? ` · ${t('payouts.paidInfo', { date: formatDate(batch.paidOn, locale) })}`
          : ''}
      </p>
      <div className="actions">
        {batch.status === 'draft' && can('payout.approve') && batch.createdBy === ownEmail ? (
          <p className="muted">{t('payouts.yourBatch')}</p>
        ) : batch.status === 'draft' && can('payout.approve') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={approve.pending || !detail.data}
            onClick={approve.open}
          >
            {t('payouts.approve')}
          </button>
        ) : null}
      </div>
      {approve.isOpen && detail.data ? (
        <ConfirmActDialog
          title={t('confirm.payout.title')}
          consequence={
            <p>
              {t('confirm.payout.consequence', {
                amount: formatKronor(batch.totalKr, locale),
                count: detail.data.lines.length,
                date,
              })}
            </p>
          }
          confirmLabel={t('confirm.payout.confirm')}
          act={approve}
        />
      ) : null}
      <ExportLinks
        links={(
          [
            ['pdf', 'payouts.exportPdf'],
            ['csv', 'payouts.exportCsv'],
            ['xlsx', 'payouts.exportXlsx'],
          ] as const
        ).map(([format, label]) => ({
          href: decisionFileLinks.payoutExport(batch.id, format),
          label: t(label),
        }))}
      />
      {batch.status === 'approved' && can('payout.manage') ? (
        <DateForm
          id={`paid-on-${batch.id}`}
          label={t('payouts.paidOn')}
          submit={t('payouts.markPaid')}
          busy={markPaid.pending || !detail.data}
          onSubmit={(date) => {
            setPaidOn(date);
            markPaid.open();
          }}
        />
      ) : null}
      {markPaid.isOpen && paidOn && detail.data ? (
        <ConfirmActDialog
          title={t('confirm.payoutPaid.title')}
          consequence={
            <p>
              {t('confirm.payoutPaid.consequence', {
                amount: formatKronor(batch.totalKr, locale),
                count: detail.data.lines.length,
                date: formatDate(paidOn, locale),
              })}
            </p>
          }
          confirmLabel={t('confirm.payoutPaid.confirm')}
          act={markPaid}
        />
      ) : null}
      {detail.error ? (
        <ProblemAlert error={detail.error} autoFocus={false} headingLevel={3} />
      ) : null}
      {detail.data ? (
        <TableScroll label={t('payouts.linesCaption', { date })}>
          <table className="table">
            <caption className="visually-hidden">{t('payouts.linesCaption', { date })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.recipient')}</th>
                <th scope="col" className="num">
                  {t('decisions.col.amount')}
                </th>
                <th scope="col">{t('payouts.col.account')}</th>
                <th scope="col">{t('decisions.col.reference')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.data.lines.map((line) => (
                <tr key={line.decisionId}>
                  <th scope="row">
                    {line.recipientName} ({line.recipientCode})
                  </th>
                  <td className="num">{formatKronor(line.amountKr, locale)}</td>
                  <td>
                    {line.channel === 'general_funds'
                      ? t('payouts.generalFunds')
                      : `${t(line.accountType === 'plusgiro' ? 'account.plusgiro' : 'account.bankgiro')} ${line.accountNumber ?? ''}`}
                  </td>
                  <td>{line.referenceNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}

const dateFormSchema = z.object({ date: LocalDateSchema });

/** A date (today by default) and a button that submits it. */
function DateForm(props: {
  id: string;
  label: string;
  submit: string;
  busy: boolean;
  onSubmit(date: string): unknown;
}) {
  const { t } = useI18n();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    // One field: focus goes straight to it.
    shouldFocusError: true,
    defaultValues: { date: todayInStockholm(new Date()) },
    resolver: zodResolver(dateFormSchema, zodMessages(t)),
  });
  const error = errors.date ? t('validation.date') : undefined;
  return (
    <form onSubmit={handleSubmit(({ date }) => props.onSubmit(date))} noValidate>
      <Field id={props.id} label={props.label} error={error}>
        {(describedBy) => (
          <input
            id={props.id}
            type="date"
            required
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            {...register('date')}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={props.busy}>
        {props.submit}
      </button>
    </form>
  );
}
