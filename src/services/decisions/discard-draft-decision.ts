import { deleteDraftDecision } from '../../db/decisions';
import type { ServiceContext } from '../common/context';
import { auditDraft, lockDraftForChange } from './draft-decisions';

/**
 * The case officer discards a draft decision, for a recorded reason: the draft is removed (it never
 * had a reference number, so no number is lost) and its source amount can be prepared again. The
 * audit log keeps the draft as it was and the reason. Issued decisions cannot be discarded.
 */
export async function discardDraftDecision(
  ctx: ServiceContext,
  input: { decisionId: string; reason: string },
): Promise<{ grantId: string }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const { draft } = await lockDraftForChange(ctx, tx, input.decisionId);
    if (!(await deleteDraftDecision(tx, draft.id)))
      throw new Error(`decision ${draft.id} stopped being a draft while locked`);
    await auditDraft(tx, ctx, {
      occurredAt: now,
      before: draft,
      after: null,
      reason: input.reason,
    });
    return { grantId: draft.grantId };
  });
}
