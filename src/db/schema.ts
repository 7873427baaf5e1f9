// The database schema. `npm run db:generate` turns changes here into a new SQL migration in
// src/db/migrations (committed, forward-only); the app applies them at start on PGlite and PostgreSQL.
//
// Conventions (docs/ARCHITECTURE.md): money in whole kronor as `bigint` columns named `*_kr`,
// calendar dates as `date` columns read as 'YYYY-MM-DD' strings (`*_on`), instants as `timestamptz`
// (`*_at`). Enumerations are text with a CHECK constraint rather than PostgreSQL enums, because adding
// a value to a CHECK is one plain migration while `ALTER TYPE … ADD VALUE` cannot run in a transaction.
import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  bigint,
  bigserial,
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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
// `.default(0n)` crashes drizzle-kit generate (it cannot serialise a BigInt), hence sql`0`.
const kronor = (name: string) => bigint(name, { mode: 'bigint' });

/**
 * The organisations that can receive a grant: the 290 municipalities (4-digit kommunkod) and the 21
 * regions (2-digit county code), loaded from reference/*.csv at start.
 *
 * Region Gotland is one organisation acting both as the municipality 0980 and as the region 09
 * (Gotland has no separate county council). It keeps both rows, because grants to municipalities
 * and grants to regions address it under different codes, and links them with
 * `same_organisation_as` in both directions; the two rows always carry the same organisation number
 * (the recipient import enforces it).
 */
export const recipients = pgTable(
  'recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    type: text('type', { enum: ['municipality', 'region'] }).notNull(),
    name: text('name').notNull(),
    countyCode: text('county_code').notNull(),
    orgNumber: text('org_number'),
    sameOrganisationAs: text('same_organisation_as').references((): AnyPgColumn => recipients.code),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('recipients_type_check', sql`${t.type} in ('municipality', 'region')`),
    check(
      'recipients_code_check',
      sql`(${t.type} = 'municipality' and ${t.code} ~ '^[0-9]{4}$') or (${t.type} = 'region' and ${t.code} ~ '^[0-9]{2}$')`,
    ),
    check('recipients_org_number_check', sql`${t.orgNumber} ~ '^[0-9]{6}-[0-9]{4}$'`),
  ],
);

export const grantStatuses = ['draft', 'published', 'closed', 'follow_up', 'finished'] as const;

