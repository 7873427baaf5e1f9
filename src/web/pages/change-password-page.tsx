// The signed-in person changes their own password: the current one, then the new one. The server
// signs the account out everywhere else; this browser stays signed in.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api } from '../api-client';
import { Field } from '../components/form-fields';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../layout';

export function ChangePasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('changePassword.title'));
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await api.changePassword(
        String(form.get('currentPassword') ?? ''),
        String(form.get('newPassword') ?? ''),
      );
      setDone(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', 0, null));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1>{t('changePassword.title')}</h1>
      {done ? (
        <p role="status">{t('changePassword.done')}</p>
      ) : (
        <>
          {error ? <ProblemAlert error={error} /> : null}
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Field id="current-password" label={t('changePassword.current')}>
              {(describedBy) => (
                <input
                  id="current-password"
                  name="currentPassword"
                  type="password"
                  autoComplete="current-password"
                  required
                  aria-describedby={describedBy}
                />
              )}
            </Field>
            <Field
              id="changed-password"
              label={t('setPassword.password')}
              hint={t('setPassword.hint')}
            >
              {(describedBy) => (
                <input
                  id="changed-password"
                  name="newPassword"
                  type="password"
                  autoComplete="new-password"
                  required
                  minLength={10}
                  aria-describedby={describedBy}
                />
              )}
            </Field>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('setPassword.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
