import { updateRequisitionRow, type RequisitionRecord } from '../../db/requisitions';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';
import {
  auditRequisition,
  lockOwnRequisition,
  requireOpen,
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
    const { target, before } = await lockOwnRequisition(ctx, tx, input.grantId);
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
    await auditRequisition(tx, ctx, {
      occurredAt: now,
      action: 'requisition.withdrawn',
      before,
      after,
      reason: input.reason ?? null,
    });
    return after;
  });
}
