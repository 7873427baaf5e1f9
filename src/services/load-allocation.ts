import { findAllocation, type AllocationRecord } from '../db/allocations';
import type { Executor } from '../db/client';
import { DomainError } from '../domain/errors';

/** The allocation, or DomainError allocation.not_found. */
export async function loadAllocation(executor: Executor, id: string): Promise<AllocationRecord> {
  const allocation = await findAllocation(executor, id);
  if (!allocation) throw new DomainError('allocation.not_found', { allocationId: id });
  return allocation;
}
