import {
  findRequisition,
  insertRequisitionIfAbsent,
  type RequisitionRecord,
} from '../../db/requisitions';
import { DomainError } from '../../domain/errors';
import {
  checkRequisition,
  sameContent,
  type RequisitionContent,
} from '../../domain/requisition/requisition';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { authorize } from '../../domain/access/policy';
import { auditRequisition, contentOf, loadOwnTarget, requireOpen } from './requisition-common';

/**
 * Drafts the signed-in organisation's requisition of a grant. There is one per grant ×
 * organisation (a unique constraint): submitting the same content again (a double click, a retried
 * request) answers with the requisition already there, `created: false`, and writes nothing; other
 * content for an organisation that already has one is a 409 (change it with its version instead).
 */
export async function createRequisition(
  ctx: ServiceContext,
  input: { grantId: string; content: RequisitionContent },
): Promise<{ requisition: RequisitionRecord; created: boolean }> {
  authorize(ctx.user, 'requisition.prepare');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const target = await loadOwnTarget(ctx, tx, input.grantId);
    const existing = await findRequisition(tx, target.grant.id, target.recipientCode);
    if (existing) return answerExisting(existing, input.content);
    await requireOpen(tx, target, now);
    const issues = checkRequisition(input.content, {
      allocatedKr: target.allocatedKr,
      secondRound: target.grant.secondRound,
    });
    if (issues.length > 0) throw new InvalidInputError(issues);
    const created = await insertRequisitionIfAbsent(tx, {
      grantId: target.grant.id,
      recipientCode: target.recipientCode,
      ...input.content,
      status: 'draft',
      createdAt: now,
      createdBy: ctx.actor,
      updatedAt: now,
      updatedBy: ctx.actor,
    });
    if (!created) {
      // Another request created it between the look-up and the insert.
      const raced = await findRequisition(tx, target.grant.id, target.recipientCode);
      if (!raced) throw new Error('requisition vanished after a unique conflict');
      return answerExisting(raced, input.content);
    }
    await auditRequisition(tx, ctx, {
      occurredAt: now,
      action: 'requisition.created',
      after: created,
    });
    return { requisition: created, created: true };
  });
}

function answerExisting(
  existing: RequisitionRecord,
  content: RequisitionContent,
): { requisition: RequisitionRecord; created: boolean } {
  if (existing.version === 1 && sameContent(contentOf(existing), content))
    return { requisition: existing, created: false };
  throw new DomainError('requisition.already_exists', {
    requisitionId: existing.id,
    currentVersion: existing.version,
  });
}
