import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/**
 * The append-only audit log: one row per change, written by the service in the same transaction as
 * the change. A trigger (migration 0001) rejects UPDATE, DELETE and TRUNCATE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** The grant the event belongs to, so the grant's page can show its allocations' events too. */
    grantId: uuid('grant_id'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
  },
  (t) => [
    index('audit_events_grant_id_idx').on(t.grantId, t.id),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Facts about this installation, e.g. that the demo data was loaded (so it is loaded once). */
export const appMarkers = pgTable('app_markers', {
  key: text('key').primaryKey(),
  value: jsonb('value'),
  createdAt: createdAt(),
});
