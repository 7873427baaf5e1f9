import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, kronor } from './columns';
import { recipients } from './recipients';
import { grants } from './grants';
import { z } from 'zod';

// The JSON this feature stores (docs/decisions/0018), read back through these schemas in
// db/allocations.ts: exact values as canonical strings, kronor shown as JSON integers.

/** The CLI's model.json (snake_case) as given; the domain parser checks it on every use. */
export const StoredAllocationModelSchema = z.record(z.string(), z.unknown());
export type StoredAllocationModel = z.infer<typeof StoredAllocationModelSchema>;

/** The indicator table the model ran on, cell texts as they were read. */
export const StoredAllocationInputsSchema = z.strictObject({
  columns: z.array(z.string()),
  rows: z.array(
    z.strictObject({ recipient_code: z.string(), values: z.record(z.string(), z.string()) }),
  ),
});
export type StoredAllocationInputs = z.infer<typeof StoredAllocationInputsSchema>;

/** The engine's component totals. */
export const StoredComponentsSchema = z.array(
  z.strictObject({
    name: z.string(),
    indicator: z.string(),
    amountKr: z.number().int(),
    indicatorTotal: z.string(),
  }),
);
export type StoredComponent = z.infer<typeof StoredComponentsSchema>[number];

/** How a row's amount came about (also second_round_rows.explanation). */
export const StoredExplanationSchema = z.strictObject({
  parts: z.array(
    z.strictObject({
      name: z.string(),
      indicator: z.string(),
      indicatorValue: z.string(),
      share: z.string(),
      sharePercent: z.string(),
      exactKr: z.string(),
      exactKrDecimal: z.string(),
    }),
  ),
  keyQuotaKr: z.string(),
  exactQuotaKr: z.string(),
  exactQuotaKrDecimal: z.string(),
  minimumKr: z.number().int(),
  minimumApplied: z.boolean(),
  capKr: z.number().int().nullable(),
  capApplied: z.boolean(),
  roundedDownKr: z.number().int(),
  remainder: z.string(),
  roundedUp: z.boolean(),
});
export type StoredExplanation = z.infer<typeof StoredExplanationSchema>;

/**
 * One allocation of a grant's money: an imported government key or a formula's result. `model` is
 * the CLI's model.json (snake_case) and `inputs` the indicator table it ran on, so the published
 * files can be recomputed by `statsbidrag allocate`. Rows live in allocation_rows. A published
 * allocation is frozen: no service updates it except to record that a later one superseded it.
 */
export const allocations = pgTable(
  'allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    kind: text('kind', { enum: ['imported_key', 'formula'] }).notNull(),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    model: jsonb('model').$type<StoredAllocationModel>().notNull(),
    /** The indicator table: `{ columns: string[], rows: { recipient_code, values: { column: "rational" } }[] }`. */
    inputs: jsonb('inputs').$type<StoredAllocationInputs>().notNull(),
    /** The engine's component totals (amounts and indicator totals as strings). */
    components: jsonb('components').$type<StoredComponent[]>().notNull(),
    sourceFilename: text('source_filename').notNull(),
    budgetKr: kronor('budget_kr').notNull(),
    totalKr: kronor('total_kr').notNull(),
    unallocatedKr: kronor('unallocated_kr').notNull(),
    /** sha256 of the canonical result CSV, the same bytes the CLI writes. */
    checksum: text('checksum').notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    publishedBy: text('published_by'),
    supersededAt: timestamp('superseded_at', { withTimezone: true, mode: 'date' }),
    supersededByAllocationId: uuid('superseded_by_allocation_id').references(
      (): AnyPgColumn => allocations.id,
    ),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('allocations_grant_id_idx').on(t.grantId),
    check('allocations_kind_check', sql`${t.kind} in ('imported_key', 'formula')`),
    check('allocations_status_check', sql`${t.status} in ('draft', 'published')`),
    check(
      'allocations_published_check',
      sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`,
    ),
    check('allocations_total_check', sql`${t.totalKr} + ${t.unallocatedKr} = ${t.budgetKr}`),
  ],
);

export const allocationRows = pgTable(
  'allocation_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    allocationId: uuid('allocation_id')
      .notNull()
      .references(() => allocations.id),
    /** Order of the row in the result (the order of the input table). */
    position: integer('position').notNull(),
    recipientCode: text('recipient_code')
      .notNull()
      .references(() => recipients.code),
    amountKr: kronor('amount_kr').notNull(),
    /** How the amount came about: the parts, exact quota, minimum, cap and rounding (camelCase, as the API shows it). */
    explanation: jsonb('explanation').$type<StoredExplanation>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('allocation_rows_recipient_unique').on(t.allocationId, t.recipientCode),
    check('allocation_rows_amount_kr_check', sql`${t.amountKr} >= 0`),
  ],
);
