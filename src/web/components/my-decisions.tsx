// On a recipient's start page: the organisation's issued decisions (each letter as PDF) and what
// has been paid and when; and its account for payouts, which its signatory can set.
import { useAuth } from '../auth';
import { decisionsApi } from '../decisions-api';
import { formatDate, formatKronor } from '../format';
import { useI18n } from '../i18n/i18n';
import { LetterLink, PayoutCell } from '../pages/decisions-page';
import { useResource } from '../use-resource';
import { Loading } from './loading';
import { PaymentAccountForm } from './payment-account-form';
import { ProblemAlert } from './problem-alert';
import { TableScroll } from './table-scroll';

export function MyDecisions() {
  const { t, locale } = useI18n();
  const decisions = useResource('my-decisions', (signal) => decisionsApi.myDecisions(signal));
  const items = decisions.data?.items ?? [];
  return (
    <section aria-labelledby="my-decisions">
      <h2 id="my-decisions">{t('myDecisions.heading')}</h2>
      {decisions.error ? (
        <ProblemAlert error={decisions.error} autoFocus={false} headingLevel={3} />
      ) : null}
      {decisions.loading && !decisions.data ? <Loading /> : null}
      {decisions.data && items.length === 0 ? <p>{t('myDecisions.empty')}</p> : null}
      {items.length > 0 ? (
        <TableScroll label={t('myDecisions.tableCaption')}>
          <table className="table">
            <caption className="visually-hidden">{t('myDecisions.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.reference')}</th>
                <th scope="col">{t('decisions.col.grant')}</th>
                <th scope="col">{t('decisions.col.decidedOn')}</th>
                <th scope="col" className="num">
                  {t('decisions.col.amount')}
                </th>
                <th scope="col">{t('decisions.col.payout')}</th>
                <th scope="col">{t('decisions.col.letter')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((decision) => (
                <tr key={decision.id}>
                  <th scope="row">{decision.referenceNumber}</th>
                  <td>{decision.grantName}</td>
                  <td>{decision.decidedOn ? formatDate(decision.decidedOn, locale) : '–'}</td>
                  <td className="num">{formatKronor(decision.amountKr, locale)}</td>
                  <td>
                    <PayoutCell decision={decision} />
                  </td>
                  <td>
                    <LetterLink
                      decisionId={decision.id}
                      name={decision.referenceNumber ?? decision.recipientName}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <PaymentAccountSection />
    </section>
  );
}

function PaymentAccountSection() {
  const { t } = useI18n();
  const { session, can } = useAuth();
  const code = session?.user?.recipientCode ?? '';
  const account = useResource(`payment-account:${code}`, (signal) =>
    decisionsApi.paymentAccount(code, signal),
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
      {can('payment_account.manage') ? (
        <PaymentAccountForm code={code} onSaved={account.reload} />
      ) : null}
    </>
  );
}
