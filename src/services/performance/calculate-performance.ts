import { appendAuditEvent } from '../../db/audit';
import { insertPerformanceResult, type PerformanceResultRecord } from '../../db/performance';
import type { ServiceContext } from '../common/context';
import { computeStoredPerformance } from './compute-stored-performance';
import { loadGrantForUpdate } from '../grants/load-grant';
import {
  figureRowToJson,
  keyToJson,
  requireNoPublishedResult,
  requirePerformanceGrant,
} from './load-performance-inputs';
import { performanceResultSnapshot } from '../../db/audit-snapshots/performance';
import { authorize } from '../../domain/access/policy';

/**
 * Calculates a performance-based grant from its stored inputs and stores the result as a draft,
 * with the exact model, key and figures it used (so publishing can recompute and verify it) and
 * the checksum of the result CSV. Audited.
 */
export async function calculatePerformance(
  ctx: ServiceContext,
  grantId: string,
): Promise<PerformanceResultRecord> {
  authorize(ctx.user, 'grant.edit', { grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = requirePerformanceGrant(await loadGrantForUpdate(tx, grantId));
    await requireNoPublishedResult(tx, grant.id);
    const run = await computeStoredPerformance(tx, grant);
    const stored = await insertPerformanceResult(tx, {
      grantId: grant.id,
      status: 'draft',
      model: run.modelJson,
      key: keyToJson(run.key),
      figures: run.figures.map(figureRowToJson),
      result: run.calculation.json,
      totalKr: BigInt(run.calculation.json.totalKr),
      checksum: run.calculation.checksum,
      createdAt: now,
      createdBy: ctx.actor,
      updatedAt: now,
    });
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'performance_result',
      entityId: stored.id,
      grantId: grant.id,
      action: 'performance.result_calculated',
      after: performanceResultSnapshot(stored),
    });
    return stored;
  });
}
