// Publishing a draft allocation: a confirming dialog, then the allocation is frozen and becomes
// the grant's.
import { useState } from 'react';
import type { Allocation } from '../../../contracts/allocation';
import { ApiError, api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { ConfirmButtons, Dialog } from '../../components/dialog';
import { ProblemAlert } from '../../components/problem-alert';
import { useI18n } from '../../i18n/i18n';

export function PublishAllocation({
  allocation,
  onPublished,
}: {
  allocation: Allocation;
  onPublished(): void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.publishAllocation(allocation.id);
      setOpen(false);
      announce(t('allocationPage.published'));
      onPublished();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
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
              onConfirm={() => void publish()}
              onCancel={() => setOpen(false)}
              disabled={busy}
            />
          }
        >
          <p>{t('allocationPage.publishWarning')}</p>
          {error ? (
            <ProblemAlert error={error} title={t('allocationPage.notPublished')} headingLevel={3} />
          ) : null}
        </Dialog>
      ) : null}
    </>
  );
}
