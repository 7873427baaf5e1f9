// A recipient's start page: the published grants their organisation receives, with the amount it
// may requisition, the deadline, its requisition's status, and links to the requisition and the
// follow-up report; the performance-based grants it may register interest in; its decisions.
import { Link } from 'react-router-dom';
import type { MyGrant } from '../../http/routes/me.schema';
import { api } from '../api-client';
import { useAuth } from '../auth';
import { Loading } from '../components/loading';
import { MyDecisions } from '../components/my-decisions';
import { MyInterests } from '../components/my-interests';
import { ProblemAlert } from '../components/problem-alert';
import { RequisitionStateTag } from '../components/requisition-state-tag';
import { TableScroll } from '../components/table-scroll';
import { formatDate, formatKronor } from '../format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';
import { usePageTitle } from '../layout';
import { useResource } from '../use-resource';

/** Requisition if it still can, otherwise open what there is (history, versions, the closed notice). */
function requisitionAction(item: MyGrant): MessageKey {
  if (item.requisition) return 'myGrants.openRequisition';
  return item.window === 'closed' ? 'myGrants.viewRequisition' : 'myGrants.requisition';
}

export function MyGrantsPage() {
  const { t, locale } = useI18n();
  const { session } = useAuth();
  usePageTitle(t('myGrants.title'));
  const grants = useResource('my-grants', (signal) => api.myGrants(signal));
  const items = grants.data?.items ?? [];
  return (
    <>
      <h1>{t('myGrants.title')}</h1>
      <p className="lead">{t('myGrants.intro', { code: session?.user?.recipientCode ?? '' })}</p>
      {grants.error ? <ProblemAlert error={grants.error} autoFocus={false} /> : null}
      {grants.loading && !grants.data ? <Loading /> : null}
      {grants.data && items.length === 0 ? <p>{t('myGrants.empty')}</p> : null}
      {items.length > 0 ? (
        <TableScroll label={t('myGrants.tableCaption')}>
          <table className="table">
            <caption className="visually-hidden">{t('myGrants.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grants.col.name')}</th>
                <th scope="col" className="num">
                  {t('grants.col.year')}
                </th>
                <th scope="col" className="num">
                  {t('myGrants.col.amount')}
                </th>
                <th scope="col">{t('myGrants.col.deadline')}</th>
                <th scope="col">{t('myGrants.col.requisition')}</th>
                <th scope="col" className="num">
                  {t('myGrants.col.requisitioned')}
                </th>
                <th scope="col">{t('myGrants.col.action')}</th>
                <th scope="col">{t('myGrants.col.report')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.grantId}>
                  <th scope="row">{item.name}</th>
                  <td className="num">{item.grantYear}</td>
                  <td className="num">{formatKronor(item.amountKr, locale)}</td>
                  <td>
                    {item.requisitionDeadlineOn
                      ? formatDate(item.requisitionDeadlineOn, locale)
                      : t('common.notSet')}
                    {item.window === 'closed' ? ` (${t('requisition.window.closed')})` : null}
                    {item.window === 'open_late' ? ` (${t('requisition.window.open_late')})` : null}
                  </td>
                  <td>
                    <RequisitionStateTag state={item.requisition?.state ?? 'not_started'} />
                  </td>
                  <td className="num">
                    {item.requisition?.amountKr != null
                      ? formatKronor(item.requisition.amountKr, locale)
                      : '–'}
                  </td>
                  <td>
                    <Link
                      to={`/mina-bidrag/${item.grantId}/rekvisition`}
                      aria-label={`${t(requisitionAction(item))}: ${item.name}`}
                    >
                      {t(requisitionAction(item))}
                    </Link>
                  </td>
                  <td>
                    {item.followUp.hasForm ? (
                      <>
                        <Link to={`/mina-bidrag/${item.grantId}/aterrapport`}>
                          {t('myGrants.openReport')}
                          <span className="visually-hidden"> {item.name}</span>
                        </Link>{' '}
                        ({t(`reporting.state.${item.followUp.reportStatus}`)})
                      </>
                    ) : (
                      <span title={t('myGrants.noReportForm')}>–</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <MyInterests />
      <MyDecisions />
    </>
  );
}
