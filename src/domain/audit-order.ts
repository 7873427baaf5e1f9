// The order the audit log is read in.
/** An audit event as the API sends it: the id a bigserial as a digit string, the instant ISO 8601 UTC. */
export interface OrderedEvent {
  id: string;
  occurredAt: string;
}

/**
 * Newest first, deterministically: by the instant, and among events of the same instant (one
 * transaction writes several with one clock reading, and two requests can share a millisecond) by
 * the order they were written — the id, a bigserial sent as a digit string.
 */
export function newestFirst(a: OrderedEvent, b: OrderedEvent): number {
  return b.occurredAt.localeCompare(a.occurredAt) || compareDigits(b.id, a.id);
}

function compareDigits(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
