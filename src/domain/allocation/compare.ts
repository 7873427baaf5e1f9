import { rational, toDecimalString } from '../rational';

export interface ComparedAmount {
  recipientCode: string;
  amountKr: bigint;
}

export interface AllocationComparisonRow {
  recipientCode: string;
  amountAKr: bigint;
  amountBKr: bigint;
  /** b − a */
  differenceKr: bigint;
  /** (b − a) / a × 100 with one decimal, half away from zero; null when a is 0. */
  differencePercent: string | null;
}

export interface AllocationComparison {
  rows: AllocationComparisonRow[];
  totals: { amountAKr: bigint; amountBKr: bigint; differenceKr: bigint };
}

function absolute(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function byLargestChange(a: AllocationComparisonRow, b: AllocationComparisonRow): number {
  const changeA = absolute(a.differenceKr);
  const changeB = absolute(b.differenceKr);
  if (changeA !== changeB) return changeA > changeB ? -1 : 1;
  return a.recipientCode < b.recipientCode ? -1 : a.recipientCode > b.recipientCode ? 1 : 0;
}

/**
 * Compares two allocations recipient by recipient (keyed by code; a recipient missing on one side
 * has 0 there), largest absolute change first, then by code.
 * @example compareAllocations([{ recipientCode: '0114', amountKr: 100n }], [{ recipientCode: '0114', amountKr: 125n }])
 * // rows: [{ recipientCode: '0114', amountAKr: 100n, amountBKr: 125n, differenceKr: 25n, differencePercent: '25.0' }]
 */
export function compareAllocations(
  a: readonly ComparedAmount[],
  b: readonly ComparedAmount[],
): AllocationComparison {
  const amountsA = new Map(a.map((row) => [row.recipientCode, row.amountKr]));
  const amountsB = new Map(b.map((row) => [row.recipientCode, row.amountKr]));
  const codes = new Set([...amountsA.keys(), ...amountsB.keys()]);
  const rows = [...codes].map((recipientCode): AllocationComparisonRow => {
    const amountAKr = amountsA.get(recipientCode) ?? 0n;
    const amountBKr = amountsB.get(recipientCode) ?? 0n;
    const differenceKr = amountBKr - amountAKr;
    const differencePercent =
      amountAKr === 0n ? null : toDecimalString(rational(differenceKr * 100n, amountAKr), 1);
    return { recipientCode, amountAKr, amountBKr, differenceKr, differencePercent };
  });
  rows.sort(byLargestChange);
  const amountAKr = a.reduce((sum, row) => sum + row.amountKr, 0n);
  const amountBKr = b.reduce((sum, row) => sum + row.amountKr, 0n);
  return { rows, totals: { amountAKr, amountBKr, differenceKr: amountBKr - amountAKr } };
}
