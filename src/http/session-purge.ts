// Expired sessions are removed when the server starts and then on a timer: unref'd, so it never
// keeps the process alive, and stopped when the server closes.
import type { Database } from '../db/client';
import { systemContext } from '../services/common/context';
import { purgeExpiredSessions } from '../services/access/purge-expired-sessions';
import type { App } from './server';

/** The audit log's actor of the housekeeping. */
export const SESSION_PURGE_ACTOR = 'system:sessions';

export async function schedulePurgeOfExpiredSessions(
  app: App,
  options: { db: Database; now: () => Date; everyMs: number },
): Promise<void> {
  const ctx = systemContext(options.db, SESSION_PURGE_ACTOR, options.now);
  const purge = async () => {
    const removed = await purgeExpiredSessions(ctx);
    if (removed > 0) app.log.info({ removed }, 'expired sessions removed');
  };
  await purge();
  const timer = setInterval(() => {
    purge().catch((error: unknown) => app.log.error({ err: error }, 'removing expired sessions'));
  }, options.everyMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
