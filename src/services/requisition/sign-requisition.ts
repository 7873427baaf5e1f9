import {
  insertRequisitionVersion,
  updateRequisitionRow,
  type RequisitionRecord,
} from '../../db/requisitions';
import { DomainError } from '../../domain/errors';
import { checkRequisition } from '../../domain/requisition/requisition';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { authorize } from '../../domain/access/policy';
import { spendStepUp } from '../access/step-up';
import {
  auditRequisition,
  contentOf,
  lockOwnRequisition,
  requireOpen,
  versionConflict,
} from './requisition-common';

/**
 * The organisation's signatory signs the draft of `version`: the requisition becomes signed and
 * the content is kept as the next immutable version (requisition_versions). Signing the same
 * version again (a double click, a retried request) finds it signed by that very step and answers
 * with it, writing nothing. The signatory's step-up proof for this requisition (docs/decisions/0032)
 * is spent in the same transaction, and how they proved who they were goes into the audit event.
 */
export async function signRequisition(
  ctx: ServiceContext,
  input: { grantId: string; version: number; stepUpProof?: string },
): Promise<RequisitionRecord> {
  authorize(ctx.user, 'requisition.sign');
  const user = ctx.user;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const { target, before } = await lockOwnRequisition(ctx, tx, input.grantId);
    if (before.status === 'signed' && before.version === input.version + 1) return before;
    if (before.version !== input.version) throw versionConflict(input.version, before.version);
    if (before.status !== 'draft')
      throw new DomainError('requisition.not_draft', { status: before.status });
    await requireOpen(tx, target, now);
    // The terms cannot change after publication, but a signature must never cover a bad amount.
    const issues = checkRequisition(contentOf(before), {
      allocatedKr: target.allocatedKr,
      secondRound: target.grant.secondRound,
    });
    if (issues.length > 0) throw new InvalidInputError(issues);
    const signature = await spendStepUp(
      tx,
      ctx,
      { kind: 'requisition.sign', grantId: before.grantId, recipientCode: before.recipientCode },
      input.stepUpProof,
    );
    const number = (before.signedVersionNumber ?? 0) + 1;
    const version = await insertRequisitionVersion(tx, {
      requisitionId: before.id,
      number,
      grantId: before.grantId,
      recipientCode: before.recipientCode,
      ...contentOf(before),
      signedAt: now,
      signedBy: ctx.actor,
      signedByName: user.name,
    });
    const after = await updateRequisitionRow(tx, before.id, before.version, {
      status: 'signed',
      signedVersionNumber: number,
      updatedAt: now,
      updatedBy: ctx.actor,
    });
    if (!after) throw versionConflict(input.version, before.version + 1);
    await auditRequisition(tx, ctx, {
      occurredAt: now,
      action: after.declines ? 'requisition.signed_decline' : 'requisition.signed',
      before,
      after,
      signedVersion: version,
      signature,
    });
    return after;
  });
}
