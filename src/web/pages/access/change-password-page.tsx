// The signed-in person changes their own password: the current one, then the new one. The server
// signs the account out everywhere else; this browser stays signed in.
import { useState } from 'react';
import { api } from '../../api-client';
import { PasswordField } from '../../components/form-fields';
import { NewPasswordForm } from './new-password-form';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useFormSubmit } from '../../use-form-submit';

export function ChangePasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('changePassword.title'));
  const [done, setDone] = useState(false);
  const { error, busy, onSubmit } = useFormSubmit(async (form) => {
    await api.changePassword(
      String(form.get('currentPassword') ?? ''),
      String(form.get('newPassword') ?? ''),
    );
    setDone(true);
  });

  return (
    <div className="narrow">
      <h1>{t('changePassword.title')}</h1>
      {done ? (
        <p role="status">{t('changePassword.done')}</p>
      ) : (
        <NewPasswordForm name="newPassword" error={error} busy={busy} onSubmit={onSubmit}>
          <PasswordField
            id="current-password"
            name="currentPassword"
            label={t('changePassword.current')}
          />
        </NewPasswordForm>
      )}
    </div>
  );
}
