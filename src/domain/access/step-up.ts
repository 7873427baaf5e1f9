// Signing as a step-up (docs/decisions/0032): a municipality's signatory proves again, at the
// moment of the act, that it is them — at the identity provider with a fresh authentication at the
// required level of assurance, or by re-entering the password where no provider is configured.
// The proof is bound to one act on one thing, used once and short-lived. The rules here are pure.

/** The acts that need a step-up: the binding acts done by a municipality's signatory. */
export const STEP_UP_ACTS = ['requisition.sign', 'report.submit'] as const;
export type StepUpActKind = (typeof STEP_UP_ACTS)[number];

/** One act on one thing: a proof for it signs nothing else. */
export interface StepUpAct {
  kind: StepUpActKind;
  grantId: string;
  recipientCode: string;
}

/** The key a proof is bound to. */
export function stepUpActKey(act: StepUpAct): string {
  return `${act.kind}:${act.grantId}:${act.recipientCode}`;
}

/** A proof is good for this long after it was made, and only once. */
export const STEP_UP_PROOF_TTL_MS = 5 * 60 * 1000;
/** The provider's authentication must be this recent when the proof is made. */
export const STEP_UP_MAX_AUTH_AGE_MS = 5 * 60 * 1000;
/** Clocks differ a little between the provider and us. */
export const STEP_UP_CLOCK_SKEW_MS = 60 * 1000;

/** Sweden Connect's (Digg, formerly E-legitimationsnämnden) levels of assurance, lowest first. */
export const SWEDISH_LOA = [
  'http://id.elegnamnden.se/loa/1.0/loa1',
  'http://id.elegnamnden.se/loa/1.0/loa2',
  'http://id.elegnamnden.se/loa/1.0/loa3',
  'http://id.elegnamnden.se/loa/1.0/loa4',
] as const;
/** Where nothing else is configured, signing needs loa3 (what BankID and Freja eID+ give). */
export const DEFAULT_SIGNING_ACR = 'http://id.elegnamnden.se/loa/1.0/loa3';

/**
 * Whether the `acr` the provider reports meets the `required` level: the same value, or a higher
 * level of the Swedish scale (loa4 meets loa3). An unknown value meets only itself.
 */
export function acrMeets(acr: string | null, required: string): boolean {
  if (acr === null) return false;
  if (acr === required) return true;
  const scale: readonly string[] = SWEDISH_LOA;
  const have = scale.indexOf(acr);
  const need = scale.indexOf(required);
  return have >= 0 && need >= 0 && have >= need;
}

/** What the provider's ID token says about the fresh authentication. */
export interface StepUpClaims {
  issuer: string;
  subject: string;
  acr: string | null;
  amr: string[];
  /** The ID token's auth_time; null when the provider sent none. */
  authTime: Date | null;
}

export type StepUpRefusal = 'stale' | 'level' | 'subject';

/**
 * Checks a provider's answer to a step-up request: the authentication happened after the request
 * was started (`prompt=login`, `max_age=0`) and no longer than a few minutes ago, at the required
 * level, by the person signed in here (`expectedSubject`: the identity bound to the account).
 */
export function checkStepUpClaims(
  claims: StepUpClaims,
  expected: { subject: string | null; acr: string; startedAt: Date; now: Date },
): StepUpRefusal | null {
  const authTime = claims.authTime?.getTime();
  if (
    authTime === undefined ||
    authTime < expected.startedAt.getTime() - STEP_UP_CLOCK_SKEW_MS ||
    authTime > expected.now.getTime() + STEP_UP_CLOCK_SKEW_MS ||
    expected.now.getTime() - authTime > STEP_UP_MAX_AUTH_AGE_MS
  )
    return 'stale';
  if (expected.subject === null || claims.subject !== expected.subject) return 'subject';
  if (!acrMeets(claims.acr, expected.acr)) return 'level';
  return null;
}
