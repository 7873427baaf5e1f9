import { listAllocationRows, type AllocationRecord } from '../../db/allocations';
import { listAllRecipients } from '../../db/recipients';
import {
  compareAllocations as compareAmounts,
  type AllocationComparisonRow,
} from '../../domain/allocation/compare';
import type { ServiceContext } from '../common/context';
import { loadAllocation } from './load-allocation';
import { authorize } from '../../domain/access/policy';

export interface AllocationComparisonView {
  a: { allocation: AllocationRecord; recipientCount: number };
  b: { allocation: AllocationRecord; recipientCount: number };
  rows: (AllocationComparisonRow & { recipientName: string })[];
  totals: { amountAKr: bigint; amountBKr: bigint; differenceKr: bigint };
}

/**
 * Any two allocations side by side (this year's against last year's, a formula against the
 * government's key): per recipient both amounts, the difference in kronor and per cent, the
 * largest change first. A recipient in only one of them counts as 0 in the other.
 */
export async function compareAllocations(
  ctx: ServiceContext,
  input: { a: string; b: string },
): Promise<AllocationComparisonView> {
  authorize(ctx.user, 'agency.read');
  const [allocationA, allocationB] = [
    await loadAllocation(ctx.db, input.a),
    await loadAllocation(ctx.db, input.b),
  ];
  const [rowsA, rowsB] = [
    await listAllocationRows(ctx.db, input.a),
    await listAllocationRows(ctx.db, input.b),
  ];
  const names = new Map((await listAllRecipients(ctx.db)).map((r) => [r.code, r.name]));
  const comparison = compareAmounts(rowsA, rowsB);
  return {
    a: { allocation: allocationA, recipientCount: rowsA.length },
    b: { allocation: allocationB, recipientCount: rowsB.length },
    rows: comparison.rows.map((row) => ({
      ...row,
      recipientName: names.get(row.recipientCode) ?? row.recipientCode,
    })),
    totals: comparison.totals,
  };
}
