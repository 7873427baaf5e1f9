// One organisation's requisition as the case officer sees it
// (/grants/:id/rekvisitioner/:requisitionId): its state and amounts, every signed version and the
// history with each recorded reason (a withdrawal's, a late permission's and its revocation's).
import { Link, useParams } from 'react-router-dom';
import type { RequisitionView } from '../../../contracts/requisition';
import { api } from '../../api-client';
import { AuditLog } from '../../components/audit-log';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { RequisitionStateTag } from './requisition-state-tag';
import { formatDate, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';
import { VersionTable } from './requisition-page';

export function RequisitionHistoryPage() {
  const { t } = useI18n();
  const { id = '', requisitionId = '' } = useParams();
  usePageTitle(t('reqHistory.title'));
  const view = useApiQuery(queryKeys.requisition(requisitionId), (signal) =>
    api.requisition(requisitionId, signal),
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/grants/${id}/rekvisitioner`}>{t('reqOverview.title')}</Link>
      </p>
      {view.error ? (
        <>
          <h1>{t('reqHistory.title')}</h1>
          <ProblemAlert error={view.error} autoFocus={false} />
        </>
      ) : view.data ? (
        <History view={view.data} />
      ) : (
        <Loading />
      )}
    </>
  );
}

function History({ view }: { view: RequisitionView }) {
  const { t, locale } = useI18n();
  const requisition = view.requisition;
  const kr = (value: number | null) => (value === null ? '–' : formatKronor(value, locale));
  return (
    <>
      <div className="page-heading">
        <h1>{t('reqHistory.heading', { code: view.recipientCode })}</h1>
        <RequisitionStateTag state={requisition?.state ?? 'not_started'} />
      </div>
      <p className="lead">{view.grant.name}</p>
      <dl className="facts">
        <dt>{t('requisition.allocated')}</dt>
        <dd className="num">{kr(view.allocatedKr)}</dd>
        <dt>{t('requisition.amount')}</dt>
        <dd className="num">
          {requisition?.declines
            ? t('requisition.state.declined')
            : kr(requisition?.amountKr ?? null)}
        </dd>
        <dt>{t('requisition.moreAmount')}</dt>
        <dd className="num">{requisition?.wantsMore ? kr(requisition.moreAmountKr) : '–'}</dd>
        {view.latePermission ? (
          <>
            <dt>{t('requisition.latePermission')}</dt>
            <dd>
              {t('requisition.latePermissionValue', {
                date: formatDate(view.latePermission.untilOn, locale),
                reason: view.latePermission.reason,
              })}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('requisition.versions')}</h2>
        <VersionTable versions={view.versions} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('requisition.history')}</h2>
        <AuditLog events={view.history} />
      </section>
    </>
  );
}
