import { mul, rational, toCanonicalString, toDecimalString } from '../rational';
import type { AllocationResult, AllocationRowResult, ComponentPart } from './types';

// The JSON form of results, matching src/http/routes/allocations.schema.ts (AllocationRowSchema
// and the components of AllocationSchema): whole kronor as JSON integers, rationals as canonical
// strings ("a" or "a/b"), with rounded decimal strings beside them for display only.

function toJsonKronor(value: bigint): number {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber)) throw new RangeError(`${value} kr cannot be exact in JSON`);
  return asNumber;
}

const HUNDRED = rational(100n, 1n);

function presentPart(part: ComponentPart) {
  return {
    name: part.name,
    indicator: part.indicator,
    indicatorValue: toCanonicalString(part.indicatorValue),
    share: toCanonicalString(part.share),
    sharePercent: toDecimalString(mul(part.share, HUNDRED), 6),
    exactKr: toCanonicalString(part.exactKr),
    exactKrDecimal: toDecimalString(part.exactKr, 4),
  };
}

/**
 * One result row as the API's AllocationRow: `{ recipientCode, recipientName, amountKr, explanation }`.
 * @example presentAllocationRow(result.rows[0], 'Upplands Väsby').explanation.exactQuotaKrDecimal // "1310223.0000"
 */
export function presentAllocationRow(row: AllocationRowResult, recipientName: string) {
  return {
    recipientCode: row.recipientCode,
    recipientName,
    amountKr: toJsonKronor(row.amountKr),
    explanation: {
      parts: row.parts.map(presentPart),
      keyQuotaKr: toCanonicalString(row.keyQuotaKr),
      exactQuotaKr: toCanonicalString(row.exactQuotaKr),
      exactQuotaKrDecimal: toDecimalString(row.exactQuotaKr, 4),
      minimumKr: toJsonKronor(row.minimumKr),
      minimumApplied: row.minimumApplied,
      capKr: row.capKr === undefined ? null : toJsonKronor(row.capKr),
      capApplied: row.capApplied,
      roundedDownKr: toJsonKronor(row.roundedDownKr),
      remainder: toCanonicalString(row.remainder),
      roundedUp: row.roundedUp,
    },
  };
}

/** The result's totals and components as the API's Allocation fields. */
export function presentAllocationTotals(result: AllocationResult) {
  return {
    budgetKr: toJsonKronor(result.budgetKr),
    totalKr: toJsonKronor(result.totalKr),
    unallocatedKr: toJsonKronor(result.unallocatedKr),
    recipientCount: result.rows.length,
    components: result.components.map((component) => ({
      name: component.name,
      indicator: component.indicator,
      amountKr: toJsonKronor(component.amountKr),
      indicatorTotal: toCanonicalString(component.indicatorTotal),
    })),
  };
}
