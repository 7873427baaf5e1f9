// The form that chooses a new password (from an invitation link, or changing one's own): the
// server's problem, any fields before it (the current password), the new one with its hint, and
// the button.
import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../../api-client';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';

export function NewPasswordForm({
  name,
  error,
  busy,
  onSubmit,
  children,
}: {
  /** The new password's field name in the form data. */
  name: string;
  error: ApiError | undefined;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {error ? <ProblemAlert error={error} /> : null}
      <form onSubmit={onSubmit} noValidate>
        {children}
        <PasswordField
          id={`${name}-field`}
          name={name}
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
