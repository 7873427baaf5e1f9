// Signing as a step-up (docs/decisions/0032): the signatory proves again who they are for the one
// act they confirm. With an identity provider configured the browser goes there (a fresh
// authentication at the level signing requires) and comes back to the page with a proof
// (`?stegupp=`) or the refusal's code (`?stegupp-fel=`); the act then completes by itself. Without
// one, the password is re-entered in the confirmation dialog.
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { sessionRoutes, type StepUpActInput } from '../../contracts/session';
import { api, apiUrl, type ApiError } from '../api-client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';
import { useApiQuery } from '../query';

const PROOF_PARAM = 'stegupp';
const ERROR_PARAM = 'stegupp-fel';
const WRONG_PASSWORD = 'auth.step_up_wrong_password';

/** The refusals a provider's answer can come back with, each with its own sentence. */
const RETURNED_ERRORS = [
  'auth.step_up_stale',
  'auth.step_up_level',
  'auth.step_up_subject',
  'auth.step_up_required',
  'auth.oidc_failed',
] as const;

export interface StepUp {
  method: 'password' | 'oidc' | undefined;
  /** What the provider's redirect brought back to this page, once. */
  returned: { proof: string | null; error: MessageKey | null } | null;
  password: string;
  setPassword(password: string): void;
  /**
   * The proof for the act: the one the provider's redirect brought, or one for the re-entered
   * password. At a provider the browser goes there instead, and this never resolves.
   */
  proof(): Promise<string>;
}

export function useStepUp(act: StepUpActInput): StepUp {
  const signing = useApiQuery(['signing-method'], (signal) => api.signingMethod(signal));
  const location = useLocation();
  const navigate = useNavigate();
  const [returned] = useState(() => {
    const params = new URLSearchParams(location.search);
    const proof = params.get(PROOF_PARAM);
    const code = params.get(ERROR_PARAM);
    const known = RETURNED_ERRORS.find((c) => c === code);
    if (proof === null && code === null) return null;
    return {
      proof,
      error:
        code === null
          ? null
          : (`stepUp.error.${known ?? 'auth.oidc_failed'}` satisfies MessageKey as MessageKey),
    };
  });
  // The proof is for one use: out of the address bar (and the history) at once.
  useEffect(() => {
    if (!returned) return;
    const params = new URLSearchParams(location.search);
    params.delete(PROOF_PARAM);
    params.delete(ERROR_PARAM);
    const search = params.toString();
    void navigate({ search: search ? `?${search}` : '' }, { replace: true });
    // Only the first render's address carries them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const unspent = useRef(returned?.proof ?? null);
  const [password, setPassword] = useState('');
  const method = signing.data?.method;
  return {
    method,
    returned,
    password,
    setPassword,
    async proof() {
      const proof = unspent.current;
      if (proof !== null) {
        unspent.current = null;
        return proof;
      }
      // Confirmed before the signing method was loaded: ask for it now.
      const how = method ?? (await api.signingMethod()).method;
      if (how === 'oidc') {
        window.location.assign(
          apiUrl(sessionRoutes.stepUpAtProvider, {}, { ...act, next: location.pathname }),
        );
        return new Promise<string>(() => undefined);
      }
      return (await api.stepUpWithPassword(act, password)).stepUpProof;
    },
  };
}

/** Whether the act's error is the re-entered password's, said at the password field instead. */
export function isStepUpPasswordError(error: ApiError | null): boolean {
  return error?.problem?.errors?.some((issue) => issue.code === WRONG_PASSWORD) ?? false;
}

/**
 * The step-up's part of the confirmation dialog: the password field (with its own error), or
 * what happens at the identity provider, and a provider's refusal when the page came back with one.
 */
export function StepUpField({
  stepUp,
  attempted,
  error,
}: {
  stepUp: StepUp;
  /** The person pressed confirm: an empty password is then an error. */
  attempted: boolean;
  error: ApiError | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const returnedError = stepUp.returned?.error ?? null;
  const refusal = returnedError ? (
    <div className="alert alert--error" role="alert">
      <p>{t(returnedError)}</p>
    </div>
  ) : null;
  if (stepUp.method === 'oidc')
    return (
      <>
        {refusal}
        <p>{t('stepUp.provider.explain')}</p>
      </>
    );
  if (stepUp.method !== 'password') return null;
  const message = isStepUpPasswordError(error)
    ? t('stepUp.password.wrong')
    : attempted && stepUp.password === ''
      ? t('stepUp.password.missing')
      : null;
  return (
    <div className={message ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{t('stepUp.password.label')}</label>
      <p id={hintId} className="field__hint">
        {t('stepUp.password.hint')}
      </p>
      {message ? (
        <p id={errorId} className="field__error" role="alert">
          {message}
        </p>
      ) : null}
      <input
        id={id}
        type="password"
        className="input"
        autoComplete="current-password"
        value={stepUp.password}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => stepUp.setPassword(event.target.value)}
      />
    </div>
  );
}
