import { appendAuditEvent } from '../../db/audit';
import type { Executor } from '../../db/client';
import { deleteInterestRegistration, deleteReportedFigures } from '../../db/performance';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from '../grants/load-grant';
import { requireNoPublishedResult, requirePerformanceGrant } from './load-performance-inputs';
import { authorize } from '../../domain/access/policy';

/** Removes a recipient's expression of interest (registered by mistake); audited. */
export async function withdrawInterest(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string },
): Promise<boolean> {
  authorize(ctx.user, 'grant.edit', { grantId: input.grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = requirePerformanceGrant(await loadGrantForUpdate(tx, input.grantId));
    await requireNoPublishedResult(tx, grant.id);
    return removeRegistration(ctx, tx, grant.id, input.recipientCode, now);
  });
}

/**
 * Deletes the registration if there is one, and with it the recipient's reported figures (figures
 * of a recipient that did not register must not count), audited; whether there was one.
 */
export async function removeRegistration(
  ctx: ServiceContext,
  tx: Executor,
  grantId: string,
  recipientCode: string,
  now: Date,
): Promise<boolean> {
  const removed = await deleteInterestRegistration(tx, grantId, recipientCode);
  const figures = removed ? await deleteReportedFigures(tx, grantId, recipientCode) : undefined;
  if (removed)
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: grantId,
      grantId,
      action: 'performance.interest_withdrawn',
      before: figures
        ? { recipientCode, figures: { values: figures.values, source: figures.source } }
        : { recipientCode },
    });
  return removed;
}
