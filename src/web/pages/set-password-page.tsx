// The one-time link of an invitation: /losenord#<token>. The token is in the fragment, so it is
// never sent to the server in a URL or a Referer header; it goes in the POST body only.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api } from '../api-client';
import { Field } from '../components/form-fields';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../layout';

export function SetPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('setPassword.title'));
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await api.setPassword(window.location.hash.slice(1), String(form.get('password') ?? ''));
      setDone(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', 0, null));
    }
  }

  return (
    <div className="narrow">
      <h1>{t('setPassword.title')}</h1>
      {done ? (
        <p role="status">
          {t('setPassword.done')} <Link to="/logga-in">{t('setPassword.signIn')}</Link>
        </p>
      ) : (
        <>
          {error ? <ProblemAlert error={error} /> : null}
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Field id="new-password" label={t('setPassword.password')} hint={t('setPassword.hint')}>
              {(describedBy) => (
                <input
                  id="new-password"
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  required
                  minLength={10}
                  aria-describedby={describedBy}
                />
              )}
            </Field>
            <button type="submit" className="button button--primary">
              {t('setPassword.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
