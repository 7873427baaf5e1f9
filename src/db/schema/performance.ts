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
import { z } from 'zod';

// The JSON this feature stores (docs/decisions/0018): read back through these schemas in
// db/performance.ts. Kronor in the key and figures as digit strings (exact), in a result as
// JSON integers (as the API shows it).

/** A model.json as the case officer saved it; the domain parser checks it on every use. */
export const StoredModelSchema = z.record(z.string(), z.unknown());
export type StoredModel = z.infer<typeof StoredModelSchema>;

/** The allocation key: kronor as digit strings. */
export const StoredKeySchema = z.array(
  z.strictObject({ recipientCode: z.string(), keyKr: z.string().regex(/^\d+$/) }),
);
export type StoredKey = z.infer<typeof StoredKeySchema>;

/** One recipient's figures: exact rationals as canonical strings, null for an empty optional one. */
export const FigureValuesSchema = z.record(z.string(), z.string().nullable());
export type FigureValues = z.infer<typeof FigureValuesSchema>;

/** The figures a result was calculated from, with the upload's line. */
export const StoredFigureRowsSchema = z.array(
  z.strictObject({ recipientCode: z.string(), line: z.number().int(), values: FigureValuesSchema }),
);
export type StoredFigureRows = z.infer<typeof StoredFigureRowsSchema>;

const UnknownReasonSchema = z.looseObject({ code: z.string() });
const ShownValueSchema = z.strictObject({
  exact: z.string().optional(),
  decimal: z.string().optional(),
  unknown: UnknownReasonSchema.optional(),
});
const Kronor = z.number().int();

/** A calculation as stored with its result (run-performance-calculation.ts makes it). */
export const StoredPerformanceResultSchema = z.strictObject({
  name: z.string(),
  totalKr: Kronor,
  moneyNotTaken: z.literal('reallocate_by_key_among_qualifiers'),
  figures: z.array(
    z.strictObject({
      name: z.string(),
      label: z.string(),
      labelEn: z.string().optional(),
      unit: z.string(),
      type: z.enum(['integer', 'decimal']),
    }),
  ),
  // The English and short labels came later (issue 13 §3): results stored before have none.
  conditions: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      labelEn: z.string().optional(),
      shortLabel: z.string().optional(),
      shortLabelEn: z.string().optional(),
      expression: z.string(),
    }),
  ),
  pools: z.array(
    z.strictObject({
      poolId: z.string(),
      label: z.string(),
      labelEn: z.string().optional(),
      fraction: z.string(),
      conditionIds: z.array(z.string()),
      exactKr: z.string(),
      exactKrDecimal: z.string(),
      amountKr: Kronor,
      roundedUp: z.boolean(),
      qualifierCount: z.number().int(),
      qualifierKeyKr: Kronor,
    }),
  ),
  recipients: z.array(
    z.strictObject({
      recipientCode: z.string(),
      recipientName: z.string(),
      keyKr: Kronor,
      registered: z.boolean(),
      status: z.enum(['qualified', 'no_condition_met', 'not_reported', 'not_registered']),
      amountKr: Kronor,
      figures: FigureValuesSchema,
      conditions: z.array(
        z.strictObject({
          conditionId: z.string(),
          label: z.string(),
          expression: z.string(),
          inputs: z.array(z.strictObject({ figure: z.string(), value: ShownValueSchema })),
          steps: z.array(z.strictObject({ expression: z.string(), value: ShownValueSchema })),
          met: z.boolean(),
          unknown: UnknownReasonSchema.optional(),
        }),
      ),
      pools: z.array(
        z.strictObject({
          poolId: z.string(),
          qualifies: z.boolean(),
          share: z.string(),
          exactKr: z.string(),
          exactKrDecimal: z.string(),
          roundedDownKr: Kronor,
          roundedUp: z.boolean(),
          amountKr: Kronor,
        }),
      ),
      explanation: z.string(),
    }),
  ),
  counts: z.strictObject({
    registered: z.number().int(),
    reported: z.number().int(),
    qualified: z.number().int(),
    perCondition: z.array(
      z.strictObject({ conditionId: z.string(), label: z.string(), count: z.number().int() }),
    ),
    combinations: z.array(
      z.strictObject({ conditionIds: z.array(z.string()), count: z.number().int() }),
    ),
    qualifiedShareOfReported: z.strictObject({ exact: z.string(), percent: z.string() }).nullable(),
  }),
});
export type StoredPerformanceResult = z.infer<typeof StoredPerformanceResultSchema>;

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
  model: jsonb('model').$type<StoredModel>(),
  key: jsonb('key').$type<StoredKey>(),
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
    values: jsonb('values').$type<FigureValues>().notNull(),
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
    model: jsonb('model').$type<StoredModel>().notNull(),
    key: jsonb('key').$type<StoredKey>().notNull(),
    figures: jsonb('figures').$type<StoredFigureRows>().notNull(),
    result: jsonb('result').$type<StoredPerformanceResult>().notNull(),
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
