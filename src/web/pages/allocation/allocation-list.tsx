// A grant's allocations: which file, how, when, how much, and which one is the grant's.
import { Link } from 'react-router-dom';
import type { AllocationSummary } from '../../../contracts/allocation';
import { formatInstant, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { AllocationStatusTag } from '../../components/status-tag';
import { TableScroll } from '../../components/table-scroll';

export function AllocationList({
  items,
  publishedId,
}: {
  items: AllocationSummary[];
  publishedId: string | null;
}) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <p>{t('grantPage.noAllocations')}</p>;
  const sorted = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <TableScroll label={t('grantPage.allocations')}>
      <table className="table">
        <caption className="visually-hidden">{t('grantPage.allocations')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('allocation.source')}</th>
            <th scope="col">{t('allocation.kind')}</th>
            <th scope="col">{t('allocation.createdAt')}</th>
            <th scope="col" className="num">
              {t('allocation.recipientCount')}
            </th>
            <th scope="col" className="num">
              {t('allocation.total')}
            </th>
            <th scope="col">{t('allocation.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((allocation) => (
            <tr key={allocation.id}>
              <th scope="row">
                <Link to={`/allocations/${allocation.id}`}>
                  {allocation.sourceFilename || t('allocation.untitled')}
                </Link>
              </th>
              <td>
                {t(
                  allocation.kind === 'formula'
                    ? 'allocation.kind.formula'
                    : 'allocation.kind.imported_key',
                )}
              </td>
              <td className="nowrap">{formatInstant(allocation.createdAt, locale)}</td>
              <td className="num">{allocation.recipientCount}</td>
              <td className="num">{formatKronor(allocation.totalKr, locale)}</td>
              <td>
                <AllocationStatusTag status={allocation.status} />
                {allocation.supersededAt ? (
                  <span className="tag tag--closed">{t('allocationStatus.superseded')}</span>
                ) : null}
                {allocation.id === publishedId ? (
                  <span className="tag tag--current">{t('grantPage.theGrantsAllocation')}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