export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    grantYear: integer('grant_year').notNull(),
    legalBasis: text('legal_basis').notNull(),
    appropriation: text('appropriation').notNull().default(''),
    appropriationItem: text('appropriation_item').notNull().default(''),
    totalAmountKr: kronor('total_amount_kr').notNull(),
    eligibleRecipientTypes: text('eligible_recipient_types').array().notNull(),
    purpose: text('purpose').notNull().default(''),
    usageAreas: text('usage_areas')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    distributionMethod: text('distribution_method').notNull().default('allocation_key'),
    callOn: date('call_on', { mode: 'string' }),
    requisitionDeadlineOn: date('requisition_deadline_on', { mode: 'string' }),
    usageStartOn: date('usage_start_on', { mode: 'string' }),
    usageEndOn: date('usage_end_on', { mode: 'string' }),
    reportingDeadlineOn: date('reporting_deadline_on', { mode: 'string' }),
    repaymentDeadlineOn: date('repayment_deadline_on', { mode: 'string' }),
    repaymentRequired: boolean('repayment_required').notNull(),
    waiverThresholdKr: kronor('waiver_threshold_kr')
      .notNull()
      .default(sql`0`),
    minimumAmountKr: kronor('minimum_amount_kr')
      .notNull()
      .default(sql`0`),
    privateProvidersShareRequired: boolean('private_providers_share_required').notNull(),
    /** A second round (andra omgången) shares the money not requisitioned among those who ask for more. */
    secondRound: boolean('second_round').notNull().default(false),
    status: text('status', { enum: grantStatuses }).notNull().default('draft'),
    /** Optimistic concurrency: every update must name the version it read, and bumps it. */
    version: integer('version').notNull().default(1),
    publishedAllocationId: uuid('published_allocation_id').references(
      (): AnyPgColumn => allocations.id,
    ),
    copiedFromGrantId: uuid('copied_from_grant_id').references((): AnyPgColumn => grants.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'grants_status_check',
      sql`${t.status} in ('draft', 'published', 'closed', 'follow_up', 'finished')`,
    ),
    check('grants_total_amount_kr_check', sql`${t.totalAmountKr} > 0`),
    check('grants_kronor_check', sql`${t.waiverThresholdKr} >= 0 and ${t.minimumAmountKr} >= 0`),
    check('grants_usage_period_check', sql`${t.usageEndOn} >= ${t.usageStartOn}`),
    // A key grant that is no longer a draft has a published allocation; a performance-based one is
    // distributed by its published calculation instead (changeGrantStatus checks both).
    check(
      'grants_published_allocation_check',
      sql`${t.status} = 'draft' or ${t.publishedAllocationId} is not null or ${t.distributionMethod} = 'performance'`,
    ),
  ],
);

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
    model: jsonb('model').notNull(),
    /** The indicator table: `{ columns: string[], rows: { recipient_code, values: { column: "rational" } }[] }`. */
    inputs: jsonb('inputs').notNull(),
    /** The engine's component totals (amounts and indicator totals as strings). */
    components: jsonb('components').notNull(),
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
    explanation: jsonb('explanation').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('allocation_rows_recipient_unique').on(t.allocationId, t.recipientCode),
    check('allocation_rows_amount_kr_check', sql`${t.amountKr} >= 0`),
  ],
);

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

/** The roles of docs/access.md. The policy (src/services/policy.ts) says what each may do. */
export const roles = [
  'admin',
  'case_officer',
  'decision_maker',
  'analyst',
  'recipient_user',
  'recipient_signatory',
] as const;

/**
 * A person who signs in: agency staff, or a recipient's staff (`recipient_code` is their
 * organisation). `password_hash` is `scrypt$…` (src/services/password.ts) and null until the person
 * sets a password through the one-time link they were invited with; only the link's sha256 is kept.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower case; sign-in compares lower case. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    passwordTokenHash: text('password_token_hash').unique(),
    passwordTokenExpiresAt: timestamp('password_token_expires_at', {
      withTimezone: true,
      mode: 'date',
    }),
    recipientCode: text('recipient_code').references(() => recipients.code),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('users_email_check', sql`${t.email} = lower(${t.email}) and ${t.email} like '%@%'`),
  ],
);

/** What a user may do: one row per role, a case officer's limited to one grant by `grant_id`. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    /** Null: every grant. Only a case officer can be limited to one grant. */
    grantId: uuid('grant_id').references(() => grants.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('role_assignments_unique').on(t.userId, t.role, t.grantId).nullsNotDistinct(),
    check(
      'role_assignments_role_check',
      sql`${t.role} in ('admin', 'case_officer', 'decision_maker', 'analyst', 'recipient_user', 'recipient_signatory')`,
    ),
    check('role_assignments_scope_check', sql`${t.grantId} is null or ${t.role} = 'case_officer'`),
  ],
);

/**
 * A signed-in browser. The cookie holds a random 256-bit token; only its sha256 is stored, so a
 * copy of the database does not let anyone sign in. Ends at `expires_at`, or after the idle time
 * since `last_seen_at`, or on sign-out (the row is deleted).
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sent back in X-CSRF-Token on every state-changing request. */
    csrfToken: text('csrf_token').notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

/**
 * Every sign-in attempt, for throttling failures per account and per address. In the database
 * rather than in memory so that a restart does not reset it and every instance sees the same count.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('sign_in_attempts_email_idx').on(t.email, t.attemptedAt),
    index('sign_in_attempts_ip_idx').on(t.ip, t.attemptedAt),
  ],
);

/**
 * A performance-based grant's set-up (docs/performance-model.md): the model.json as the case
 * officer saved it (validated by the domain parser on save and parsed again on every use), the
 * allocation key (`[{ recipientCode, keyKr }]`, kronor as digit strings) and the last day to
 * register an expression of interest.
 */
