import type { Database } from '../db/client';

/**
 * What every use case gets: the database, who acts and the clock. The clock is a parameter so that
 * tests and the demo loader can fix "now"; nothing reads the system time directly.
 */
export interface ServiceContext {
  db: Database;
  /** Who acts, as recorded in the audit log (e.g. `demo:handläggare`). */
  actor: string;
  now: () => Date;
}

// TODO(#4): there is no sign-in yet. Every change is made by this fixed case officer, set on the
// server side; a client-supplied header is never trusted for it. Issue 4 replaces it with the
// signed-in user.
export const DEMO_ACTOR = 'demo:handläggare';
