// Sign-in: email and password, the server's answer shown as an alert that takes focus (wrong
// password, too many attempts). After signing in the person goes where they were headed.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { SignInSchema } from '../../../contracts/session';
import { api } from '../../api-client';
import { startPath, useAuth } from '../../auth';
import { Field, PasswordField } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';
import { FORM_BEHAVIOUR, zodMessages } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import type { MessageKey } from '../../i18n/sv';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';

const OIDC_ERRORS = [
  'auth.oidc_unknown_account',
  'auth.oidc_email_not_verified',
  'auth.oidc_identity_conflict',
  'auth.oidc_failed',
] as const;

/** The error an OpenID Connect sign-in came back with (`?oidc=<code>`), as a message key. */
function oidcErrorKey(code: string | null): MessageKey | undefined {
  const known = OIDC_ERRORS.find((c) => c === code);
  return known ? `signIn.oidc.${known}` : undefined;
}

/** The provider's message, as an alert that takes focus so it is heard. */
function OidcErrorAlert({ message, title }: { message: string; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="alert__title">{title}</h2>
      <p>{message}</p>
    </div>
  );
}

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
  const options = useApiQuery(queryKeys.signInOptions, (signal) => api.signInOptions(signal));
  const oidc = options.data?.oidc;
  const oidcError = oidcErrorKey(params.get('oidc'));
  const next = safeNext(params.get('next'));

  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    // Two fields and no summary: focus goes to the first one to fix.
    shouldFocusError: true,
    defaultValues: { email: '', password: '' },
    resolver: zodResolver(SignInSchema, zodMessages(t)),
  });
  const signingIn = useApiMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) =>
      signIn(email, password),
    onSuccess: (signedIn) => navigate(next ?? startPath(signedIn), { replace: true }),
  });
  const error = signingIn.error;

  if (session?.user) return <Navigate to={next ?? startPath(session)} replace />;

  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      {params.get('utloggad') !== null ? <p role="status">{t('signIn.signedOut')}</p> : null}
      <p className="lead">{t('signIn.intro')}</p>
      {error ? <ProblemAlert error={error} title={t('signIn.failed')} /> : null}
      {oidcError && !error ? (
        <OidcErrorAlert title={t('signIn.failed')} message={t(oidcError)} />
      ) : null}
      {oidc ? (
        <>
          <p>
            <a
              className="button button--primary"
              href={next ? `${oidc.startUrl}?next=${encodeURIComponent(next)}` : oidc.startUrl}
            >
              {oidc.buttonLabel}
            </a>
          </p>
          <p>{t('signIn.or')}</p>
        </>
      ) : null}
      <form onSubmit={handleSubmit(signingIn.run)} noValidate>
        <Field id="sign-in-email" label={t('signIn.email')} error={errors.email?.message}>
          {(describedBy) => (
            <input
              id="sign-in-email"
              type="email"
              autoComplete="username"
              required
              aria-describedby={describedBy}
              aria-invalid={errors.email ? true : undefined}
              {...register('email')}
            />
          )}
        </Field>
        <PasswordField
          id="sign-in-password"
          registration={register('password')}
          error={errors.password?.message}
          label={t('signIn.password')}
        />
        <button type="submit" className="button button--primary" disabled={signingIn.isPending}>
          {t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
