// Publishing a draft allocation: a confirming dialog, then the allocation is frozen and becomes
// the grant's.
import { useState } from 'react';
import type { Allocation } from '../../../contracts/allocation';
import { api } from '../../api-client';
import { ConfirmButtons, Dialog } from '../../components/dialog';
import { ProblemAlert } from '../../components/problem-alert';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiMutation } from '../../query';

export function PublishAllocation({ allocation }: { allocation: Allocation }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Publishing makes the allocation the grant's: both are loaded again.
  const publish = useApiMutation({
    mutationFn: () => api.publishAllocation(allocation.id),
    invalidates: [queryKeys.allocation(allocation.id), queryKeys.grant(allocation.grantId)],
    onSuccess: () => setOpen(false),
    announce: () => t('allocationPage.published'),
  });
  return (
    <>
      <p>{t('allocationPage.draftHelp')}</p>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        {t('allocationPage.publish')}
      </button>
      {open ? (
        <Dialog
          title={t('allocationPage.publishTitle')}
          onClose={() => setOpen(false)}
          actions={
            <ConfirmButtons
              label={t('allocationPage.publishConfirm')}
              onConfirm={() => void publish.run()}
              onCancel={() => setOpen(false)}
              disabled={publish.isPending}
            />
          }
        >
          <p>{t('allocationPage.publishWarning')}</p>
          {publish.error ? (
            <ProblemAlert
              error={publish.error}
              title={t('allocationPage.notPublished')}
              headingLevel={3}
            />
          ) : null}
        </Dialog>
      ) : null}
    </>
  );
}
