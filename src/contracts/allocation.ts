import { z } from 'zod';
import { route } from './route';
import { EXPORT_TYPES, FilePart, IdParamsSchema, multipartBody } from './shared';

const RationalString = z
  .string()
  .describe('An exact rational: an integer, a decimal with a dot, or "numerator/denominator".');

export const LabelsSchema = z
  .object({ sv: z.string(), en: z.string() })
  .describe('What people read, in Swedish and in English');

export const ComponentPartSchema = z.object({
  name: z.string(),
  indicator: z.string(),
  indicatorValue: RationalString,
  share: RationalString,
  /** share as a decimal percentage string with 6 decimals, for display */
  sharePercent: z.string(),
  exactKr: RationalString,
  exactKrDecimal: z.string(),
});

export const AllocationExplanationSchema = z.object({
  parts: z.array(ComponentPartSchema),
  keyQuotaKr: RationalString,
  exactQuotaKr: RationalString,
  exactQuotaKrDecimal: z.string().describe('the exact quota with 4 decimals, for display'),
  minimumKr: z.number().int(),
  minimumApplied: z.boolean(),
  capKr: z.number().int().nullable(),
  capApplied: z.boolean(),
  roundedDownKr: z.number().int(),
  remainder: RationalString,
  roundedUp: z.boolean(),
});
export type AllocationExplanation = z.infer<typeof AllocationExplanationSchema>;

export const AllocationRowSchema = z.object({
  recipientCode: z.string(),
  recipientName: z.string(),
  amountKr: z.number().int(),
  explanation: AllocationExplanationSchema,
});
export type AllocationRow = z.infer<typeof AllocationRowSchema>;

export const AllocationKindSchema = z.enum(['imported_key', 'formula']);
export const AllocationStatusSchema = z.enum(['draft', 'published']);

export const AllocationSummarySchema = z.object({
  id: z.uuid(),
  grantId: z.uuid(),
  kind: AllocationKindSchema,
  status: AllocationStatusSchema,
  sourceFilename: z.string(),
  budgetKr: z.number().int(),
  totalKr: z.number().int(),
  unallocatedKr: z.number().int(),
  recipientCount: z.number().int(),
  checksum: z.string().describe('sha256 of the canonical result CSV (the CLI output)'),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  supersededAt: z.iso
    .datetime()
    .nullable()
    .describe('when a later allocation of the same grant was published instead of this one'),
  supersededByAllocationId: z.uuid().nullable(),
});
export type AllocationSummary = z.infer<typeof AllocationSummarySchema>;

export const AllocationSchema = AllocationSummarySchema.extend({
  /** The model in the CLI's model.json form (snake_case, as published in docs/). */
  model: z.record(z.string(), z.unknown()),
  components: z.array(
    z.object({
      name: z.string(),
      indicator: z.string(),
      label: LabelsSchema.describe("The component for people (the model's label, else a default)"),
      indicatorLabel: LabelsSchema.describe('The indicator column for people'),
      amountKr: z.number().int(),
      indicatorTotal: RationalString,
    }),
  ),
  rows: z.array(AllocationRowSchema),
  /** The data the result was computed from: what inputs.csv holds, cells as they were read. */
  inputs: z.object({
    columns: z.array(z.string()).describe('the data columns after recipient_code'),
    rows: z.array(
      z.object({ recipientCode: z.string(), values: z.record(z.string(), z.string()) }),
    ),
  }),
});
export type Allocation = z.infer<typeof AllocationSchema>;

export const AllocationListSchema = z.object({ items: z.array(AllocationSummarySchema) });

export const AllocationComparisonQuerySchema = z.object({ a: z.uuid(), b: z.uuid() });
export const AllocationComparisonRowSchema = z.object({
  recipientCode: z.string(),
  recipientName: z.string(),
  amountAKr: z.number().int(),
  amountBKr: z.number().int(),
  differenceKr: z.number().int(),
  /** (b − a) / a × 100 with one decimal, null when a is 0 */
  differencePercent: z.string().nullable(),
});
export const AllocationComparisonSchema = z.object({
  a: AllocationSummarySchema,
  b: AllocationSummarySchema,
  rows: z.array(AllocationComparisonRowSchema),
  totals: z.object({
    amountAKr: z.number().int(),
    amountBKr: z.number().int(),
    differenceKr: z.number().int(),
  }),
});
export type AllocationComparison = z.infer<typeof AllocationComparisonSchema>;

