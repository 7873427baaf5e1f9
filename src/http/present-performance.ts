// Performance-based grants in the API's shapes (routes/performance.schema.ts).
import type { PerformanceResultRecord } from '../db/performance';
import { krToJson } from '../services/allocation-json';
import type { PerformanceOverview as Overview } from '../services/get-performance-overview';
import { performanceResultSummaryToJson } from '../services/performance-result-json';
import type { PerformanceCalculationJson } from '../services/run-performance-calculation';
import type {
  PerformanceOverview,
  PerformanceResult,
  PerformanceResultSummary,
} from './routes/performance.schema';

export function presentPerformanceResultSummary(
  record: PerformanceResultRecord,
): PerformanceResultSummary {
  return performanceResultSummaryToJson(record);
}

export function presentPerformanceResult(record: PerformanceResultRecord): PerformanceResult {
  return {
    ...(record.result as PerformanceCalculationJson),
    ...performanceResultSummaryToJson(record),
  };
}

export function presentPerformanceOverview(overview: Overview): PerformanceOverview {
  return {
    grantId: overview.grant.id,
    model: overview.setup?.model ?? null,
    interestDeadlineOn: overview.setup?.interestDeadlineOn ?? null,
    key: overview.key && {
      recipientCount: overview.key.recipientCount,
      totalKr: krToJson(overview.key.totalKr),
      filename: overview.key.filename,
    },
    registrations: overview.registrations.map((r) => ({
      recipientCode: r.recipientCode,
      recipientName: r.recipientName,
      registeredAt: r.registeredAt.toISOString(),
      registeredBy: r.registeredBy,
    })),
    figures: {
      filename: overview.figures[0]?.sourceFilename ?? null,
      rows: overview.figures.map((row) => ({
        recipientCode: row.recipientCode,
        values: row.values as Record<string, string | null>,
        sourceLine: row.sourceLine,
      })),
    },
    results: overview.results.map(presentPerformanceResultSummary),
  };
}
