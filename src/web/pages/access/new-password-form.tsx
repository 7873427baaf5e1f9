// The form that chooses a new password (from an invitation link, or changing one's own): the
// server's problem, any fields before it (the current password), the new one with its hint, and
// the button. The page holds the react-hook-form form and passes the new password's field in.
import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { ApiError } from '../../api-client';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';

export function NewPasswordForm({
  newPassword,
  newPasswordError,
  error,
  busy,
  onSubmit,
  children,
}: {
  newPassword: UseFormRegisterReturn;
  newPasswordError: string | undefined;
  error: ApiError | null;
  busy: boolean;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {error ? <ProblemAlert error={error} /> : null}
      <form onSubmit={onSubmit} noValidate>
        {children}
        <PasswordField
          id={`${newPassword.name}-field`}
          registration={newPassword}
          error={newPasswordError}
          label={t('setPassword.password')}
          hint={t('setPassword.hint')}
          isNew
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('setPassword.submit')}
        </button>
      </form>
    </>
  );
}