// Named components in the OpenAPI document (docs/api/openapi.json).
z.globalRegistry.add(AllocationExplanationSchema, { id: 'AllocationExplanation' });
z.globalRegistry.add(AllocationRowSchema, { id: 'AllocationRow' });
z.globalRegistry.add(AllocationSummarySchema, { id: 'AllocationSummary' });
z.globalRegistry.add(AllocationSchema, { id: 'Allocation' });
z.globalRegistry.add(AllocationComparisonRowSchema, { id: 'AllocationComparisonRow' });
z.globalRegistry.add(AllocationComparisonSchema, { id: 'AllocationComparison' });

export const ExportLanguageSchema = z
  .enum(['sv', 'en'])
  .describe('The language of the headers and of Ja/Nej; by default the Accept-Language one');

// The plain CSV (canonical headers and values) is an interface and stays as it is; the Swedish
// Excel dialect is the same table for people (docs: issue 13 §5).
export const AllocationCsvQuerySchema = z.object({
  dialect: z
    .enum(['excel-sv'])
    .optional()
    .describe(
      'excel-sv: for Swedish Excel (";" between cells, decimal comma, UTF-8 BOM, headers in lang, Ja/Nej). Without it the plain CSV with the canonical snake_case headers.',
    ),
  lang: ExportLanguageSchema.optional(),
});
export const AllocationXlsxQuerySchema = z.object({ lang: ExportLanguageSchema.optional() });

const allocationExport = (format: keyof typeof EXPORT_TYPES) =>
  route({
    method: 'GET',
    path: `/allocations/:id/export.${format}`,
    params: IdParamsSchema,
    file: EXPORT_TYPES[format],
    produces: [EXPORT_TYPES[format]],
  });

const allocationSpreadsheetExport = <Q extends z.ZodType>(format: 'csv' | 'xlsx', querystring: Q) =>
  route({
    method: 'GET',
    path: `/allocations/:id/export.${format}`,
    params: IdParamsSchema,
    querystring,
    file: EXPORT_TYPES[format],
    produces: [EXPORT_TYPES[format]],
  });

const comparisonExport = (format: 'csv' | 'xlsx') =>
  route({
    method: 'GET',
    path: `/allocations/compare.${format}`,
    querystring: AllocationComparisonQuerySchema,
    file: EXPORT_TYPES[format],
    produces: [EXPORT_TYPES[format]],
  });

export const allocationRoutes = {
  list: route({
    method: 'GET',
    path: '/grants/:id/allocations',
    params: IdParamsSchema,
    response: { 200: AllocationListSchema },
  }),
  importKey: route({
    method: 'POST',
    path: '/grants/:id/allocations/import',
    consumes: ['multipart/form-data'],
    params: IdParamsSchema,
    body: multipartBody({ file: FilePart }),
    response: { 201: AllocationSchema },
  }),
  computeFormula: route({
    method: 'POST',
    path: '/grants/:id/allocations/formula',
    consumes: ['multipart/form-data'],
    params: IdParamsSchema,
    body: multipartBody({ model: FilePart, file: FilePart }),
    response: { 201: AllocationSchema },
  }),
  compare: route({
    method: 'GET',
    path: '/allocations/compare',
    querystring: AllocationComparisonQuerySchema,
    response: { 200: AllocationComparisonSchema },
  }),
  get: route({
    method: 'GET',
    path: '/allocations/:id',
    params: IdParamsSchema,
    response: {
      200: AllocationSchema,
      304: z.null().describe('Not modified: the ETag sent in If-None-Match is current'),
    },
  }),
  publish: route({
    method: 'POST',
    path: '/allocations/:id/publish',
    params: IdParamsSchema,
    response: { 200: AllocationSchema },
  }),
  export: {
    csv: allocationSpreadsheetExport('csv', AllocationCsvQuerySchema),
    xlsx: allocationSpreadsheetExport('xlsx', AllocationXlsxQuerySchema),
    pdf: allocationExport('pdf'),
  },
  model: route({
    method: 'GET',
    path: '/allocations/:id/model.json',
    params: IdParamsSchema,
    file: 'application/json',
  }),
  inputs: route({
    method: 'GET',
    path: '/allocations/:id/inputs.csv',
    params: IdParamsSchema,
    file: EXPORT_TYPES.csv,
  }),
  compareExport: { csv: comparisonExport('csv'), xlsx: comparisonExport('xlsx') },
};
