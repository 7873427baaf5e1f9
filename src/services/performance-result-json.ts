import type { PerformanceResultRecord } from '../db/performance';
import { krToJson } from './allocation-json';
import type { PerformanceCalculationJson } from './run-performance-calculation';

export interface PerformanceResultSummaryJson {
  [key: string]: unknown;
  id: string;
  grantId: string;
  status: PerformanceResultRecord['status'];
  totalKr: number;
  checksum: string;
  qualified: number;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
}

/** A stored result without its recipients: the API's summary and the audit snapshot. */
export function performanceResultSummaryToJson(
  record: PerformanceResultRecord,
): PerformanceResultSummaryJson {
  const result = record.result as PerformanceCalculationJson;
  return {
    id: record.id,
    grantId: record.grantId,
    status: record.status,
    totalKr: krToJson(record.totalKr),
    checksum: record.checksum,
    qualified: result.counts.qualified,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    publishedAt: record.publishedAt?.toISOString() ?? null,
    publishedBy: record.publishedBy,
  };
}
