import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, kronor } from './columns';
import { decisions } from './decisions';
import { reports, reportRepayments, reportGrantId, reportRecipientCode } from './reporting';
import { z } from 'zod';

// ---- Receivables and audit (issue 5, docs/audit-and-clawback.md) ---------------------------------

/**
 * A payment received against a receivable: a repayment demand (report_repayments, outcome
 * `repay`) or an issued clawback decision. Several per receivable (partial payments); never more
 * than is outstanding (checked by src/domain/receivables). Append-only in practice: a payment
 * entered wrongly is corrected by the bank reconciliation, outside this table.
 */
export const receivablePayments = pgTable(
  'receivable_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: reportGrantId(),
    recipientCode: reportRecipientCode(),
    repaymentId: uuid('repayment_id').references(() => reportRepayments.id),
    decisionId: uuid('decision_id').references(() => decisions.id),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amountKr: kronor('amount_kr').notNull(),
    /** The payer's reference as received (normally the OCR number). */
    payerReference: text('payer_reference').notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('receivable_payments_grant_idx').on(t.grantId),
    index('receivable_payments_repayment_idx').on(t.repaymentId),
    index('receivable_payments_decision_idx').on(t.decisionId),
    check('receivable_payments_amount_check', sql`${t.amountKr} > 0`),
    check(
      'receivable_payments_target_check',
      sql`(${t.repaymentId} is null) <> (${t.decisionId} is null)`,
    ),
  ],
);

// The JSON an audit sample stores (docs/decisions/0018), read back through these schemas in
// db/audit-samples.ts; kronor as digit strings, exactly as drawn from.
const DigitString = z.string().regex(/^\d+$/);
export const StoredStrataSchema = z.array(
  z.strictObject({
    fromKr: DigitString,
    toKr: DigitString.nullable(),
    populationSize: z.number().int(),
    size: z.number().int(),
  }),
);
export type StoredStratum = z.infer<typeof StoredStrataSchema>[number];
export const StoredPopulationSchema = z.array(
  z.strictObject({
    recipientCode: z.string(),
    reportId: z.string(),
    revision: z.number().int(),
    receivedKr: DigitString,
  }),
);
export type StoredPopulation = z.infer<typeof StoredPopulationSchema>;

/**
 * A drawn audit sample (granskningsurval) of a grant's submitted reports: the seed, the strata
 * and the population exactly as drawn from, so the draw can be redone (src/domain/audit-sample).
 */
export const auditSamples = pgTable(
  'audit_samples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: reportGrantId(),
    /** Unsigned 32-bit seed of the Mulberry32 stream. */
    seed: bigint('seed', { mode: 'number' }).notNull(),
    /** `[{ fromKr, toKr, populationSize, size }]`, kronor as strings. */
    strata: jsonb('strata').$type<StoredStratum[]>().notNull(),
    /** `[{ recipientCode, reportId, revision, receivedKr }]` as drawn from, kronor as strings. */
    population: jsonb('population').$type<StoredPopulation>().notNull(),
    populationSize: integer('population_size').notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('audit_samples_grant_idx').on(t.grantId),
    check('audit_samples_seed_check', sql`${t.seed} between 0 and 4294967295`),
  ],
);

/** A report drawn into an audit sample, and the finding recorded on it. */
export const auditSampleItems = pgTable(
  'audit_sample_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => auditSamples.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    recipientCode: reportRecipientCode(),
    /** The submission (revision) that was drawn. */
    revision: integer('revision').notNull(),
    stratumIndex: integer('stratum_index').notNull(),
    drawOrder: integer('draw_order').notNull(),
    receivedKr: kronor('received_kr').notNull(),
    findingOutcome: text('finding_outcome', {
      enum: ['no_remark', 'remark', 'clawback_proposed'],
    }),
    findingText: text('finding_text'),
    findingAt: timestamp('finding_at', { withTimezone: true, mode: 'date' }),
    findingBy: text('finding_by'),
  },
  (t) => [
    unique('audit_sample_items_unique').on(t.sampleId, t.recipientCode),
    check(
      'audit_sample_items_outcome_check',
      sql`${t.findingOutcome} is null or ${t.findingOutcome} in ('no_remark', 'remark', 'clawback_proposed')`,
    ),
    check(
      'audit_sample_items_finding_check',
      sql`(${t.findingOutcome} is null) = (${t.findingText} is null and ${t.findingAt} is null and ${t.findingBy} is null)`,
    ),
  ],
);

/**
 * A clawback (återkrav): the `decisions` row of kind `clawback` prepared from an audit finding,
 * with the payment reference and due date its letter carries. A receivable once the decision is
 * issued; payments are registered against it in receivable_payments (decision_id).
 */
export const clawbacks = pgTable(
  'clawbacks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .unique('clawbacks_decision_unique')
      .references(() => decisions.id),
    grantId: reportGrantId(),
    recipientCode: reportRecipientCode(),
    auditSampleItemId: uuid('audit_sample_item_id')
      .notNull()
      .references(() => auditSampleItems.id),
    ocrReference: text('ocr_reference').notNull().unique('clawbacks_ocr_unique'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('clawbacks_grant_idx').on(t.grantId)],
);
