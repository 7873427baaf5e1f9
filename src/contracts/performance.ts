import { z } from 'zod';
import { LocalDateSchema } from './grants';
import { MyInterestListSchema } from './me';
import { route } from './route';
import { EXPORT_TYPES, FilePart, IdParamsSchema, multipartBody } from './shared';

const RationalString = z
  .string()
  .describe('An exact rational: an integer, a decimal with a dot, or "numerator/denominator".');

export const PerformanceModelInputSchema = z.object({
  modelText: z
    .string()
    .max(200_000)
    .describe(
      'The model as JSON text (docs/performance-model.md); checked on save, every issue with its JSON path.',
    ),
  interestDeadlineOn: LocalDateSchema.nullable()
    .default(null)
    .describe('The last day to register an expression of interest (inclusive).'),
  figuresDeadlineOn: LocalDateSchema.nullable()
    .default(null)
    .describe(
      'The last day recipients may report their figures in the portal (inclusive, Europe/Stockholm); null: until a calculation is published.',
    ),
});
export type PerformanceModelInput = z.infer<typeof PerformanceModelInputSchema>;

export const InterestRegistrationInputSchema = z.object({
  recipientCodes: z.array(z.string().trim().min(1).max(10)).min(1).max(400),
});

export const RecipientCodeParamsSchema = z.object({
  id: z.uuid(),
  code: z.string().min(1).max(10),
});

export const InterestRegistrationSchema = z.object({
  recipientCode: z.string(),
  recipientName: z.string(),
  registeredAt: z.iso.datetime(),
  registeredBy: z.string(),
});

export const FigureSourceSchema = z
  .enum(['upload', 'portal', 'agency_form'])
  .describe("Where a row came from: an upload, the recipient's portal form, the agency's form");

export const ReportedFiguresRowSchema = z.object({
  recipientCode: z.string(),
  values: z.record(z.string(), RationalString.nullable()),
  source: FigureSourceSchema,
  sourceFilename: z.string().nullable(),
  sourceLine: z.number().int().nullable(),
  savedBy: z.string().nullable(),
  savedAt: z.iso.datetime(),
  version: z.number().int(),
});

export const PerformanceResultSummarySchema = z.object({
  id: z.uuid(),
  grantId: z.uuid(),
  status: z.enum(['draft', 'published']),
  totalKr: z.number().int(),
  checksum: z.string().describe('sha256 of the result CSV `statsbidrag performance` prints'),
  qualified: z.number().int(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  publishedBy: z.string().nullable(),
});
export type PerformanceResultSummary = z.infer<typeof PerformanceResultSummarySchema>;

export const PerformanceOverviewSchema = z.object({
  grantId: z.uuid(),
  model: z.unknown().nullable().describe('The saved model.json, or null'),
  interestDeadlineOn: LocalDateSchema.nullable(),
  figuresDeadlineOn: LocalDateSchema.nullable(),
  key: z
    .object({
      recipientCount: z.number().int(),
      totalKr: z.number().int(),
      filename: z.string().nullable(),
    })
    .nullable(),
  registrations: z.array(InterestRegistrationSchema),
  figures: z.object({
    filename: z.string().nullable(),
    rows: z.array(ReportedFiguresRowSchema),
  }),
  results: z.array(PerformanceResultSummarySchema),
});
export type PerformanceOverview = z.infer<typeof PerformanceOverviewSchema>;

const UnknownReasonSchema = z.looseObject({ code: z.string() });
const ShownValueSchema = z.object({
  exact: z.string().optional(),
  decimal: z.string().optional(),
  unknown: UnknownReasonSchema.optional(),
});

export const ConditionEvaluationSchema = z.object({
  conditionId: z.string(),
  label: z.string(),
  expression: z.string(),
  inputs: z.array(z.object({ figure: z.string(), value: ShownValueSchema })),
  steps: z.array(z.object({ expression: z.string(), value: ShownValueSchema })),
  met: z.boolean(),
  unknown: UnknownReasonSchema.optional(),
});
export type ConditionEvaluation = z.infer<typeof ConditionEvaluationSchema>;

export const PerformanceRecipientStatusSchema = z.enum([
  'qualified',
  'no_condition_met',
  'not_reported',
  'not_registered',
]);
export type PerformanceRecipientStatus = z.infer<typeof PerformanceRecipientStatusSchema>;

export const PerformanceRecipientSchema = z.object({
  recipientCode: z.string(),
  recipientName: z.string(),
  keyKr: z.number().int(),
  registered: z.boolean(),
  status: PerformanceRecipientStatusSchema,
  amountKr: z.number().int(),
  figures: z.record(z.string(), RationalString.nullable()),
  conditions: z.array(ConditionEvaluationSchema),
  pools: z.array(
    z.object({
      poolId: z.string(),
      qualifies: z.boolean(),
      share: RationalString,
      exactKr: RationalString,
      exactKrDecimal: z.string(),
      roundedDownKr: z.number().int(),
      roundedUp: z.boolean(),
      amountKr: z.number().int(),
    }),
  ),
  explanation: z.string().describe('How the amount came about, in English'),
});
export type PerformanceRecipient = z.infer<typeof PerformanceRecipientSchema>;

export const PerformanceCountsSchema = z.object({
  registered: z.number().int(),
  reported: z.number().int(),
  qualified: z.number().int(),
  perCondition: z.array(
    z.object({ conditionId: z.string(), label: z.string(), count: z.number().int() }),
  ),
  combinations: z.array(z.object({ conditionIds: z.array(z.string()), count: z.number().int() })),
  qualifiedShareOfReported: z.object({ exact: RationalString, percent: z.string() }).nullable(),
});

export const PerformanceCalculationSchema = z.object({
  name: z.string(),
  totalKr: z.number().int(),
  moneyNotTaken: z.string(),
  figures: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      labelEn: z.string().optional().describe('The label in English; absent = the Swedish one'),
      unit: z.string(),
      type: z.enum(['integer', 'decimal']),
    }),
  ),
  conditions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      labelEn: z.string().optional(),
      shortLabel: z.string().optional().describe('For a column header; absent = the label'),
      shortLabelEn: z.string().optional(),
      expression: z.string().describe('The rule, for the expert ("Visa formel")'),
    }),
  ),
  pools: z.array(
    z.object({
      poolId: z.string(),
      label: z.string(),
      labelEn: z.string().optional(),
      fraction: RationalString,
      conditionIds: z.array(z.string()),
      exactKr: RationalString,
      exactKrDecimal: z.string(),
      amountKr: z.number().int(),
      roundedUp: z.boolean(),
      qualifierCount: z.number().int(),
      qualifierKeyKr: z.number().int(),
    }),
  ),
  recipients: z.array(PerformanceRecipientSchema),
  counts: PerformanceCountsSchema,
});
export type PerformanceCalculation = z.infer<typeof PerformanceCalculationSchema>;

