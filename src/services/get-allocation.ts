import {
  findAllocation,
  listAllocationRows,
  listAllocationSummaries,
  type AllocationRecord,
  type AllocationRowWithName,
  type AllocationSummaryRecord,
} from '../db/allocations';
import type { Executor } from '../db/client';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';
import { loadGrant } from './load-grant';

export interface AllocationWithRows {
  allocation: AllocationRecord;
  rows: AllocationRowWithName[];
}

export async function loadAllocation(executor: Executor, id: string): Promise<AllocationRecord> {
  const allocation = await findAllocation(executor, id);
  if (!allocation) throw new DomainError('allocation.not_found', { allocationId: id });
  return allocation;
}

/** The allocation with every row and its explanation, in the order of its input. */
export async function getAllocation(ctx: ServiceContext, id: string): Promise<AllocationWithRows> {
  const allocation = await loadAllocation(ctx.db, id);
  return { allocation, rows: await listAllocationRows(ctx.db, id) };
}

/** The grant's allocations without their rows, newest first. */
export async function listGrantAllocations(
  ctx: ServiceContext,
  grantId: string,
): Promise<AllocationSummaryRecord[]> {
  await loadGrant(ctx.db, grantId);
  return listAllocationSummaries(ctx.db, grantId);
}
