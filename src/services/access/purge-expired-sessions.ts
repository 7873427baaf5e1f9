// The server's hourly housekeeping: sessions past their expiry or idle time are refused when read,
// but their rows (and a stored OpenID Connect ID token) would stay until someone signs in. This
// removes them, audited as one system event with the count when there were any.
import { appendAuditEvent } from '../../db/audit';
import { deleteExpiredSessions } from '../../db/users';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';
import { SESSION_IDLE_MS } from './resolve-session';

/** How often the server removes expired sessions (and once at start). */
export const PURGE_EXPIRED_SESSIONS_EVERY_MS = 60 * 60 * 1000;

/** Removes expired and idle sessions; returns how many. */
export async function purgeExpiredSessions(ctx: ServiceContext): Promise<number> {
  authorize(ctx.user, 'session.purge_expired');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const removed = await deleteExpiredSessions(tx, now, new Date(now.getTime() - SESSION_IDLE_MS));
    if (removed > 0) {
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: ctx.actor,
        entityType: 'system',
        entityId: 'sessions',
        action: 'sessions.expired_removed',
        after: { count: removed },
      });
    }
    return removed;
  });
}