export const PerformancePreviewSchema = PerformanceCalculationSchema.extend({
  checksum: z.string(),
});
export type PerformancePreview = z.infer<typeof PerformancePreviewSchema>;

export const PerformanceResultSchema = PerformanceCalculationSchema.extend(
  PerformanceResultSummarySchema.shape,
);
export type PerformanceResult = z.infer<typeof PerformanceResultSchema>;

export const FigureValuesInputSchema = z.object({
  values: z
    .record(z.string().max(100), z.string().max(100).nullable())
    .refine((values) => Object.keys(values).length <= 200, 'At most 200 figures')
    .describe(
      'By figure name, as typed: "1 234", "12,5" (a decimal comma is fine), empty or null for an optional figure left empty.',
    ),
  version: z
    .number()
    .int()
    .min(1)
    .nullable()
    .describe(
      'The version of the figures the form was filled from (null when none were reported); a stale one is 409.',
    ),
});
export type FigureValuesInput = z.infer<typeof FigureValuesInputSchema>;

export const FiguresViewSchema = z.object({
  grantId: z.uuid(),
  grantName: z.string(),
  grantYear: z.number().int(),
  recipientCode: z.string(),
  recipientName: z.string(),
  figuresDeadlineOn: LocalDateSchema.nullable().describe(
    'The last day to report in the portal (inclusive); null: until a calculation is published',
  ),
  editable: z.boolean().describe('Whether the asker may save the figures now'),
  closedReason: z.enum(['result_published', 'figures_deadline_passed']).nullable(),
  measurementPoints: z.array(
    z.object({ id: z.string(), date: LocalDateSchema, label: z.string().nullable() }),
  ),
  figures: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      type: z.enum(['integer', 'decimal']),
      unit: z.string(),
      measurementPoint: z.string(),
      required: z.boolean(),
      min: z
        .string()
        .nullable()
        .describe('Inclusive, as a decimal with a dot ("0.5") or a fraction'),
      max: z.string().nullable(),
    }),
  ),
  values: z
    .record(z.string(), z.string().nullable())
    .describe(
      'The saved values as decimals with a dot (or fractions); {} before any were reported',
    ),
  reported: z
    .object({
      version: z.number().int(),
      source: FigureSourceSchema,
      sourceFilename: z.string().nullable(),
      sourceLine: z.number().int().nullable(),
      savedBy: z.string().nullable(),
      savedAt: z.iso.datetime(),
    })
    .nullable(),
});
export type FiguresView = z.infer<typeof FiguresViewSchema>;

// The annex as a spreadsheet for people: the CSV in Swedish Excel's dialect when asked, headers in
// the UI's language (the plain CSV stays as it is for whoever already reads it).
export const AnnexCsvQuerySchema = z.object({
  dialect: z
    .enum(['excel-sv'])
    .optional()
    .describe('excel-sv: ";" between cells, decimal comma, UTF-8 BOM, headers in lang'),
  lang: z
    .enum(['sv', 'en'])
    .optional()
    .describe('The language of the headers; by default the Accept-Language one'),
});
export const AnnexXlsxQuerySchema = AnnexCsvQuerySchema.pick({ lang: true });

