import { findAllocation } from '../../db/allocations';
import { appendAuditEvent } from '../../db/audit';
import { updateGrantRow, type GrantRecord } from '../../db/grants';
import { listPerformanceResults } from '../../db/performance';
import { grantStatuses } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from './load-grant';
import { authorize } from '../../domain/access/policy';
import { grantSnapshot } from '../../db/audit-snapshots/grants';

export type GrantStatus = GrantRecord['status'];

/**
 * Moves a grant one step along draft → published → closed → follow_up → finished. No step can be
 * skipped and none taken back: each one tells recipients something (the key is final, requisitions
 * are closed, reports are due) that cannot be unsaid. The reason is kept in the audit log.
 */
export async function changeGrantStatus(
  ctx: ServiceContext,
  input: { id: string; status: GrantStatus; reason?: string | null },
): Promise<GrantRecord> {
  const now = ctx.now();
  authorize(ctx.user, 'grant.change_status', { grantId: input.id });
  return ctx.db.transaction(async (tx) => {
    const before = await loadGrantForUpdate(tx, input.id);
    const next = grantStatuses[grantStatuses.indexOf(before.status) + 1];
    if (input.status !== next) {
      throw new DomainError('grant.status_transition_not_allowed', {
        from: before.status,
        to: input.status,
      });
    }
    if (input.status === 'published' && before.distributionMethod === 'performance') {
      // A performance-based grant is distributed by its calculation: it is published once the
      // calculation is (whose total is the grant's amount, checked when it was calculated).
      const results = await listPerformanceResults(tx, before.id);
      if (!results.some((result) => result.status === 'published'))
        throw new DomainError('grant.no_published_performance_result', {});
    } else if (input.status === 'published') {
      // The grant is published with its money distributed: a published allocation whose total is the
      // grant's amount to the krona.
      if (!before.publishedAllocationId) throw new DomainError('grant.no_published_allocation', {});
      const allocation = await findAllocation(tx, before.publishedAllocationId);
      if (!allocation || allocation.totalKr !== before.totalAmountKr) {
        throw new DomainError('grant.allocation_total_differs', {
          allocationTotalKr: String(allocation?.totalKr ?? 0n),
          totalAmountKr: before.totalAmountKr.toString(),
        });
      }
    }
    const after = await updateGrantRow(
      tx,
      before.id,
      before.version,
      { status: input.status },
      now,
    );
    if (!after) throw new Error('the locked grant row changed under its lock');
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: after.id,
      grantId: after.id,
      action: 'grant.status_changed',
      before: grantSnapshot(before),
      after: grantSnapshot(after),
      reason: input.reason?.trim() || null,
    });
    return after;
  });
}
