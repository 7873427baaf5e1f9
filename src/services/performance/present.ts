// Performance-based grants in the API's shapes (contracts/performance.ts).
import type { PerformanceResultRecord } from '../../db/performance';
import { krToJson } from '../allocation/present';
import type { PerformanceOverview as Overview } from './get-performance-overview';
import { figureValueText } from '../../domain/performance/figure-values';
import { parseRational, type Rational } from '../../domain/rational';
import type { FiguresView as View } from './figure-form';
import type {
  FiguresView,
  PerformanceOverview,
  PerformanceResult,
  PerformanceResultSummary,
} from '../../contracts/performance';

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

/** A stored result without its recipients: the API's summary. */
export function performanceResultSummaryToJson(
  record: PerformanceResultRecord,
): PerformanceResultSummaryJson {
  return {
    id: record.id,
    grantId: record.grantId,
    status: record.status,
    totalKr: krToJson(record.totalKr),
    checksum: record.checksum,
    qualified: record.result.counts.qualified,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    publishedAt: record.publishedAt?.toISOString() ?? null,
    publishedBy: record.publishedBy,
  };
}

export function presentPerformanceResultSummary(
  record: PerformanceResultRecord,
): PerformanceResultSummary {
  return performanceResultSummaryToJson(record);
}

export function presentPerformanceResult(record: PerformanceResultRecord): PerformanceResult {
  return {
    ...record.result,
    ...performanceResultSummaryToJson(record),
  };
}

export function presentPerformanceOverview(overview: Overview): PerformanceOverview {
  return {
    grantId: overview.grant.id,
    model: overview.setup?.model ?? null,
    interestDeadlineOn: overview.setup?.interestDeadlineOn ?? null,
    figuresDeadlineOn: overview.setup?.figuresDeadlineOn ?? null,
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
      filename: overview.figures.find((row) => row.sourceFilename)?.sourceFilename ?? null,
      rows: overview.figures.map((row) => ({
        recipientCode: row.recipientCode,
        values: row.values,
        source: row.source,
        sourceFilename: row.sourceFilename,
        sourceLine: row.sourceLine,
        savedBy: row.savedBy,
        savedAt: row.updatedAt.toISOString(),
        version: row.version,
      })),
    },
    results: overview.results.map(presentPerformanceResultSummary),
  };
}

function valueText(value: Rational | undefined): string | null {
  return value === undefined ? null : figureValueText(value);
}

function storedValueText(text: string | null): string | null {
  if (text === null) return null;
  const parsed = parseRational(text);
  return parsed.ok ? figureValueText(parsed.value) : text;
}

/** One recipient's figures for the form: the model's figures with their hints, and the values. */
export function presentFiguresView(view: View): FiguresView {
  const stored = view.row?.values ?? {};
  return {
    grantId: view.grant.id,
    grantName: view.grant.name,
    grantYear: view.grant.grantYear,
    recipientCode: view.recipientCode,
    recipientName: view.recipientName,
    figuresDeadlineOn: view.figuresDeadlineOn,
    editable: view.closedReason === null,
    closedReason: view.closedReason,
    measurementPoints: view.model.measurementPoints.map((point) => ({
      id: point.id,
      date: point.date,
      label: point.label ?? null,
    })),
    figures: view.model.figures.map((figure) => ({
      name: figure.name,
      label: figure.label,
      type: figure.type,
      unit: figure.unit,
      measurementPoint: figure.measurementPoint,
      required: figure.required,
      min: valueText(figure.min),
      max: valueText(figure.max),
    })),
    values: view.row
      ? Object.fromEntries(
          Object.entries(stored).map(([name, text]) => [name, storedValueText(text)]),
        )
      : {},
    reported: view.row
      ? {
          version: view.row.version,
          source: view.row.source,
          sourceFilename: view.row.sourceFilename,
          sourceLine: view.row.sourceLine,
          savedBy: view.row.savedBy,
          savedAt: view.row.updatedAt.toISOString(),
        }
      : null,
  };
}
