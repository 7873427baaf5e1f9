import { sql } from 'drizzle-orm';
import {
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
