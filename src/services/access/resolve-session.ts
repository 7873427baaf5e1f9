import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { deleteSession, findSession, findUser, insertSession, touchSession } from '../../db/users';
import type { SessionUser } from '../../domain/access/policy';
import { loadSessionUser } from './session-user';

/** A session lasts at most 12 hours (a working day) and ends after 60 minutes without a request. */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 60 * 60 * 1000;
// Recording every request would write on every read; once a minute is precise enough for 60 minutes.
const TOUCH_AFTER_MS = 60 * 1000;

export interface ResolvedSession {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for the user: the cookie token (only its hash is stored) and the CSRF token. */
export async function createSession(
  db: Database,
  userId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_MS);
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    lastSeenAt: now,
    expiresAt,
    createdAt: now,
    updatedAt: now,
  });
  return { token, csrfToken, expiresAt };
}

/**
 * The signed-in user of a cookie token, or undefined when the session does not exist, has expired,
 * has been idle too long or belongs to a deactivated account (the row is removed then).
 */
export async function resolveSession(
  db: Database,
  token: string,
  now: Date,
): Promise<ResolvedSession | undefined> {
  const tokenHash = hashToken(token);
  const session = await findSession(db, tokenHash);
  if (!session) return undefined;
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  const user = await findUser(db, session.userId);
  if (session.expiresAt <= now || idleSince > SESSION_IDLE_MS || !user?.active) {
    await deleteSession(db, tokenHash);
    return undefined;
  }
  if (idleSince > TOUCH_AFTER_MS) await touchSession(db, tokenHash, now);
  return { user: await loadSessionUser(db, user), csrfToken: session.csrfToken, tokenHash };
}
