import type { Database } from '../../db/client';
import { SYSTEM_USER, type SessionUser } from '../../domain/access/policy';

/**
 * What every use case gets: the database, who acts and the clock. The clock is a parameter so that
 * tests and the demo loader can fix "now"; nothing reads the system time directly.
 */
export interface ServiceContext {
  db: Database;
  /** The signed-in person (from the session cookie, never from a header the client sets), or null. */
  user: SessionUser | null;
  /** Who acts, as recorded in the audit log: the user's email, or `system:…` for the system's own work. */
  actor: string;
  now: () => Date;
}

/** The actor of the demo data loaded on a first start. */
export const DEMO_ACTOR = 'system:demodata';

/** A context for the system's own work (demo data, CLI), allowed what SYSTEM_USER is. */
export function systemContext(db: Database, actor: string, now: () => Date): ServiceContext {
  return { db, user: SYSTEM_USER, actor, now };
}
