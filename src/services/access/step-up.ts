// Signing as a step-up (docs/decisions/0032): before a signatory's act binds the organisation,
// they prove again who they are — at the identity provider (a fresh authentication at the level of
// assurance signing requires) or, where none is configured, with their password. Either gives a
// proof bound to that one act, spent once in the act's own transaction, within minutes.
import { randomBytes } from 'node:crypto';
import { appendAuditEvent } from '../../db/audit';
import type { Executor } from '../../db/client';
import type { SignatureSnapshot } from '../../db/audit-snapshots/access';
import { releaseSignInAttempt } from '../../db/sign-in-attempts';
import { insertStepUpProof, spendStepUpProof } from '../../db/step-up-proofs';
import { findIdentityOfUser } from '../../db/user-identities';
import { findUser } from '../../db/users';
import { authorize, SYSTEM_USER } from '../../domain/access/policy';
import {
  checkStepUpClaims,
  STEP_UP_PROOF_TTL_MS,
  stepUpActKey,
  type StepUpAct,
  type StepUpClaims,
  type StepUpRefusal,
} from '../../domain/access/step-up';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { verifyPassword } from './password';
import { hashToken } from './resolve-session';
import { reserveAttempt } from './sign-in';

export interface StepUpProof {
  /** Sent back with the act (`stepUpProof`); only its hash is stored. */
  proof: string;
  expiresAt: Date;
}

const REFUSAL_CODES = {
  password: 'auth.step_up_wrong_password',
  stale: 'auth.step_up_stale',
  level: 'auth.step_up_level',
  subject: 'auth.step_up_subject',
} as const;

/** Only the act's own signatory steps up for it: the organisation is theirs, the act theirs to do. */
function authorizeAct(ctx: ServiceContext, act: StepUpAct) {
  authorize(ctx.user, act.kind, { recipientCode: act.recipientCode });
  return ctx.user;
}

async function refuse(
  ctx: ServiceContext,
  input: {
    act: StepUpAct;
    ip: string;
    method: 'password' | 'oidc';
    reason: StepUpRefusal | 'password';
  },
  claims?: StepUpClaims,
): Promise<DomainError> {
  const user = ctx.user ?? SYSTEM_USER;
  await appendAuditEvent(ctx.db, {
    occurredAt: ctx.now(),
    actor: ctx.actor,
    entityType: 'user',
    entityId: user.id,
    action: 'user.step_up_failed',
    after: {
      ip: input.ip,
      act: stepUpActKey(input.act),
      method: input.method,
      reason: input.reason,
      ...(claims && { issuer: claims.issuer, subject: claims.subject, acr: claims.acr }),
    },
  });
  return new DomainError(
    REFUSAL_CODES[input.reason],
    input.reason === 'password' ? { path: 'password' } : {},
  );
}

async function makeProof(
  executor: Executor,
  userId: string,
  act: StepUpAct,
  now: Date,
  how: {
    method: 'password' | 'oidc';
    issuer?: string;
    subject?: string;
    acr?: string | null;
    amr?: string[];
    authenticatedAt: Date;
  },
): Promise<StepUpProof> {
  const proof = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + STEP_UP_PROOF_TTL_MS);
  await insertStepUpProof(executor, {
    tokenHash: hashToken(proof),
    userId,
    act: stepUpActKey(act),
    method: how.method,
    issuer: how.issuer ?? null,
    subject: how.subject ?? null,
    acr: how.acr ?? null,
    amr: how.amr ?? [],
    authenticatedAt: how.authenticatedAt,
    expiresAt,
    createdAt: now,
  });
  return { proof, expiresAt };
}

/**
 * The step-up where no identity provider is configured: the signed-in signatory re-enters their
 * password. A wrong one counts as a failed sign-in (the same throttle: 5 per account, 20 per
 * address in 15 minutes) and is audited; with a provider configured the password does not sign.
 */
export async function stepUpWithPassword(
  ctx: ServiceContext,
  input: { act: StepUpAct; password: string; ip: string; providerConfigured: boolean },
): Promise<StepUpProof> {
  const actor = authorizeAct(ctx, input.act);
  if (input.providerConfigured) throw new DomainError('auth.step_up_use_provider', {});
  const now = ctx.now();
  const user = await findUser(ctx.db, actor.id);
  if (!user?.active) throw new DomainError('auth.unauthenticated', {});
  const attemptId = await reserveAttempt(ctx, user.email, input.ip, now);
  if (!user.passwordHash || !(await verifyPassword(input.password, user.passwordHash)))
    throw await refuse(ctx, { ...input, method: 'password', reason: 'password' });
  return ctx.db.transaction(async (tx) => {
    await releaseSignInAttempt(tx, attemptId);
    return makeProof(tx, user.id, input.act, now, { method: 'password', authenticatedAt: now });
  });
}

/**
 * The step-up at the identity provider, once src/http/oidc.ts has checked the ID token (signature,
 * issuer, audience, nonce): the authentication is fresh, at the level required, and by the person
 * signed in here — the subject bound to their account at this issuer. Refusals are audited.
 */
export async function stepUpWithProvider(
  ctx: ServiceContext,
  input: {
    act: StepUpAct;
    claims: StepUpClaims;
    requiredAcr: string;
    /** When the redirect to the provider was made: the authentication must come after it. */
    startedAt: Date;
    ip: string;
  },
): Promise<StepUpProof> {
  const actor = authorizeAct(ctx, input.act);
  const now = ctx.now();
  const bound = await findIdentityOfUser(ctx.db, actor.id, input.claims.issuer);
  const refusal = checkStepUpClaims(input.claims, {
    subject: bound?.subject ?? null,
    acr: input.requiredAcr,
    startedAt: input.startedAt,
    now,
  });
  if (refusal) throw await refuse(ctx, { ...input, method: 'oidc', reason: refusal }, input.claims);
  return makeProof(ctx.db, actor.id, input.act, now, {
    method: 'oidc',
    issuer: input.claims.issuer,
    subject: input.claims.subject,
    acr: input.claims.acr,
    amr: input.claims.amr,
    authenticatedAt: input.claims.authTime ?? now,
  });
}

/**
 * Spends the proof for the act inside the act's transaction (so a refused act keeps it, and two
 * requests cannot both use it) and says how the signatory proved who they were, for the audit
 * event and the receipt. The system's own work (the demo data) signs without a person: undefined.
 */
export async function spendStepUp(
  tx: Executor,
  ctx: ServiceContext,
  act: StepUpAct,
  proof: string | undefined,
): Promise<SignatureSnapshot | undefined> {
  const user = ctx.user;
  if (user?.id === SYSTEM_USER.id) return undefined;
  if (!user || proof === undefined) throw new DomainError('auth.step_up_required', {});
  const spent = await spendStepUpProof(tx, {
    tokenHash: hashToken(proof),
    userId: user.id,
    act: stepUpActKey(act),
    now: ctx.now(),
  });
  if (!spent) throw new DomainError('auth.step_up_required', {});
  return {
    method: spent.method,
    issuer: spent.issuer,
    subject: spent.subject,
    acr: spent.acr,
    amr: spent.amr,
    authenticatedAt: spent.authenticatedAt.toISOString(),
  };
}
