import { findAllocation, type AllocationRecord } from '../../db/allocations';
import type { Executor } from '../../db/client';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize, can } from '../../domain/access/policy';

/** The allocation, or DomainError allocation.not_found. */
export async function loadAllocation(executor: Executor, id: string): Promise<AllocationRecord> {
  const allocation = await findAllocation(executor, id);
  if (!allocation) throw new DomainError('allocation.not_found', { allocationId: id });
  return allocation;
}

/**
 * The allocation as far as the user may see it: every allocation for agency staff, a published one
 * for everyone signed in (a public document, docs/access.md); otherwise allocation.not_found, so a
 * draft's existence is not disclosed.
 */
export async function loadVisibleAllocation(
  ctx: ServiceContext,
  id: string,
): Promise<AllocationRecord> {
  authorize(ctx.user, 'published.read');
  const allocation = await loadAllocation(ctx.db, id);
  if (allocation.status !== 'published' && !can(ctx.user, 'agency.read'))
    throw new DomainError('allocation.not_found', { allocationId: id });
  return allocation;
}
