import type { StoredExplanation } from './allocation';
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { createdAt, updatedAt, kronor } from './columns';
import { recipients } from './recipients';
import { grants } from './grants';

// ---- Requisitions (rekvisitioner) and the second round (issue 4) ------------------------------

export const requisitionStatuses = ['draft', 'signed', 'withdrawn'] as const;

/** What a recipient fills in: the same columns in a requisition and in each signed version. */
const requisitionContent = () => ({
  grantId: uuid('grant_id')
    .notNull()
    .references(() => grants.id),
  recipientCode: text('recipient_code')
    .notNull()
    .references(() => recipients.code),
  declines: boolean('declines').notNull().default(false),
  amountKr: kronor('amount_kr'),
  wantsMore: boolean('wants_more').notNull().default(false),
  moreAmountKr: kronor('more_amount_kr'),
  contactName: text('contact_name').notNull(),
  contactEmail: text('contact_email').notNull(),
  contactPhone: text('contact_phone').notNull(),
});

/**
 * A recipient organisation's requisition of a published grant: one per grant × organisation. It is
 * a draft until a signatory signs it; a change after signing makes it a draft again (it needs a new
 * signature), and a signed one can be withdrawn, until the deadline. `declines` is an explicit "we
 * decline" (avstår): no amount. Every signature is kept in requisition_versions. `version` is for
 * optimistic concurrency: every change names the version it read.
 */
export const requisitions = pgTable(
  'requisitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...requisitionContent(),
    status: text('status', { enum: requisitionStatuses }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    /** The number of the last signed version (requisition_versions.number), if any. */
    signedVersionNumber: integer('signed_version_number'),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
    updatedAt: updatedAt(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    unique('requisitions_grant_recipient_unique').on(t.grantId, t.recipientCode),
    check('requisitions_status_check', sql`${t.status} in ('draft', 'signed', 'withdrawn')`),
    check(
      'requisitions_amount_check',
      sql`(${t.declines} and ${t.amountKr} is null) or (not ${t.declines} and ${t.amountKr} > 0)`,
    ),
    check(
      'requisitions_more_check',
      sql`(${t.wantsMore} and ${t.moreAmountKr} > 0 and not ${t.declines}) or (not ${t.wantsMore} and ${t.moreAmountKr} is null)`,
    ),
  ],
);

/** Every signed version of a requisition, as signed: immutable (a trigger refuses UPDATE and DELETE). */
export const requisitionVersions = pgTable(
  'requisition_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requisitionId: uuid('requisition_id')
      .notNull()
      .references(() => requisitions.id),
    /** 1, 2, … in the order signed. */
    number: integer('number').notNull(),
    ...requisitionContent(),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull(),
    signedBy: text('signed_by').notNull(),
    signedByName: text('signed_by_name').notNull(),
  },
  (t) => [
    unique('requisition_versions_number_unique').on(t.requisitionId, t.number),
    index('requisition_versions_grant_idx').on(t.grantId),
  ],
);

/** The case officer's permission for one recipient to requisition after the deadline, until a date. */
export const requisitionLatePermissions = pgTable(
  'requisition_late_permissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    recipientCode: text('recipient_code')
      .notNull()
      .references(() => recipients.code),
    untilOn: date('until_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true, mode: 'date' }).notNull(),
    grantedBy: text('granted_by').notNull(),
  },
  (t) => [unique('requisition_late_permissions_unique').on(t.grantId, t.recipientCode)],
);

/**
 * The confirmed second round of a grant (one per grant, frozen): the money not requisitioned
 * (grant sum − signed amounts) split by the key among those who asked for more, capped at what each
 * asked for. What no one asked for stays unallocated.
 */
export const secondRounds = pgTable(
  'second_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .unique()
      .references(() => grants.id),
    grantTotalKr: kronor('grant_total_kr').notNull(),
    signedTotalKr: kronor('signed_total_kr').notNull(),
    leftoverKr: kronor('leftover_kr').notNull(),
    totalKr: kronor('total_kr').notNull(),
    unallocatedKr: kronor('unallocated_kr').notNull(),
    /** sha256 of the rows as reviewed; confirming checks it against a fresh computation. */
    checksum: text('checksum').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }).notNull(),
    confirmedBy: text('confirmed_by').notNull(),
  },
  (t) => [
    check('second_rounds_total_check', sql`${t.totalKr} + ${t.unallocatedKr} = ${t.leftoverKr}`),
  ],
);

export const secondRoundRows = pgTable(
  'second_round_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    secondRoundId: uuid('second_round_id')
      .notNull()
      .references(() => secondRounds.id),
    recipientCode: text('recipient_code')
      .notNull()
      .references(() => recipients.code),
    requisitionId: uuid('requisition_id')
      .notNull()
      .references(() => requisitions.id),
    requisitionVersionId: uuid('requisition_version_id')
      .notNull()
      .references(() => requisitionVersions.id),
    /** The weight: the recipient's amount in the grant's published allocation (the key). */
    keyKr: kronor('key_kr').notNull(),
    requestedKr: kronor('requested_kr').notNull(),
    amountKr: kronor('amount_kr').notNull(),
    /** The engine's explanation (share, exact quota, cap, rounding), as the API shows it. */
    explanation: jsonb('explanation').$type<StoredExplanation>().notNull(),
  },
  (t) => [
    unique('second_round_rows_recipient_unique').on(t.secondRoundId, t.recipientCode),
    check(
      'second_round_rows_amount_check',
      sql`${t.amountKr} >= 0 and ${t.amountKr} <= ${t.requestedKr}`,
    ),
  ],
);
