import {
  countAllocationRows,
  findAllocationForUpdate,
  updateAllocation,
  type AllocationRecord,
} from '../../db/allocations';
import { appendAuditEvent } from '../../db/audit';
import { updateGrantRow } from '../../db/grants';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from '../grants/load-grant';
import { recomputeVerified } from './recompute-allocation';
import { requireDraftGrant } from '../grants/require-draft-grant';
import { authorize } from '../../domain/access/policy';
import { grantSnapshot } from '../../db/audit-snapshots/grants';
import { allocationSnapshot } from '../../db/audit-snapshots/allocation';

/**
 * Publishes a draft allocation as the grant's allocation: it is frozen from now on, and its
 * model.json and inputs.csv are recomputed first the way the CLI would, so the published checksum
 * is one anyone can reproduce. Only while the grant is a draft. An allocation published before for
 * the same grant is superseded (kept, marked, and recorded in the audit log).
 */
export async function publishAllocation(
  ctx: ServiceContext,
  allocationId: string,
): Promise<AllocationRecord> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await findAllocationForUpdate(tx, allocationId);
    if (!before) throw new DomainError('allocation.not_found', { allocationId });
    authorize(ctx.user, 'grant.edit', { grantId: before.grantId });
    if (before.status === 'published')
      throw new DomainError('allocation.already_published', { allocationId });
    const grantBefore = requireDraftGrant(await loadGrantForUpdate(tx, before.grantId));

    await recomputeVerified(before);
    const recipientCount = await countAllocationRows(tx, before.id);
    const published = await updateAllocation(
      tx,
      before.id,
      { status: 'published', publishedAt: now, publishedBy: ctx.actor },
      now,
    );
    const event = { occurredAt: now, actor: ctx.actor, grantId: grantBefore.id };
    await appendAuditEvent(tx, {
      ...event,
      entityType: 'allocation',
      entityId: published.id,
      action: 'allocation.published',
      before: allocationSnapshot(before, recipientCount),
      after: allocationSnapshot(published, recipientCount),
    });

    const previousId = grantBefore.publishedAllocationId;
    if (previousId && previousId !== published.id) {
      const previous = await findAllocationForUpdate(tx, previousId);
      if (previous) {
        const superseded = await updateAllocation(
          tx,
          previous.id,
          { supersededAt: now, supersededByAllocationId: published.id },
          now,
        );
        const previousCount = await countAllocationRows(tx, previous.id);
        await appendAuditEvent(tx, {
          ...event,
          entityType: 'allocation',
          entityId: previous.id,
          action: 'allocation.superseded',
          before: allocationSnapshot(previous, previousCount),
          after: allocationSnapshot(superseded, previousCount),
        });
      }
    }

    const grantAfter = await updateGrantRow(
      tx,
      grantBefore.id,
      grantBefore.version,
      { publishedAllocationId: published.id },
      now,
    );
    if (!grantAfter) throw new Error('the locked grant row changed under its lock');
    await appendAuditEvent(tx, {
      ...event,
      entityType: 'grant',
      entityId: grantAfter.id,
      action: 'grant.allocation_published',
      before: grantSnapshot(grantBefore),
      after: grantSnapshot(grantAfter),
    });
    return published;
  });
}
