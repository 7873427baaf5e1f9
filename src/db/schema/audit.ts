import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
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
    // Their shape depends on `action`: db/audit.ts parses each with the action's schemas
    // (db/audit-snapshots), and an event of an older shape is read as legacy.
    before: jsonb('before').$type<unknown>(),
    after: jsonb('after').$type<unknown>(),
    reason: text('reason'),
  },
  (t) => [
    index('audit_events_grant_id_idx').on(t.grantId, t.id),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** What a marker records: when the fact came to be. */
export const MarkerValueSchema = z.strictObject({ loadedAt: z.iso.datetime() });
export type MarkerValue = z.infer<typeof MarkerValueSchema>;

/** Facts about this installation, e.g. that the demo data was loaded (so it is loaded once). */
export const appMarkers = pgTable('app_markers', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<MarkerValue>(),
  createdAt: createdAt(),
});
