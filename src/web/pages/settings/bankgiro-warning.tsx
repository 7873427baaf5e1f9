// The administrator's warning on every page while the agency has no bankgiro for repayments: no
// repayment demand or clawback letter goes out without it (the server refuses them), so whoever can
// set it is told until it is set. Others see nothing: they cannot act on it.
import { Link } from 'react-router-dom';
import { api } from '../../api-client';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiQuery } from '../../query';

export function BankgiroWarning() {
  const { t } = useI18n();
  const { can } = useAuth();
  const admin = can('settings.manage');
  const settings = useApiQuery(queryKeys.agencySettings, (signal) => api.agencySettings(signal), {
    enabled: admin,
  });
  if (!admin || !settings.data || settings.data.repaymentBankgiro !== null) return null;
  return (
    <div
      className="notice notice--warning"
      role="region"
      aria-label={t('settings.bankgiroWarning.label')}
    >
      <p>
        {t('settings.bankgiroWarning.text')}{' '}
        <Link to="/admin/installningar">{t('settings.bankgiroWarning.link')}</Link>
      </p>
    </div>
  );
}
