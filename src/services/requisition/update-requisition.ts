import { updateRequisitionRow, type RequisitionRecord } from '../../db/requisitions';
import { checkRequisition, type RequisitionContent } from '../../domain/requisition/requisition';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { authorize } from '../../domain/access/policy';
import {
  auditRequisition,
  lockOwnRequisition,
  requireOpen,
  versionConflict,
} from './requisition-common';

/**
 * Changes the organisation's requisition. `version` is the one the form was loaded with: a stale
 * one is a 409 and nothing is written, never a silent overwrite. A signed or withdrawn requisition
 * becomes a draft again and needs a new signature (its signed versions stay as they were).
 */
export async function updateRequisition(
  ctx: ServiceContext,
  input: { grantId: string; version: number; content: RequisitionContent },
): Promise<RequisitionRecord> {
  authorize(ctx.user, 'requisition.prepare');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const { target, before } = await lockOwnRequisition(ctx, tx, input.grantId);
    if (before.version !== input.version) throw versionConflict(input.version, before.version);
    await requireOpen(tx, target, now);
    const issues = checkRequisition(input.content, {
      allocatedKr: target.allocatedKr,
      secondRound: target.grant.secondRound,
    });
    if (issues.length > 0) throw new InvalidInputError(issues);
    const after = await updateRequisitionRow(tx, before.id, before.version, {
      ...input.content,
      status: 'draft',
      updatedAt: now,
      updatedBy: ctx.actor,
    });
    if (!after) throw versionConflict(input.version, before.version + 1);
    await auditRequisition(tx, ctx, {
      occurredAt: now,
      action: before.status === 'draft' ? 'requisition.changed' : 'requisition.reopened',
      before,
      after,
    });
    return after;
  });
}
