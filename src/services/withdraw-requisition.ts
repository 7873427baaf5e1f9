import { appendAuditEvent } from '../db/audit';
import { findRequisition, updateRequisitionRow, type RequisitionRecord } from '../db/requisitions';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';
import { authorize } from './policy';
import {
  loadOwnTarget,
  requireOpen,
  requisitionEntityId,
  requisitionToJson,
  versionConflict,
} from './requisition-common';

/**
 * The signatory withdraws a signed requisition before the deadline: it no longer counts (the
 * overview shows it as withdrawn; the second round treats its money as not requisitioned). Its
 * signed versions stay. Withdrawing again with the same version answers with it, writing nothing.
 */
export async function withdrawRequisition(
  ctx: ServiceContext,
  input: { grantId: string; version: number; reason?: string },
): Promise<RequisitionRecord> {
  authorize(ctx.user, 'requisition.sign');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const target = await loadOwnTarget(ctx, tx, input.grantId);
    const before = await findRequisition(tx, target.grant.id, target.recipientCode, {
      forUpdate: true,
    });
    if (!before) throw new DomainError('requisition.not_found', { grantId: input.grantId });
    if (before.status === 'withdrawn' && before.version === input.version + 1) return before;
    if (before.version !== input.version) throw versionConflict(input.version, before.version);
    if (before.status !== 'signed')
      throw new DomainError('requisition.not_signed', { status: before.status });
    await requireOpen(tx, target, now);
    const after = await updateRequisitionRow(tx, before.id, before.version, {
      status: 'withdrawn',
      updatedAt: now,
      updatedBy: ctx.actor,
    });
    if (!after) throw versionConflict(input.version, before.version + 1);
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'requisition',
      entityId: requisitionEntityId(after.grantId, after.recipientCode),
      grantId: after.grantId,
      action: 'requisition.withdrawn',
      before: requisitionToJson(before),
      after: requisitionToJson(after),
      reason: input.reason ?? null,
    });
    return after;
  });
}
