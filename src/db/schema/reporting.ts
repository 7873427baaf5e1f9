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
import { z } from 'zod';
import {
  FormDefinitionSchema,
  PRIVATE_SHARE_BANDS,
  YES_NO_NA,
  type FormDefinition,
} from '../../domain/reporting/form-model';

// ---- Follow-up reporting (issue 5) ----------------------------------------------------------------

/** The grant a reporting row belongs to. */
export const reportGrantId = () =>
  uuid('grant_id')
    .notNull()
    .references(() => grants.id);
/** The organisation a reporting row is about. */
export const reportRecipientCode = () =>
  text('recipient_code')
    .notNull()
    .references(() => recipients.code);

// The JSON this feature stores (docs/decisions/0018), read back through these schemas in
// db/reporting.ts. Kronor as digit strings, like every amount kept in JSON here.
const DigitString = z.string().regex(/^\d+$/);

/** A form version as checked on save (the domain's schema of a form definition). */
export const StoredFormDefinitionSchema = FormDefinitionSchema;

/** The costs by category id: kronor as digit strings, null when not given. */
export const StoredCostsSchema = z.record(z.string(), DigitString.nullable());
export type StoredCosts = z.infer<typeof StoredCostsSchema>;
/** The questionnaire's answers, SurveyJS data (checked against the form where they are used). */
export const StoredAnswersSchema = z.record(z.string(), z.unknown());
export type StoredAnswers = z.infer<typeof StoredAnswersSchema>;
export const PrivateProvidersSchema = z.enum(YES_NO_NA);
export const PrivateShareBandSchema = z.enum(PRIVATE_SHARE_BANDS);

/** A submission's content, as submitted. */
export const StoredSubmissionContentSchema = z.strictObject({
  costs: StoredCostsSchema,
  privateProviders: PrivateProvidersSchema.nullable(),
  privateShareBand: PrivateShareBandSchema.nullable(),
  answers: StoredAnswersSchema,
});
export type StoredSubmissionContent = z.infer<typeof StoredSubmissionContentSchema>;

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
    definition: jsonb('definition').$type<FormDefinition>().notNull(),
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
    costs: jsonb('costs').$type<StoredCosts>().notNull(),
    privateProviders: text('private_providers', { enum: YES_NO_NA }),
    privateShareBand: text('private_share_band', { enum: PRIVATE_SHARE_BANDS }),
    /** The questionnaire's answers, SurveyJS data. */
    answers: jsonb('answers').$type<StoredAnswers>().notNull(),
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
    content: jsonb('content').$type<StoredSubmissionContent>().notNull(),
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
