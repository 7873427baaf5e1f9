import type { GrantStatus } from '../../contracts/grants';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';

const grantStatusKey: Record<GrantStatus, MessageKey> = {
  draft: 'status.draft',
  published: 'status.published',
  closed: 'status.closed',
  follow_up: 'status.follow_up',
  finished: 'status.finished',
};

export function GrantStatusTag({ status }: { status: GrantStatus }) {
  const { t } = useI18n();
  return <span className={`tag tag--${status}`}>{t(grantStatusKey[status])}</span>;
}

export function AllocationStatusTag({ status }: { status: 'draft' | 'published' }) {
  const { t } = useI18n();
  return (
    <span className={`tag tag--${status}`}>
      {t(status === 'draft' ? 'allocationStatus.draft' : 'allocationStatus.published')}
    </span>
  );
}
