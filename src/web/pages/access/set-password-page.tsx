// The one-time link of an invitation: /losenord#<token>. The token is in the fragment, so it is
// never sent to the server in a URL or a Referer header; it goes in the POST body only.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api-client';
import { NewPasswordForm } from './new-password-form';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useFormSubmit } from '../../use-form-submit';

export function SetPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('setPassword.title'));
  const [done, setDone] = useState(false);
  const { error, busy, onSubmit } = useFormSubmit(async (form) => {
    await api.setPassword(window.location.hash.slice(1), String(form.get('password') ?? ''));
    setDone(true);
  });

  return (
    <div className="narrow">
      <h1>{t('setPassword.title')}</h1>
      {done ? (
        <p role="status">
          {t('setPassword.done')} <Link to="/logga-in">{t('setPassword.signIn')}</Link>
        </p>
      ) : (
        <NewPasswordForm name="password" error={error} busy={busy} onSubmit={onSubmit} />
      )}
    </div>
  );
}