export const performanceSetups = pgTable('performance_setups', {
  grantId: uuid('grant_id')
    .primaryKey()
    .references(() => grants.id),
  model: jsonb('model'),
  key: jsonb('key'),
  keyFilename: text('key_filename'),
  interestDeadlineOn: date('interest_deadline_on', { mode: 'string' }),
  /** The last day recipients may report their figures in the portal (inclusive); null: until published. */
  figuresDeadlineOn: date('figures_deadline_on', { mode: 'string' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A recipient's expression of interest ("intresseanmälan") in a performance-based grant. */
export const interestRegistrations = pgTable(
  'interest_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    recipientCode: text('recipient_code')
      .notNull()
      .references(() => recipients.code),
    registeredAt: timestamp('registered_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Who registered it: the agency on the recipient's behalf, or (issue 4) the recipient. */
    registeredBy: text('registered_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('interest_registrations_unique').on(t.grantId, t.recipientCode)],
);

/**
 * The figures a recipient reported (`{ figure: "exact rational" | null }`; null = an optional figure
 * left empty), and where they came from: the recipient's portal form, the agency's form or an
 * upload (file and line). An upload replaces all of a grant's rows at once; `version` counts every
 * save of a recipient's row (an upload carries it on), for optimistic concurrency in the forms.
 */
export const reportedFigures = pgTable(
  'reported_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    recipientCode: text('recipient_code')
      .notNull()
      .references(() => recipients.code),
    values: jsonb('values').notNull(),
    source: text('source', { enum: ['upload', 'portal', 'agency_form'] })
      .notNull()
      .default('upload'),
    /** The upload's file and line; null for a form. */
    sourceFilename: text('source_filename'),
    sourceLine: integer('source_line'),
    /** Who saved the row (the audit actor); null for rows stored before it was recorded. */
    savedBy: text('saved_by'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('reported_figures_unique').on(t.grantId, t.recipientCode),
    check(
      'reported_figures_source_check',
      sql`${t.source} in ('upload', 'portal', 'agency_form') and (${t.source} = 'upload') = (${t.sourceFilename} is not null and ${t.sourceLine} is not null)`,
    ),
  ],
);

/**
 * One calculation of a performance-based grant: the exact model, key and figures it ran on (so it
 * can be recomputed and its checksum verified), the result JSON (preview, pools, amounts,
 * explanations, counts) and the sha256 of the result CSV `statsbidrag performance` prints.
 * A published result is frozen.
 */
export const performanceResults = pgTable(
  'performance_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    model: jsonb('model').notNull(),
    key: jsonb('key').notNull(),
    figures: jsonb('figures').notNull(),
    result: jsonb('result').notNull(),
    totalKr: kronor('total_kr').notNull(),
    checksum: text('checksum').notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    publishedBy: text('published_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('performance_results_grant_id_idx').on(t.grantId),
    check('performance_results_status_check', sql`${t.status} in ('draft', 'published')`),
    check(
      'performance_results_published_check',
      sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`,
    ),
  ],
);

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
    explanation: jsonb('explanation').notNull(),
  },
  (t) => [
    unique('second_round_rows_recipient_unique').on(t.secondRoundId, t.recipientCode),
    check(
      'second_round_rows_amount_check',
      sql`${t.amountKr} >= 0 and ${t.amountKr} <= ${t.requestedKr}`,
    ),
  ],
);

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

// ---- Follow-up reporting (issue 5) ----------------------------------------------------------------

/** The grant a reporting row belongs to. */
const reportGrantId = () =>
  uuid('grant_id')
    .notNull()
    .references(() => grants.id);
/** The organisation a reporting row is about. */
const reportRecipientCode = () =>
  text('recipient_code')
    .notNull()
    .references(() => recipients.code);

/**
 * A grant's follow-up form ("återrapporteringsformulär") and reporting settings. The form itself
 * lives in report_form_versions; `current_version` is the one recipients get. `voluntary`: reporting
 * is not required for this grant (missing reports are shown as such, not as late).
 */
export const reportForms = pgTable('report_forms', {
  grantId: uuid('grant_id')
    .primaryKey()
    .references(() => grants.id),
  currentVersion: integer('current_version').notNull(),
  voluntary: boolean('voluntary').notNull().default(false),
  /** Optimistic concurrency of the officer's edits: every save names the revision it read. */
  revision: integer('revision').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * One version of a grant's form: the economic part and the SurveyJS questionnaire
 * (src/domain/reporting/form-model.ts). A version some recipient has started a report on is frozen:
 * a change then makes a new version, and every report keeps the version it was given against.
 */
export const reportFormVersions = pgTable(
  'report_form_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: reportGrantId(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    /** The template it was copied from (a copy, never a reference), if any. */
    templateId: text('template_id'),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('report_form_versions_unique').on(t.grantId, t.version)],
);

export const reportStatuses = ['draft', 'submitted'] as const;

/**
 * A recipient's follow-up report on a grant, as it stands now: a draft (autosaved, `version` for
 * optimistic concurrency) or submitted (locked). Reopened by the case officer, it is a draft again
 * with `revision` + 1; every submission is kept in report_submissions.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: reportGrantId(),
    recipientCode: reportRecipientCode(),
    formVersion: integer('form_version').notNull(),
    status: text('status', { enum: reportStatuses }).notNull().default('draft'),
    revision: integer('revision').notNull().default(1),
    version: integer('version').notNull().default(1),
    usedKr: kronor('used_kr'),
    /** `{ categoryId: "kronor" | null }` (digit strings, like every amount kept in JSON). */
    costs: jsonb('costs').notNull(),
    privateProviders: text('private_providers'),
    privateShareBand: text('private_share_band'),
    /** The questionnaire's answers, SurveyJS data. */
    answers: jsonb('answers').notNull(),
    /** Set at submission: what was received then and what was left unused. */
    receivedKr: kronor('received_kr'),
    unusedKr: kronor('unused_kr'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: text('submitted_by'),
    reopenedReason: text('reopened_reason'),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
    updatedAt: updatedAt(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    unique('reports_unique').on(t.grantId, t.recipientCode),
    check('reports_status_check', sql`${t.status} in ('draft', 'submitted')`),
    check(
      'reports_submitted_check',
      sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`,
    ),
    check(
      'reports_kronor_check',
      sql`coalesce(${t.usedKr}, 0) >= 0 and coalesce(${t.unusedKr}, 0) >= 0`,
    ),
  ],
);

/** Every submission of a report, kept forever: a corrected report is a new revision. */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    grantId: reportGrantId(),
    recipientCode: reportRecipientCode(),
    revision: integer('revision').notNull(),
    formVersion: integer('form_version').notNull(),
    receivedKr: kronor('received_kr').notNull(),
    usedKr: kronor('used_kr').notNull(),
    unusedKr: kronor('unused_kr').notNull(),
    /** `{ costs, privateProviders, privateShareBand, answers }` as submitted. */
    content: jsonb('content').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull(),
    submittedBy: text('submitted_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('report_submissions_unique').on(t.reportId, t.revision),
    index('report_submissions_grant_idx').on(t.grantId),
  ],
);

/** A later last day to report for one recipient ("anstånd"), granted by the case officer. */
export const reportDeadlineExtensions = pgTable(
  'report_deadline_extensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: reportGrantId(),
    recipientCode: reportRecipientCode(),
    /** The new last day (inclusive, Europe/Stockholm). */
    deadlineOn: date('deadline_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('report_deadline_extensions_unique').on(t.grantId, t.recipientCode)],
);

/**
 * What a submitted report means for repayment (src/domain/repayment): a demand for the unused
 * money with an OCR reference and a due date, a waiver under the grant's threshold, or nothing.
 * One per submission (revision); a corrected report gets its own, the earlier ones are kept.
 */
export const reportRepayments = pgTable(
  'report_repayments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    grantId: reportGrantId(),
    recipientCode: reportRecipientCode(),
    revision: integer('revision').notNull(),
    outcome: text('outcome', { enum: ['fully_used', 'repay', 'waived', 'kept'] }).notNull(),
    receivedKr: kronor('received_kr').notNull(),
    usedKr: kronor('used_kr').notNull(),
    unusedKr: kronor('unused_kr').notNull(),
    toRepayKr: kronor('to_repay_kr').notNull(),
    waivedKr: kronor('waived_kr').notNull(),
    ocrReference: text('ocr_reference'),
    dueOn: date('due_on', { mode: 'string' }),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    unique('report_repayments_unique').on(t.reportId, t.revision),
    index('report_repayments_grant_idx').on(t.grantId),
    check(
      'report_repayments_outcome_check',
      sql`${t.outcome} in ('fully_used', 'repay', 'waived', 'kept')`,
    ),
    check(
      'report_repayments_sum_check',
      sql`${t.receivedKr} = ${t.usedKr} + ${t.unusedKr} and ${t.toRepayKr} + ${t.waivedKr} <= ${t.unusedKr}`,
    ),
    check(
      'report_repayments_demand_check',
      sql`(${t.outcome} = 'repay') = (${t.ocrReference} is not null and ${t.dueOn} is not null)`,
    ),
  ],
);

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
    strata: jsonb('strata').notNull(),
    /** `[{ recipientCode, reportId, revision, receivedKr }]` as drawn from, kronor as strings. */
    population: jsonb('population').notNull(),
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

// --- Agency settings and OpenID Connect identities (docs/decisions/0016) ---

/**
 * The agency's own details, edited by an administrator on the settings page: the letterhead
 * (name, organisation number, postal address, contact), the series decision reference numbers are
 * taken in, the bankgiro repayments are paid to and the default appeal text. Exactly one row
 * (id 1), seeded by a migration with the values that used to be constants; null organisation
 * number, contact or bankgiro are not printed.
 */
export const agencySettings = pgTable(
  'agency_settings',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull(),
    /** NNNNNN-NNNN. */
    orgNumber: text('org_number'),
    /** One or more lines, separated by line breaks. */
    postalAddress: text('postal_address').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** The prefix of reference numbers taken from now on: `SB` in `SB 2026/0001`. */
    referenceSeries: text('reference_series').notNull(),
    /** In its printed form, NNN-NNNN or NNNN-NNNN. */
    repaymentBankgiro: text('repayment_bankgiro'),
    appealText: text('appeal_text').notNull(),
    /** Counts changes: a PUT with a stale one is refused. */
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
    updatedBy: text('updated_by').notNull().default('system'),
  },
  (t) => [check('agency_settings_one_row', sql`${t.id} = 1`)],
);

/**
 * An account bound to an identity at an OpenID Connect provider (issuer and subject), made at the
 * first sign-in with the provider's verified email; later sign-ins find the account by it, even
 * after the email changed at the provider. One per account and issuer.
 */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    /** The email the provider vouched for when the binding was made. */
    email: text('email').notNull(),
    createdAt: createdAt(),
    lastSignedInAt: timestamp('last_signed_in_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    unique('user_identities_subject_unique').on(t.issuer, t.subject),
    unique('user_identities_user_issuer_unique').on(t.userId, t.issuer),
  ],
);

/**
 * The provider's ID token of a session signed in with OpenID Connect, kept only to end the
 * session at the provider on sign-out (id_token_hint); it goes with the session (cascade).
 */
export const sessionIdTokens = pgTable('session_id_tokens', {
  sessionTokenHash: text('session_token_hash')
    .primaryKey()
    .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
  idToken: text('id_token').notNull(),
  createdAt: createdAt(),
});
