import { appendAuditEvent } from '../../db/audit';
import {
  findPerformanceResult,
  markPerformanceResultPublished,
  type PerformanceResultRecord,
} from '../../db/performance';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from '../grants/load-grant';
import { requireNoPublishedResult } from './load-performance-inputs';
import { performanceResultSnapshot } from '../../db/audit-snapshots/performance';
import { recomputePerformanceResult } from './recompute-performance-result';
import { authorize } from '../../domain/access/policy';

/**
 * Publishes a calculated result: it is recomputed and its checksum verified first, then frozen;
 * from then on the grant's model, key, registrations and figures cannot change. One published
 * result per grant. Audited.
 */
export async function publishPerformanceResult(
  ctx: ServiceContext,
  resultId: string,
): Promise<PerformanceResultRecord> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await findPerformanceResult(tx, resultId, { forUpdate: true });
    if (!before) throw new DomainError('performance.result_not_found', { resultId });
    authorize(ctx.user, 'grant.edit', { grantId: before.grantId });
    if (before.status === 'published')
      throw new DomainError('performance.result_already_published', { resultId });
    const grant = await loadGrantForUpdate(tx, before.grantId);
    await requireNoPublishedResult(tx, grant.id);
    await recomputePerformanceResult(before);
    const after = await markPerformanceResultPublished(tx, before.id, ctx.actor, now);
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'performance_result',
      entityId: after.id,
      grantId: grant.id,
      action: 'performance.result_published',
      before: performanceResultSnapshot(before),
      after: performanceResultSnapshot(after),
    });
    return after;
  });
}
