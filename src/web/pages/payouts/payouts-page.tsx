// A grant's payouts (/grants/:id/payouts): build a batch from the issued decisions not yet paid
// (case officer), approve it (decision maker), mark it paid and export it for the finance system.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { PayoutBatch } from '../../../contracts/payouts';
import { api } from '../../api-client';
import { useAuth } from '../../auth';
import { ExportLinks } from '../../components/export-links';
import { Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { PaymentAccountForm } from './payment-account-form';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { useAction } from '../../components/use-action';
import { decisionFileLinks, decisionsApi } from '../decisions/api';
import { formatDate, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useResource } from '../../use-resource';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

export function PayoutsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { id = '' } = useParams();
  usePageTitle(t('payouts.title'));
  const grant = useResource(`grant:${id}`, (signal) => api.getGrant(id, signal));
  const batches = useResource(`payouts:${id}`, (signal) => decisionsApi.payoutBatches(id, signal));
  const error = grant.error ?? batches.error;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/grants/${id}`}>{t('decisions.back')}</Link>
      </p>
      <h1>{t('payouts.title')}</h1>
      {grant.data ? <p className="lead">{grant.data.name}</p> : null}
      {error ? <ProblemAlert error={error} autoFocus={false} /> : null}
      {can('payout.manage') ? <CreateBatch grantId={id} reload={batches.reload} /> : null}
      {can('payment_account.manage') ? (
        <section aria-labelledby="accounts">
          <h2 id="accounts">{t('account.officerHeading')}</h2>
          <p>{t('account.officerHelp')}</p>
          <PaymentAccountForm onSaved={() => undefined} />
        </section>
      ) : null}
      {batches.data ? (
        batches.data.items.length === 0 ? (
          <p>{t('payouts.empty')}</p>
        ) : (
          batches.data.items.map((batch) => (
            <BatchSection key={batch.id} batch={batch} reload={batches.reload} />
          ))
        )
      ) : error ? null : (
        <Loading />
      )}
    </>
  );
}

function CreateBatch({ grantId, reload }: { grantId: string; reload(): void }) {
  const { t } = useI18n();
  const action = useAction();
  return (
    <section aria-labelledby="new-batch">
      <h2 id="new-batch">{t('payouts.create.heading')}</h2>
      <p>{t('payouts.create.help')}</p>
      {action.error ? <ProblemAlert error={action.error} headingLevel={3} /> : null}
      <DateForm
        id="payment-on"
        label={t('payouts.paymentOn')}
        submit={t('payouts.create')}
        busy={action.busy}
        onSubmit={(paymentOn) =>
          void action.run(async () => {
            await decisionsApi.createPayoutBatch(grantId, paymentOn);
            return t('payouts.created');
          }, reload)
        }
      />
    </section>
  );
}

function BatchSection({ batch, reload }: { batch: PayoutBatch; reload(): void }) {
  const { t, plural, locale } = useI18n();
  const { can } = useAuth();
  const detail = useResource(`payout:${batch.id}:${batch.status}`, (signal) =>
    decisionsApi.payoutBatch(batch.id, signal),
  );
  const action = useAction();
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
      {action.error ? <ProblemAlert error={action.error} headingLevel={3} /> : null}
      <div className="actions">
        {batch.status === 'draft' && can('payout.approve') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                await decisionsApi.approvePayoutBatch(batch.id);
                return t('payouts.approved');
              }, reload)
            }
          >
            {t('payouts.approve')}
          </button>
        ) : null}
      </div>
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
          busy={action.busy}
          onSubmit={(paidOn) =>
            void action.run(async () => {
              await decisionsApi.markPayoutBatchPaid(batch.id, paidOn);
              return t('payouts.paid');
            }, reload)
          }
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

/** A date (today by default) and a button that submits it. */
function DateForm(props: {
  id: string;
  label: string;
  submit: string;
  busy: boolean;
  onSubmit(date: string): void;
}) {
  const [date, setDate] = useState(today);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(date);
      }}
    >
      <Field id={props.id} label={props.label}>
        {(describedBy) => (
          <input
            id={props.id}
            type="date"
            required
            value={date}
            aria-describedby={describedBy}
            onChange={(event) => setDate(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={props.busy}>
        {props.submit}
      </button>
    </form>
  );
}
