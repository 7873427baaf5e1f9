import {
  listAllocationRows,
  type AllocationRecord,
  type AllocationRowWithName,
} from '../db/allocations';
import type { ServiceContext } from './context';
import { loadVisibleAllocation } from './load-allocation';

export interface AllocationWithRows {
  allocation: AllocationRecord;
  rows: AllocationRowWithName[];
}

/** The allocation with every row and its explanation, in the order of its input. */
export async function getAllocation(ctx: ServiceContext, id: string): Promise<AllocationWithRows> {
  const allocation = await loadVisibleAllocation(ctx, id);
  return { allocation, rows: await listAllocationRows(ctx.db, id) };
}
