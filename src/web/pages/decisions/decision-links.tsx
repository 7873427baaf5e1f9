// On a grant's decisions step: the way to its decisions and payouts (agency staff).
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';

export function DecisionLinks({ grantId }: { grantId: string }) {
  const { t } = useI18n();
  return (
    <p className="actions">
      <Link to={`/grants/${grantId}/decisions`} className="button button--primary">
        {t('decisions.open')}
      </Link>
      <Link to={`/grants/${grantId}/payouts`} className="button button--secondary">
        {t('decisions.payoutsOpen')}
      </Link>
    </p>
  );
}
