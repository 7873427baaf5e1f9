import { listAllocationSummaries, type AllocationSummaryRecord } from '../db/allocations';
import type { ServiceContext } from './context';
import { loadGrant } from './load-grant';

/** The grant's allocations without their rows, newest first. */
export async function listGrantAllocations(
  ctx: ServiceContext,
  grantId: string,
): Promise<AllocationSummaryRecord[]> {
  await loadGrant(ctx.db, grantId);
  return listAllocationSummaries(ctx.db, grantId);
}
