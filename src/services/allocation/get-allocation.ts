import {
  findAllocationHeader,
  listAllocationRows,
  type AllocationRecord,
  type AllocationRowWithName,
} from '../../db/allocations';
import { recipientNamesVersion } from '../../db/recipients';
import type { ServiceContext } from '../common/context';
import { DomainError } from '../../domain/errors';
import { loadVisibleAllocation } from './load-allocation';
import { authorize, can } from '../../domain/access/policy';

export interface AllocationWithRows {
  allocation: AllocationRecord;
  rows: AllocationRowWithName[];
}

/** The allocation with every row and its explanation, in the order of its input. */
export async function getAllocation(ctx: ServiceContext, id: string): Promise<AllocationWithRows> {
  const allocation = await loadVisibleAllocation(ctx, id);
  return { allocation, rows: await listAllocationRows(ctx.db, id) };
}

/**
 * A version naming the allocation's complete view when it is published, or null for a draft
 * (never served from a cache: it is read afresh every time). A published allocation is frozen, so
 * its view changes only when it is superseded or a recipient is renamed in the register. Only the
 * allocation's small header is read; `load` gets the whole view when it is needed after all.
 * Visibility is checked as for getAllocation: a draft is not found for a recipient's staff.
 */
export async function getAllocationVersion(
  ctx: ServiceContext,
  id: string,
): Promise<{ version: string | null; load: () => Promise<AllocationWithRows> }> {
  authorize(ctx.user, 'published.read');
  const header = await findAllocationHeader(ctx.db, id);
  if (!header || (header.status !== 'published' && !can(ctx.user, 'agency.read')))
    throw new DomainError('allocation.not_found', { allocationId: id });
  const load = () => getAllocation(ctx, id);
  if (header.status !== 'published') return { version: null, load };
  const version = [
    header.id,
    header.checksum,
    header.publishedAt?.toISOString() ?? '',
    header.supersededAt?.toISOString() ?? '',
    header.supersededByAllocationId ?? '',
    await recipientNamesVersion(ctx.db),
  ].join('|');
  return { version, load };
}
