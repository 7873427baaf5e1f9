import { listAllocationSummaries, type AllocationSummaryRecord } from '../../db/allocations';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';

/** The grant's allocations without their rows, newest first. */
export async function listGrantAllocations(
  ctx: ServiceContext,
  grantId: string,
): Promise<AllocationSummaryRecord[]> {
  authorize(ctx.user, 'agency.read');
  await loadGrant(ctx.db, grantId);
  return listAllocationSummaries(ctx.db, grantId);
}
