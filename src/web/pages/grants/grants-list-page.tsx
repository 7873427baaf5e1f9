import { Link } from 'react-router-dom';
import { api } from '../../api-client';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { GrantStatusTag } from '../../components/status-tag';
import { formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';
import { useAuth } from '../../auth';
import { TableScroll } from '../../components/table-scroll';

/** The grants, as a page of its own or (`embedded`) as a section of the agency's start page. */
export function GrantsListPage({ embedded = false }: { embedded?: boolean }) {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  usePageTitle(embedded ? undefined : t('grants.title'));
  const Heading = embedded ? 'h2' : 'h1';
  const grants = useApiQuery(queryKeys.grants, (signal) => api.listGrants(signal));
  const items = grants.data?.items ?? [];
  const sorted = [...items].sort(
    (a, b) => b.grantYear - a.grantYear || a.name.localeCompare(b.name, locale),
  );

  return (
    <>
      <div className="page-heading">
        <Heading>{t(embedded ? 'tasks.allGrants' : 'grants.title')}</Heading>
        {can('grant.create') ? (
          <Link to="/grants/new" className="button button--primary">
            {t('grants.new')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('grants.intro')}</p>
      {grants.error ? <ProblemAlert error={grants.error} autoFocus={false} /> : null}
      {grants.isPending ? <Loading /> : null}
      {grants.data && items.length === 0 ? <p>{t('grants.empty')}</p> : null}
      {items.length > 0 ? (
        <TableScroll label={t('grants.tableCaption')}>
          <table className="table">
            <caption className="visually-hidden">{t('grants.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grants.col.name')}</th>
                <th scope="col" className="num">
                  {t('grants.col.year')}
                </th>
                <th scope="col" className="num">
                  {t('grants.col.amount')}
                </th>
                <th scope="col">{t('grants.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((grant) => (
                <tr key={grant.id}>
                  <th scope="row">
                    <Link to={`/grants/${grant.id}`}>{grant.name}</Link>
                  </th>
                  <td className="num">{grant.grantYear}</td>
                  <td className="num">{formatKronor(grant.totalAmountKr, locale)}</td>
                  <td>
                    <GrantStatusTag status={grant.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}
