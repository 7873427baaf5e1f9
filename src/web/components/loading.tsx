import { useI18n } from '../i18n/i18n';

/** Shown while a page's data is on its way; the live region announces nothing for it. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}
