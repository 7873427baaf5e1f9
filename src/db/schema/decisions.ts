import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, kronor } from './columns';
import { recipients } from './recipients';
import { grants } from './grants';
import { users } from './access';

// ---------------------------------------------------------------------------------------------
// Decisions (beslut) and payouts (utbetalningar), issue 4 and 6 (ADR 0009, docs/decisions.md).
// ---------------------------------------------------------------------------------------------

export const decisionKinds = ['requisition', 'second_round', 'performance', 'clawback'] as const;
export const payoutChannels = ['bank_transfer', 'general_funds'] as const;

/**
 * A grant's decision settings: the appeal information printed on every decision letter (the
 * förvaltningslagen 2017:900 40–45 §§ text by default; some ordinances say a decision cannot be
 * appealed, then the officer writes that here). No row: the defaults.
 */
export const grantDecisionSettings = pgTable('grant_decision_settings', {
  grantId: uuid('grant_id')
    .primaryKey()
    .references(() => grants.id),
  appealText: text('appeal_text').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * The last reference number (diarienummer) given in a series and year. Taking the next number is
 * an upsert that increments in the issuing transaction, so the row is locked until it commits and a
 * rolled-back issue gives its number back: numbers have no gaps and are never given twice.
 */
export const referenceCounters = pgTable(
  'reference_counters',
  {
    series: text('series').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('reference_counters_unique').on(t.series, t.year)],
);

/**
 * One decision for one recipient. A draft is prepared by a case officer from a source of decided
 * amounts (a published performance result, a requisition, a second-round amount); a decision maker
 * issues it, which gives it its reference number, date and decision maker and freezes it (a trigger
 * refuses to update or delete an issued decision; a correction is a new decision that supersedes).
 */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referenceNumber: text('reference_number').unique(),
    kind: text('kind', { enum: decisionKinds }).notNull(),
    status: text('status', { enum: ['draft', 'issued'] })
      .notNull()
      .default('draft'),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    recipientCode: text('recipient_code')
      .notNull()
      .references(() => recipients.code),
    amountKr: kronor('amount_kr').notNull(),
    payoutChannel: text('payout_channel', { enum: payoutChannels }).notNull(),
    legalBasis: text('legal_basis').notNull(),
    reasons: text('reasons').notNull(),
    conditions: text('conditions').notNull(),
    appealText: text('appeal_text').notNull(),
    /** What the amount was decided from: `performance_result`, `requisition`, … and its id. */
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    /** The issued decision this one corrects; each decision is corrected at most once. */
    supersedesDecisionId: uuid('supersedes_decision_id')
      .unique('decisions_supersedes_unique')
      .references((): AnyPgColumn => decisions.id),
    preparedBy: text('prepared_by').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionMakerId: uuid('decision_maker_id').references(() => users.id),
    decisionMakerName: text('decision_maker_name'),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('decisions_grant_id_idx').on(t.grantId),
    index('decisions_recipient_code_idx').on(t.recipientCode),
    check(
      'decisions_kind_check',
      sql`${t.kind} in ('requisition', 'second_round', 'performance', 'clawback')`,
    ),
    check('decisions_status_check', sql`${t.status} in ('draft', 'issued')`),
    check('decisions_channel_check', sql`${t.payoutChannel} in ('bank_transfer', 'general_funds')`),
    check('decisions_amount_kr_check', sql`${t.amountKr} >= 0`),
    check(
      'decisions_issued_check',
      sql`(${t.status} = 'issued') = (${t.referenceNumber} is not null and ${t.decidedOn} is not null and ${t.decisionMakerName} is not null and ${t.issuedAt} is not null)`,
    ),
    // One decision per recipient and source, unless it supersedes an earlier one.
    uniqueIndex('decisions_source_unique')
      .on(t.sourceType, t.sourceId, t.recipientCode, t.kind)
      .where(sql`${t.supersedesDecisionId} is null`),
  ],
);
