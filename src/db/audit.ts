// The audit log. Services append one event per change in the same transaction as the change; there
// is deliberately no function to change or remove an event (and a trigger refuses it anyway).
// Each action comes with its own before/after shape (audit-snapshots/, docs/decisions/0018): the
// writer checks it, the reader parses with the same schemas and marks an event stored in an older
// shape `legacy` (kept exactly as stored) rather than failing the history.
import { asc, eq, or, and } from 'drizzle-orm';
import { isAuditAction, type AuditAction } from '../contracts/audit';
import { AUDIT_PAYLOADS, type AuditAfter, type AuditBefore } from './audit-snapshots';
import type { Executor } from './client';
import { auditEvents } from './schema';

export type AuditEntityType =
  | 'grant'
  | 'allocation'
  | 'recipient'
  | 'system'
  | 'performance_result'
  | 'user'
  | 'requisition'
  | 'second_round'
  | 'decision'
  | 'payout_batch'
  | 'payment_account'
  | 'report_form'
  | 'report'
  | 'receivable'
  | 'audit_sample'
  | 'agency_settings';

interface AuditEventHeader {
  occurredAt: Date;
  actor: string;
  entityType: AuditEntityType;
  entityId: string;
  grantId?: string | null;
  reason?: string | null;
}

/** A payload an action keeps nothing in (null) may be left out. */
type PayloadField<K extends 'before' | 'after', T> = null extends T
  ? { [P in K]?: T }
  : { [P in K]: T };

/** The events of the given actions, each with its own before/after shape. */
export type AuditEventOf<A extends AuditAction> = {
  [Each in A]: { action: Each } & PayloadField<'before', AuditBefore<Each>> &
    PayloadField<'after', AuditAfter<Each>>;
}[A];

export type NewAuditEvent = AuditEventHeader & AuditEventOf<AuditAction>;

export async function appendAuditEvent(executor: Executor, event: NewAuditEvent): Promise<void> {
  const schemas = AUDIT_PAYLOADS[event.action];
  await executor.insert(auditEvents).values({
    occurredAt: event.occurredAt,
    actor: event.actor,
    entityType: event.entityType,
    entityId: event.entityId,
    grantId: event.grantId ?? null,
    action: event.action,
    // Checked here too: a payload its schema refuses would read back as legacy, so it fails now.
    before: schemas.before.parse(event.before ?? null),
    after: schemas.after.parse(event.after ?? null),
    reason: event.reason ?? null,
  });
}

type StoredAuditEvent = typeof auditEvents.$inferSelect;

/**
 * An event as read back: `legacy` when its action is unknown today or its before/after do not
 * match the action's schema (an older shape, e.g. kronor as digit strings); then they are exactly
 * as stored.
 */
export interface AuditEventRecord extends StoredAuditEvent {
  legacy: boolean;
}

export function readAuditEvent(stored: StoredAuditEvent): AuditEventRecord {
  if (!isAuditAction(stored.action)) return { ...stored, legacy: true };
  const schemas = AUDIT_PAYLOADS[stored.action];
  const before = schemas.before.safeParse(stored.before);
  const after = schemas.after.safeParse(stored.after);
  if (!before.success || !after.success) return { ...stored, legacy: true };
  return { ...stored, before: before.data, after: after.data, legacy: false };
}

/** Everything that happened to the grant and to its allocations, oldest first. */
export async function listAuditEventsForGrant(
  executor: Executor,
  grantId: string,
): Promise<AuditEventRecord[]> {
  const rows = await executor
    .select()
    .from(auditEvents)
    .where(
      or(
        eq(auditEvents.grantId, grantId),
        and(eq(auditEvents.entityType, 'grant'), eq(auditEvents.entityId, grantId)),
      ),
    )
    .orderBy(asc(auditEvents.id));
  return rows.map(readAuditEvent);
}

export async function listAuditEventsForEntity(
  executor: Executor,
  entityType: AuditEntityType,
  entityId: string,
): Promise<AuditEventRecord[]> {
  const rows = await executor
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.id));
  return rows.map(readAuditEvent);
}
