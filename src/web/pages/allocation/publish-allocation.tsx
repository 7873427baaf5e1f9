// Publishing a draft allocation binds the agency (docs/decisions/0025): a confirmation with the
// amount, then the allocation is frozen, becomes the grant's, and the receipt page follows.
import type { Allocation } from '../../../contracts/allocation';
import { api } from '../../api-client';
import { ConfirmActDialog, useBindingAct } from '../../components/confirm-act';
import { formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { queryKeys } from '../../query';

export function PublishAllocation({ allocation }: { allocation: Allocation }) {
  const { t, locale } = useI18n();
  // Publishing makes the allocation the grant's: both are loaded again.
  const publish = useBindingAct({
    perform: () => api.publishAllocation(allocation.id),
    receiptOf: (published) => ({ action: 'allocation.published', entityId: published.id }),
    invalidates: [queryKeys.allocation(allocation.id), queryKeys.grant(allocation.grantId)],
  });
  return (
    <>
      <p>{t('allocationPage.draftHelp')}</p>
      <button type="button" className="button button--primary" onClick={publish.open}>
        {t('allocationPage.publish')}
      </button>
      {publish.isOpen ? (
        <ConfirmActDialog
          title={t('allocationPage.publishTitle')}
          consequence={
            <>
              <p>
                {t('confirm.allocation.consequence', {
                  amount: formatKronor(allocation.totalKr, locale),
                })}
              </p>
              <p>{t('allocationPage.publishWarning')}</p>
            </>
          }
          confirmLabel={t('allocationPage.publishConfirm')}
          act={publish}
        />
      ) : null}
    </>
  );
}