const annexSpreadsheet = <Q extends z.ZodType>(
  file: 'annex.csv' | 'annex.xlsx',
  type: string,
  querystring: Q,
) =>
  route({
    method: 'GET',
    path: `/performance-results/:id/${file}`,
    params: IdParamsSchema,
    querystring,
    file: type,
    produces: [type],
  });

const resultFile = (file: 'annex.pdf' | 'decision.pdf', type: string) =>
  route({
    method: 'GET',
    path: `/performance-results/:id/${file}`,
    params: IdParamsSchema,
    file: type,
    produces: [type],
  });

export const performanceRoutes = {
  overview: route({
    method: 'GET',
    path: '/grants/:id/performance',
    params: IdParamsSchema,
    response: { 200: PerformanceOverviewSchema },
  }),
  saveModel: route({
    method: 'PUT',
    path: '/grants/:id/performance/model',
    params: IdParamsSchema,
    body: PerformanceModelInputSchema,
    response: { 200: PerformanceOverviewSchema },
  }),
  uploadKey: route({
    method: 'POST',
    path: '/grants/:id/performance/key',
    consumes: ['multipart/form-data'],
    params: IdParamsSchema,
    body: multipartBody({ file: FilePart }),
    response: { 200: PerformanceOverviewSchema },
  }),
  uploadFigures: route({
    method: 'POST',
    path: '/grants/:id/performance/figures',
    consumes: ['multipart/form-data'],
    params: IdParamsSchema,
    body: multipartBody({ file: FilePart }),
    response: { 200: PerformanceOverviewSchema },
  }),
  figuresExport: route({
    method: 'GET',
    path: '/grants/:id/performance/figures.csv',
    params: IdParamsSchema,
    file: EXPORT_TYPES.csv,
    produces: [EXPORT_TYPES.csv],
  }),
  recipientFigures: route({
    method: 'GET',
    path: '/grants/:id/performance/figures/:code',
    params: RecipientCodeParamsSchema,
    response: { 200: FiguresViewSchema },
  }),
  saveRecipientFigures: route({
    method: 'PUT',
    path: '/grants/:id/performance/figures/:code',
    params: RecipientCodeParamsSchema,
    body: FigureValuesInputSchema,
    response: { 200: FiguresViewSchema },
  }),
  registerInterest: route({
    method: 'POST',
    path: '/grants/:id/performance/registrations',
    params: IdParamsSchema,
    body: InterestRegistrationInputSchema,
    response: { 200: PerformanceOverviewSchema },
  }),
  withdrawInterest: route({
    method: 'DELETE',
    path: '/grants/:id/performance/registrations/:code',
    params: RecipientCodeParamsSchema,
    response: { 200: PerformanceOverviewSchema },
  }),
  preview: route({
    method: 'GET',
    path: '/grants/:id/performance/preview',
    params: IdParamsSchema,
    response: { 200: PerformancePreviewSchema },
  }),
  calculate: route({
    method: 'POST',
    path: '/grants/:id/performance/results',
    params: IdParamsSchema,
    response: { 201: PerformanceResultSchema },
  }),
  result: route({
    method: 'GET',
    path: '/performance-results/:id',
    params: IdParamsSchema,
    response: { 200: PerformanceResultSchema },
  }),
  publish: route({
    method: 'POST',
    path: '/performance-results/:id/publish',
    params: IdParamsSchema,
    response: { 200: PerformanceResultSchema },
  }),
  export: {
    'annex.csv': annexSpreadsheet('annex.csv', EXPORT_TYPES.csv, AnnexCsvQuerySchema),
    'annex.xlsx': annexSpreadsheet('annex.xlsx', EXPORT_TYPES.xlsx, AnnexXlsxQuerySchema),
    'annex.pdf': resultFile('annex.pdf', EXPORT_TYPES.pdf),
    'decision.pdf': resultFile('decision.pdf', EXPORT_TYPES.pdf),
  },
};

/** The recipient portal's side: the own organisation's interest and figures. */
export const ownPerformanceRoutes = {
  interests: route({
    method: 'GET',
    path: '/me/interests',
    response: { 200: MyInterestListSchema },
  }),
  registerInterest: route({
    method: 'POST',
    path: '/me/grants/:id/interest',
    params: IdParamsSchema,
    response: { 200: MyInterestListSchema },
  }),
  withdrawInterest: route({
    method: 'DELETE',
    path: '/me/grants/:id/interest',
    params: IdParamsSchema,
    response: { 200: MyInterestListSchema },
  }),
  figures: route({
    method: 'GET',
    path: '/me/grants/:id/figures',
    params: IdParamsSchema,
    response: { 200: FiguresViewSchema },
  }),
  saveFigures: route({
    method: 'PUT',
    path: '/me/grants/:id/figures',
    params: IdParamsSchema,
    body: FigureValuesInputSchema,
    response: { 200: FiguresViewSchema },
  }),
};
