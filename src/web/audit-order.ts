// The order the audit log is read in.
import type { AuditEvent } from '../http/routes/grants.schema';

/**
 * Newest first, deterministically: by the instant, and among events of the same instant (one
 * transaction writes several with one clock reading, and two requests can share a millisecond) by
 * the order they were written — the id, a bigserial sent as a digit string.
 */
export function newestFirst(a: AuditEvent, b: AuditEvent): number {
  return b.occurredAt.localeCompare(a.occurredAt) || compareDigits(b.id, a.id);
}

function compareDigits(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
