// The end of both ways to allocate (a key file, a formula): submit, back to the grant, and a note
// while the server computes.
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';

export function AllocateActions({
  grantId,
  submitLabel,
  pending,
}: {
  grantId: string;
  submitLabel: string;
  pending: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {submitLabel}
        </button>
        <Link to={`/grants/${grantId}`} className="button button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
      {pending ? <p className="loading">{t('allocate.working')}</p> : null}
    </>
  );
}
