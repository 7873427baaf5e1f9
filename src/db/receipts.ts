// The audit events a receipt is read from (docs/decisions/0025): one event by its id, the events
// one act wrote together, and the latest event of an act on an entity.
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { readAuditEvent, type AuditEntityType, type AuditEventRecord } from './audit';
import type { Executor } from './client';
import { auditEvents } from './schema';

/** More events than one act ever writes (a grant has a few hundred recipients at most). */
const MOST_EVENTS_OF_ONE_ACT = 5000;

export async function findAuditEventById(
  executor: Executor,
  id: bigint,
): Promise<AuditEventRecord | undefined> {
  const [row] = await executor.select().from(auditEvents).where(eq(auditEvents.id, id));
  return row && readAuditEvent(row);
}

/**
 * The events of the same act: one action by one actor at one instant on one grant (a use case
 * writes every event of its transaction with the same `now`), in the order written.
 */
export async function listEventsOfAct(
  executor: Executor,
  event: Pick<AuditEventRecord, 'action' | 'actor' | 'occurredAt' | 'grantId'>,
): Promise<AuditEventRecord[]> {
  const rows = await executor
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, event.action),
        eq(auditEvents.actor, event.actor),
        eq(auditEvents.occurredAt, event.occurredAt),
        event.grantId === null
          ? isNull(auditEvents.grantId)
          : eq(auditEvents.grantId, event.grantId),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(MOST_EVENTS_OF_ONE_ACT);
  return rows.map(readAuditEvent);
}

/** The latest (highest id) event that meets the condition. */
async function findLatestEventWhere(
  executor: Executor,
  condition: SQL | undefined,
): Promise<AuditEventRecord | undefined> {
  const [row] = await executor
    .select()
    .from(auditEvents)
    .where(condition)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row && readAuditEvent(row);
}

/** The latest event of the action on the entity (found by the entity's index). */
export async function findLatestEventOf(
  executor: Executor,
  entity: { type: AuditEntityType; id: string },
  action: string,
): Promise<AuditEventRecord | undefined> {
  return findLatestEventWhere(
    executor,
    and(
      eq(auditEvents.entityType, entity.type),
      eq(auditEvents.entityId, entity.id),
      eq(auditEvents.action, action),
    ),
  );
}

/** The latest event of the action on the grant that concerns the organisation (`after.recipientCode`). */
export async function findLatestEventForRecipient(
  executor: Executor,
  grantId: string,
  recipientCode: string,
  action: string,
): Promise<AuditEventRecord | undefined> {
  return findLatestEventWhere(
    executor,
    and(
      eq(auditEvents.grantId, grantId),
      eq(auditEvents.action, action),
      sql`${auditEvents.after} ->> 'recipientCode' = ${recipientCode}`,
    ),
  );
}
