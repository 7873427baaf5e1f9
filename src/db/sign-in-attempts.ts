// The sign-in throttle's storage: counting the failures and recording the next attempt happen in
// one transaction that holds a lock per account and per address, so a burst of parallel attempts
// cannot all read "under the limit" before any of them is recorded (docs/decisions/0021).
import { and, count, eq, gt, max, sql, type SQL } from 'drizzle-orm';
import type { Executor } from './client';
import { signInAttempts } from './schema';

// Two namespaces for pg_advisory_xact_lock(int, int), so an email and an address that hash alike
// never share a lock. Every transaction takes the account's lock before the address's, so two
// attempts can wait on each other's address but never deadlock.
const ACCOUNT_LOCK_NAMESPACE = 21_001;
const ADDRESS_LOCK_NAMESPACE = 21_002;

export interface ThrottleLimits {
  windowStart: Date;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export type Reservation =
  | { reserved: true; attemptId: bigint }
  /** The latest counted failure of each limit that is reached. */
  | { reserved: false; blockingFailures: Date[] };

/**
 * Counts the failures of this account (since its last success, within the window) and of this
 * address (within the window) and, when both are under their limit, records the attempt as a
 * failure before its password is checked. The caller removes the record once the password proves
 * right (`releaseSignInAttempt`); a wrong one leaves it counted.
 */
export async function reserveSignInAttempt(
  db: Executor,
  attempt: { email: string; ip: string; attemptedAt: Date },
  limits: ThrottleLimits,
): Promise<Reservation> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${ACCOUNT_LOCK_NAMESPACE}::int4, hashtext(${attempt.email}))`,
    );
    await tx.execute(
      sql`select pg_advisory_xact_lock(${ADDRESS_LOCK_NAMESPACE}::int4, hashtext(${attempt.ip}))`,
    );
    const [success] = await tx
      .select({ at: max(signInAttempts.attemptedAt) })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, attempt.email), eq(signInAttempts.succeeded, true)));
    const lastSuccess = success?.at ?? null;
    // A successful sign-in clears the account's earlier failures (not the address's).
    const accountSince =
      lastSuccess && lastSuccess > limits.windowStart ? lastSuccess : limits.windowStart;
    const byAccount = await countFailures(
      tx,
      eq(signInAttempts.email, attempt.email),
      accountSince,
    );
    const byAddress = await countFailures(
      tx,
      eq(signInAttempts.ip, attempt.ip),
      limits.windowStart,
    );
    const blockingFailures = [
      byAccount.failures >= limits.maxFailuresPerAccount ? byAccount.latest : null,
      byAddress.failures >= limits.maxFailuresPerAddress ? byAddress.latest : null,
    ].filter((at): at is Date => at !== null);
    if (blockingFailures.length > 0) return { reserved: false, blockingFailures };
    const [row] = await tx
      .insert(signInAttempts)
      .values({ ...attempt, succeeded: false })
      .returning({ id: signInAttempts.id });
    if (!row) throw new Error('the sign-in attempt was not recorded');
    return { reserved: true, attemptId: row.id };
  });
}

async function countFailures(
  tx: Executor,
  key: SQL,
  since: Date,
): Promise<{ failures: number; latest: Date | null }> {
  const [failed] = await tx
    .select({ failures: count(), latest: max(signInAttempts.attemptedAt) })
    .from(signInAttempts)
    .where(and(key, eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, since)));
  return { failures: failed?.failures ?? 0, latest: failed?.latest ?? null };
}

/** The reserved attempt proved right: it no longer counts as a failure. */
export async function releaseSignInAttempt(executor: Executor, attemptId: bigint): Promise<void> {
  await executor.delete(signInAttempts).where(eq(signInAttempts.id, attemptId));
}
