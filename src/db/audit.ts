// The audit log. Services append one event per change in the same transaction as the change; there
// is deliberately no function to change or remove an event (and a trigger refuses it anyway).
import { asc, eq, or, and } from 'drizzle-orm';
import type { Executor } from './client';
import { auditEvents } from './schema';

export interface NewAuditEvent {
  occurredAt: Date;
  actor: string;
  entityType:
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
  entityId: string;
  grantId?: string | null;
  action: string;
  /** Plain JSON (no bigint: JSON.stringify refuses it, so a mistake fails loudly). */
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export type AuditEventRecord = typeof auditEvents.$inferSelect;

export async function appendAuditEvent(executor: Executor, event: NewAuditEvent): Promise<void> {
  await executor.insert(auditEvents).values({
    occurredAt: event.occurredAt,
    actor: event.actor,
    entityType: event.entityType,
    entityId: event.entityId,
    grantId: event.grantId ?? null,
    action: event.action,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason ?? null,
  });
}

/** Everything that happened to the grant and to its allocations, oldest first. */
export async function listAuditEventsForGrant(
  executor: Executor,
  grantId: string,
): Promise<AuditEventRecord[]> {
  return executor
    .select()
    .from(auditEvents)
    .where(
      or(
        eq(auditEvents.grantId, grantId),
        and(eq(auditEvents.entityType, 'grant'), eq(auditEvents.entityId, grantId)),
      ),
    )
    .orderBy(asc(auditEvents.id));
}

export async function listAuditEventsForEntity(
  executor: Executor,
  entityType: NewAuditEvent['entityType'],
  entityId: string,
): Promise<AuditEventRecord[]> {
  return executor
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.id));
}
