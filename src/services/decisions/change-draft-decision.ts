import { updateDraftDecision, type DecisionRecord } from '../../db/decisions';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { auditDraft, draftLimits, lockDraftForChange } from './draft-decisions';
import { InvalidInputError } from '../common/invalid-input-error';

/**
 * The case officer changes a draft decision's amount and reasons before it is issued: at most what
 * its source allows now (a requisition's signed amount, the calculated amount; a correction has no
 * such limit), 0 kr being a rejection with its reasons. Issued decisions are frozen. Audited.
 */
export async function changeDraftDecision(
  ctx: ServiceContext,
  input: { decisionId: string; amountKr: bigint; reasons: string },
): Promise<DecisionRecord> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const { grant, draft } = await lockDraftForChange(ctx, tx, input.decisionId);
    const limits = await draftLimits(tx, grant, [draft]);
    if (!limits.has(draft.id))
      throw new DomainError('decision.source_changed', { decisionId: draft.id });
    const maxKr = limits.get(draft.id) ?? null;
    if (maxKr !== null && input.amountKr > maxKr)
      throw new InvalidInputError([
        {
          path: 'amountKr',
          code: 'decision.amount_over_source',
          params: { amountKr: input.amountKr.toString(), maxKr: maxKr.toString() },
        },
      ]);
    const after = await updateDraftDecision(tx, draft.id, {
      amountKr: input.amountKr,
      reasons: input.reasons,
      updatedAt: now,
    });
    if (!after) throw new Error(`decision ${draft.id} stopped being a draft while locked`);
    await auditDraft(tx, ctx, {
      occurredAt: now,
      before: draft,
      after,
    });
    return after;
  });
}
