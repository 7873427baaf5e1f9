// The agency's proposed changes of payment accounts that wait for a second person (four eyes): the
// account in force, the proposed one, who proposed it, and "Bekräfta" for anyone else who may.
import type { PendingPaymentAccountChanges } from '../../../contracts/payouts';
import { useAuth } from '../../auth';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { decisionsApi } from '../decisions/api';

type Change = PendingPaymentAccountChanges['items'][number];

export function PaymentAccountChanges() {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const pending = useApiQuery(queryKeys.paymentAccountChanges, (signal) =>
    decisionsApi.pendingPaymentAccountChanges(signal),
  );
  const confirm = useApiMutation({
    mutationFn: (change: Change) =>
      decisionsApi.confirmPaymentAccount(change.recipientCode, {
        accountType: change.accountType,
        accountNumber: change.accountNumber,
      }),
    invalidates: [queryKeys.allRecipients],
    announce: (_answer, change) => t('account.confirmed', { name: change.recipientName }),
  });
  const typeName = (type: Change['accountType']) =>
    t(type === 'bankgiro' ? 'account.bankgiro' : 'account.plusgiro');
  const items = pending.data?.items ?? [];
  return (
    <section aria-labelledby="account-changes">
      <h2 id="account-changes">{t('account.changesHeading')}</h2>
      <p>{t('account.changesHelp')}</p>
      {pending.error ? <ProblemAlert error={pending.error} autoFocus={false} /> : null}
      {confirm.error ? <ProblemAlert error={confirm.error} headingLevel={3} /> : null}
      {pending.data && items.length === 0 ? <p>{t('account.changesNone')}</p> : null}
      {items.length > 0 ? (
        <TableScroll label={t('account.changesHeading')}>
          <table className="table">
            <caption className="visually-hidden">{t('account.changesHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.recipient')}</th>
                <th scope="col">{t('account.col.current')}</th>
                <th scope="col">{t('account.col.proposed')}</th>
                <th scope="col">{t('account.col.proposedBy')}</th>
                <th scope="col">{t('decisions.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((change) => (
                <tr key={change.recipientCode}>
                  <th scope="row">
                    {change.recipientName} ({change.recipientCode})
                  </th>
                  <td>
                    {change.current
                      ? `${typeName(change.current.accountType)} ${change.current.accountNumber}`
                      : t('account.none')}
                  </td>
                  <td>
                    {typeName(change.accountType)} {change.accountNumber}
                  </td>
                  <td>
                    {change.proposedBy}, {formatDate(change.proposedAt.slice(0, 10), locale)}
                  </td>
                  <td>
                    {change.proposedByYou ? (
                      <span className="muted">{t('account.yoursToConfirm')}</span>
                    ) : can('payment_account.confirm') ? (
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={confirm.isPending}
                        onClick={() => void confirm.run(change)}
                      >
                        {t('account.confirm', { name: change.recipientName })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
