import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, kronor } from './columns';
import { recipients } from './recipients';
import { grants } from './grants';
import { payoutChannels, decisions } from './decisions';

/** An organisation's account for payouts: bankgiro or plusgiro, in its printed form. */
export const paymentAccounts = pgTable(
  'payment_accounts',
  {
    recipientCode: text('recipient_code')
      .primaryKey()
      .references(() => recipients.code),
    accountType: text('account_type', { enum: ['bankgiro', 'plusgiro'] }).notNull(),
    accountNumber: text('account_number').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('payment_accounts_type_check', sql`${t.accountType} in ('bankgiro', 'plusgiro')`)],
);

/**
 * A change of an organisation's payout account that the agency proposed and a second person has
 * not confirmed yet (at most one per organisation; a new proposal replaces it). Until confirmed,
 * payouts use `payment_accounts` (docs/access.md, four eyes).
 */
export const paymentAccountChanges = pgTable(
  'payment_account_changes',
  {
    recipientCode: text('recipient_code')
      .primaryKey()
      .references(() => recipients.code),
    accountType: text('account_type', { enum: ['bankgiro', 'plusgiro'] }).notNull(),
    accountNumber: text('account_number').notNull(),
    proposedBy: text('proposed_by').notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('payment_account_changes_type_check', sql`${t.accountType} in ('bankgiro', 'plusgiro')`),
  ],
);

/** A payout batch of one grant: draft → approved (a decision maker) → paid (with the date). */
export const payoutBatches = pgTable(
  'payout_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    status: text('status', { enum: ['draft', 'approved', 'paid'] })
      .notNull()
      .default('draft'),
    paymentOn: date('payment_on', { mode: 'string' }).notNull(),
    totalKr: kronor('total_kr').notNull(),
    createdBy: text('created_by').notNull(),
    approvedBy: text('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    paidOn: date('paid_on', { mode: 'string' }),
    paidBy: text('paid_by'),
    paidAt: timestamp('paid_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('payout_batches_grant_id_idx').on(t.grantId),
    check('payout_batches_status_check', sql`${t.status} in ('draft', 'approved', 'paid')`),
    check('payout_batches_total_kr_check', sql`${t.totalKr} >= 0`),
    check('payout_batches_paid_check', sql`(${t.status} = 'paid') = (${t.paidOn} is not null)`),
  ],
);

/** One line of a payout batch: one issued decision, paid at most once (unique decision_id). */
export const payoutLines = pgTable(
  'payout_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => payoutBatches.id),
    position: integer('position').notNull(),
    decisionId: uuid('decision_id')
      .notNull()
      .unique('payout_lines_decision_unique')
      .references(() => decisions.id),
    recipientCode: text('recipient_code')
      .notNull()
      .references(() => recipients.code),
    amountKr: kronor('amount_kr').notNull(),
    channel: text('channel', { enum: payoutChannels }).notNull(),
    accountType: text('account_type', { enum: ['bankgiro', 'plusgiro'] }),
    accountNumber: text('account_number'),
    createdAt: createdAt(),
  },
  (t) => [
    index('payout_lines_batch_id_idx').on(t.batchId),
    check('payout_lines_amount_kr_check', sql`${t.amountKr} > 0`),
    check(
      'payout_lines_account_check',
      sql`(${t.channel} = 'general_funds' and ${t.accountNumber} is null) or (${t.channel} = 'bank_transfer' and ${t.accountNumber} is not null and ${t.accountType} is not null)`,
    ),
  ],
);
