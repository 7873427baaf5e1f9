// A database that is stopped, restarting or frozen makes the API answer 503 (problem.ts decides
// which errors mean that); this says when to try again (RFC 9110 10.2.3), so a client or a proxy
// retries instead of reporting a bug.
import type { ZodApp } from './validation';

/** Seconds a client should wait: a restart of PostgreSQL or a failover takes about this long. */
export const RETRY_AFTER_SECONDS = 5;

export function registerServiceUnavailableRetry(app: ZodApp): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode === 503 && !reply.hasHeader('retry-after'))
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return payload;
  });
}
