import { appendAuditEvent, type AuditEventOf } from '../../db/audit';
import type { Executor } from '../../db/client';
import {
  countFailedSignIns,
  deleteExpiredSessions,
  findUserByEmail,
  lastSuccessfulSignIn,
  recordSignInAttempt,
  type UserRecord,
} from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { dummyPasswordHash, verifyPassword } from './password';
import type { SessionUser } from '../../domain/access/policy';
import { createSession, hashToken } from './resolve-session';
import { loadSessionUser } from './session-user';

/** Five failures for one account, or twenty from one address, in 15 minutes stop further tries. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
// Higher per address: an agency's staff may share one (NAT); it still stops guessing across accounts.
export const MAX_FAILURES_PER_IP = 20;

export interface SignedIn {
  user: SessionUser;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Checks the password and starts a session. Every attempt is recorded (the throttle counts the
 * failures in the database, so restarts and other instances see them) and audited.
 */
export async function signIn(
  ctx: ServiceContext,
  input: { email: string; password: string; ip: string },
): Promise<SignedIn> {
  const now = ctx.now();
  const email = input.email.trim().toLowerCase();
  await refuseWhenThrottled(ctx, email, input.ip, now);

  const user = await findUserByEmail(ctx.db, email);
  const matches = await verifyPassword(
    input.password,
    user?.passwordHash ?? (await dummyPasswordHash()),
  );
  if (!user || !user.passwordHash || !matches || !user.active) {
    await ctx.db.transaction(async (tx) => {
      await recordSignInAttempt(tx, { email, ip: input.ip, succeeded: false, attemptedAt: now });
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: email,
        entityType: 'user',
        entityId: user?.id ?? email,
        action: 'user.sign_in_failed',
        after: { ip: input.ip, reason: user ? 'password' : 'unknown_account' },
      });
    });
    throw new DomainError('auth.invalid_credentials', {});
  }
  return startSession(ctx, user, { action: 'user.signed_in', after: { ip: input.ip } });
}

/**
 * Starts a session for an account whose owner has proved who they are (password or OpenID
 * Connect): the successful attempt (which clears the account's throttle), the audit event and
 * the session row, in one transaction.
 */
export async function startSession(
  ctx: ServiceContext,
  user: UserRecord,
  audit: AuditEventOf<'user.signed_in' | 'user.signed_in_via_oidc'>,
  /** More to do in the same transaction once the session exists (given its token's hash). */
  alsoInTransaction?: (tx: Executor, sessionTokenHash: string) => Promise<void>,
): Promise<SignedIn> {
  const now = ctx.now();
  const ip = audit.after.ip;
  const session = await ctx.db.transaction(async (tx) => {
    await recordSignInAttempt(tx, { email: user.email, ip, succeeded: true, attemptedAt: now });
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: user.email,
      entityType: 'user',
      entityId: user.id,
      ...audit,
    });
    // Expired sessions are refused when read; each sign-in also clears them out of the table.
    await deleteExpiredSessions(tx, now);
    const created = await createSession(tx, user.id, now);
    await alsoInTransaction?.(tx, hashToken(created.token));
    return created;
  });
  return { user: await loadSessionUser(ctx.db, user), ...session };
}

export async function refuseWhenThrottled(
  ctx: ServiceContext,
  email: string,
  ip: string,
  now: Date,
) {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  // A successful sign-in clears the account's earlier failures (not the address's).
  const lastSuccess = await lastSuccessfulSignIn(ctx.db, email);
  const accountSince = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const byAccount = await countFailedSignIns(ctx.db, { email }, accountSince);
  const byIp = await countFailedSignIns(ctx.db, { ip }, windowStart);
  const blocking = [
    byAccount.failures >= MAX_FAILURES_PER_ACCOUNT ? byAccount.latest : null,
    byIp.failures >= MAX_FAILURES_PER_IP ? byIp.latest : null,
  ].filter((at): at is Date => at !== null);
  if (blocking.length === 0) return;
  // Free again once the latest counted failure has left the window.
  const until = Math.max(...blocking.map((at) => at.getTime() + SIGN_IN_WINDOW_MS));
  const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  throw new DomainError('auth.too_many_attempts', { retryAfterSeconds });
}
