// The audit snapshots of performance-based grants (performance.*).
import { z } from 'zod';
import type { PerformanceResultRecord } from '../performance';
import {
  changed,
  created,
  FigureValuesJson,
  InstantJson,
  instantOrNull,
  JsonObject,
  KronorJson,
  kronorJson,
  LocalDateJson,
} from './common';

export const PerformanceResultSnapshot = z.strictObject({
  id: z.string(),
  grantId: z.string(),
  status: z.enum(['draft', 'published']),
  totalKr: KronorJson,
  checksum: z.string(),
  qualified: z.number().int(),
  createdAt: InstantJson,
  createdBy: z.string(),
  publishedAt: InstantJson.nullable(),
  publishedBy: z.string().nullable(),
});
export type PerformanceResultSnapshot = z.infer<typeof PerformanceResultSnapshot>;

/** The stored result without its recipients, with how many qualified. */
export function performanceResultSnapshot(
  record: PerformanceResultRecord,
): PerformanceResultSnapshot {
  return {
    id: record.id,
    grantId: record.grantId,
    status: record.status,
    totalKr: kronorJson(record.totalKr),
    checksum: record.checksum,
    qualified: record.result.counts.qualified,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    publishedAt: instantOrNull(record.publishedAt),
    publishedBy: record.publishedBy,
  };
}

const FigureSource = z.enum(['upload', 'portal', 'agency_form']);
const FiguresSnapshot = z.strictObject({
  recipientCode: z.string(),
  values: FigureValuesJson,
  source: FigureSource,
  sourceFilename: z.string().nullable(),
  sourceLine: z.number().int().nullable(),
  version: z.number().int(),
});
const SetupSnapshot = z.strictObject({
  model: JsonObject.nullable(),
  interestDeadlineOn: LocalDateJson.nullable(),
  figuresDeadlineOn: LocalDateJson.nullable(),
});

export const performanceAuditPayloads = {
  'performance.model_saved': { before: SetupSnapshot.nullable(), after: SetupSnapshot },
  'performance.key_uploaded': created(
    z.strictObject({ filename: z.string(), recipientCount: z.number().int(), totalKr: KronorJson }),
  ),
  'performance.interest_registered': created(
    z.strictObject({ recipientCodes: z.array(z.string()) }),
  ),
  'performance.interest_withdrawn': {
    before: z.strictObject({
      recipientCode: z.string(),
      figures: z.strictObject({ values: FigureValuesJson, source: FigureSource }).optional(),
    }),
    after: z.null(),
  },
  'performance.figures_saved': { before: FiguresSnapshot.nullable(), after: FiguresSnapshot },
  'performance.figures_uploaded': {
    before: z.strictObject({ rowCount: z.number().int(), formRowCount: z.number().int() }),
    after: z.strictObject({ filename: z.string(), rowCount: z.number().int() }),
  },
  'performance.result_calculated': created(PerformanceResultSnapshot),
  'performance.result_published': changed(PerformanceResultSnapshot),
};
