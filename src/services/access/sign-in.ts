import { appendAuditEvent, type AuditEventOf } from '../../db/audit';
import type { Executor } from '../../db/client';
import { releaseSignInAttempt, reserveSignInAttempt } from '../../db/sign-in-attempts';
import {
  deleteExpiredSessions,
  findUserByEmail,
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
 * failures in the database, so restarts and other instances see them) and audited. The attempt is
 * counted as a failure before the password is checked, in the same step as the count, so a burst
 * of parallel guesses gets at most the limit checked; a throttled one is not checked at all.
 */
export async function signIn(
  ctx: ServiceContext,
  input: { email: string; password: string; ip: string },
): Promise<SignedIn> {
  const now = ctx.now();
  const email = input.email.trim().toLowerCase();
  const attemptId = await reserveAttempt(ctx, email, input.ip, now);

  const user = await findUserByEmail(ctx.db, email);
  const matches = await verifyPassword(
    input.password,
    user?.passwordHash ?? (await dummyPasswordHash()),
  );
  if (!user || !user.passwordHash || !matches || !user.active) {
    // The reserved attempt stays recorded as the failure.
    await appendAuditEvent(ctx.db, {
      occurredAt: now,
      actor: email,
      entityType: 'user',
      entityId: user?.id ?? email,
      action: 'user.sign_in_failed',
      after: { ip: input.ip, reason: user ? 'password' : 'unknown_account' },
    });
    throw new DomainError('auth.invalid_credentials', {});
  }
  return startSession(ctx, user, { action: 'user.signed_in', after: { ip: input.ip } }, (tx) =>
    releaseSignInAttempt(tx, attemptId),
  );
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

/**
 * Records an attempt for this account and address as a failure, unless their failures already
 * reached a limit: then it is refused with when to try again (429 with Retry-After). Count and
 * record are one atomic step (db/sign-in-attempts.ts). Returns the attempt to release once the
 * password proves right.
 */
export async function reserveAttempt(
  ctx: ServiceContext,
  email: string,
  ip: string,
  now: Date,
): Promise<bigint> {
  const reservation = await reserveSignInAttempt(
    ctx.db,
    { email, ip, attemptedAt: now },
    {
      windowStart: new Date(now.getTime() - SIGN_IN_WINDOW_MS),
      maxFailuresPerAccount: MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: MAX_FAILURES_PER_IP,
    },
  );
  if (reservation.reserved) return reservation.attemptId;
  // Free again once the latest counted failure has left the window.
  const until = Math.max(
    ...reservation.blockingFailures.map((at) => at.getTime() + SIGN_IN_WINDOW_MS),
  );
  // A parallel attempt that got the lock first may carry a clock reading a moment later than ours.
  const waitMs = Math.min(SIGN_IN_WINDOW_MS, until - now.getTime());
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  throw new DomainError('auth.too_many_attempts', { retryAfterSeconds });
}
