// Sign-in: email and password, the server's answer shown as an alert that takes focus (wrong
// password, too many attempts). After signing in the person goes where they were headed.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api-client';
import { startPath, useAuth } from '../auth';
import { Field } from '../components/form-fields';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../layout';

/** Only a path inside the app, never another site (an open redirect). */
function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined;
}

export function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('signIn.title'));
  const { session, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  if (session?.user)
    return <Navigate to={safeNext(params.get('next')) ?? startPath(session)} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      const next = await signIn(
        String(form.get('email') ?? ''),
        String(form.get('password') ?? ''),
      );
      navigate(safeNext(params.get('next')) ?? startPath(next), { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', 0, null));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      {error ? <ProblemAlert error={error} title={t('signIn.failed')} /> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="sign-in-email" label={t('signIn.email')}>
          {(describedBy) => (
            <input
              id="sign-in-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id="sign-in-password" label={t('signIn.password')}>
          {(describedBy) => (
            <input
              id="sign-in-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
