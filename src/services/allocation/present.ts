// The engine's result in the API's JSON shapes (http/routes/allocations.schema.ts): kronor as
// integers, exact rationals as canonical strings ("6726959/41991440"), decimals for display.
// Row explanations are stored in this form (allocation_rows.explanation), so a published
// allocation explains itself exactly as it did when it was computed.
import type { AllocationRecord } from '../../db/allocations';
import type { StoredComponent, StoredExplanation } from '../../db/schema';
import type { AllocationResult, AllocationRowResult } from '../../domain/allocation/types';
import { componentDisplayLabels } from '../../domain/allocation/component-labels';
import { AllocationModelJsonSchema } from '../../domain/allocation/model';
import { fromBigInt, mul, toCanonicalString, toDecimalString } from '../../domain/rational';
import type { AllocationInputsJson } from './allocation-inputs';
import type { AllocationComparisonView } from './compare-allocations';
import type { AllocationWithRows } from './get-allocation';
import type {
  Allocation,
  AllocationComparison,
  AllocationSummary,
} from '../../contracts/allocation';

/** As allocation_rows.explanation stores it (db/schema/allocation.ts). */
export type ExplanationJson = StoredExplanation;
export type ComponentPartJson = StoredExplanation['parts'][number];
export type ComponentJson = StoredComponent;

const HUNDRED = fromBigInt(100n);

/** Kronor as a JSON integer; every realistic amount is far below 2^53 (ADR 0002). */
export function krToJson(value: bigint): number {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber)) throw new RangeError(`${value} kr cannot be exact in JSON`);
  return asNumber;
}

export function explanationToJson(row: AllocationRowResult): ExplanationJson {
  return {
    parts: row.parts.map((part) => ({
      name: part.name,
      indicator: part.indicator,
      indicatorValue: toCanonicalString(part.indicatorValue),
      share: toCanonicalString(part.share),
      sharePercent: toDecimalString(mul(part.share, HUNDRED), 6),
      exactKr: toCanonicalString(part.exactKr),
      exactKrDecimal: toDecimalString(part.exactKr, 4),
    })),
    keyQuotaKr: toCanonicalString(row.keyQuotaKr),
    exactQuotaKr: toCanonicalString(row.exactQuotaKr),
    exactQuotaKrDecimal: toDecimalString(row.exactQuotaKr, 4),
    minimumKr: krToJson(row.minimumKr),
    minimumApplied: row.minimumApplied,
    capKr: row.capKr === undefined ? null : krToJson(row.capKr),
    capApplied: row.capApplied,
    roundedDownKr: krToJson(row.roundedDownKr),
    remainder: toCanonicalString(row.remainder),
    roundedUp: row.roundedUp,
  };
}

export function componentsToJson(result: AllocationResult): ComponentJson[] {
  return result.components.map((component) => ({
    name: component.name,
    indicator: component.indicator,
    amountKr: krToJson(component.amountKr),
    indicatorTotal: toCanonicalString(component.indicatorTotal),
  }));
}

/** An allocation without its rows, in the API's AllocationSummary shape (also the audit snapshot). */
export interface AllocationSummaryJson {
  [key: string]: unknown;
  id: string;
  grantId: string;
  kind: AllocationRecord['kind'];
  status: AllocationRecord['status'];
  sourceFilename: string;
  budgetKr: number;
  totalKr: number;
  unallocatedKr: number;
  recipientCount: number;
  checksum: string;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  supersededAt: string | null;
  supersededByAllocationId: string | null;
}

export function allocationSummaryToJson(
  allocation: AllocationRecord,
  recipientCount: number,
): AllocationSummaryJson {
  return {
    id: allocation.id,
    grantId: allocation.grantId,
    kind: allocation.kind,
    status: allocation.status,
    sourceFilename: allocation.sourceFilename,
    budgetKr: krToJson(allocation.budgetKr),
    totalKr: krToJson(allocation.totalKr),
    unallocatedKr: krToJson(allocation.unallocatedKr),
    recipientCount,
    checksum: allocation.checksum,
    createdAt: allocation.createdAt.toISOString(),
    createdBy: allocation.createdBy,
    publishedAt: allocation.publishedAt?.toISOString() ?? null,
    supersededAt: allocation.supersededAt?.toISOString() ?? null,
    supersededByAllocationId: allocation.supersededByAllocationId,
  };
}

export function presentAllocationSummary(
  allocation: AllocationRecord,
  recipientCount: number,
): AllocationSummary {
  return allocationSummaryToJson(allocation, recipientCount);
}

export function presentAllocation(view: AllocationWithRows): Allocation {
  return {
    ...allocationSummaryToJson(view.allocation, view.rows.length),
    model: view.allocation.model,
    inputs: presentInputs(view.allocation.inputs),
    components: labelledComponents(view.allocation.components, view.allocation.model),
    rows: view.rows.map((row) => ({
      recipientCode: row.recipientCode,
      recipientName: row.recipientName,
      amountKr: krToJson(row.amountKr),
      explanation: row.explanation,
    })),
  };
}

/**
 * The stored component totals with the labels people read. The labels live in the stored
 * model.json (optional there), so an allocation made before they existed gets the defaults.
 */
function labelledComponents(
  components: readonly ComponentJson[],
  model: Record<string, unknown>,
): Allocation['components'] {
  const parsed = AllocationModelJsonSchema.safeParse(model);
  const modelComponents = parsed.success ? parsed.data.components : [];
  return components.map((component, index) => {
    const json = modelComponents[index];
    const labels = componentDisplayLabels({
      name: component.name,
      indicator: component.indicator,
      ...(json?.label === undefined ? {} : { label: json.label }),
      ...(json?.label_en === undefined ? {} : { labelEn: json.label_en }),
      ...(json?.indicator_label === undefined ? {} : { indicatorLabel: json.indicator_label }),
      ...(json?.indicator_label_en === undefined
        ? {}
        : { indicatorLabelEn: json.indicator_label_en }),
    });
    return { ...component, ...labels };
  });
}

function presentInputs(inputs: AllocationInputsJson): Allocation['inputs'] {
  return {
    columns: inputs.columns,
    rows: inputs.rows.map((row) => ({ recipientCode: row.recipient_code, values: row.values })),
  };
}

export function presentComparison(view: AllocationComparisonView): AllocationComparison {
  return {
    a: allocationSummaryToJson(view.a.allocation, view.a.recipientCount),
    b: allocationSummaryToJson(view.b.allocation, view.b.recipientCount),
    rows: view.rows.map((row) => ({
      recipientCode: row.recipientCode,
      recipientName: row.recipientName,
      amountAKr: krToJson(row.amountAKr),
      amountBKr: krToJson(row.amountBKr),
      differenceKr: krToJson(row.differenceKr),
      differencePercent: row.differencePercent,
    })),
    totals: {
      amountAKr: krToJson(view.totals.amountAKr),
      amountBKr: krToJson(view.totals.amountBKr),
      differenceKr: krToJson(view.totals.differenceKr),
    },
  };
}
