import { appealTextOf } from '../../db/agency-settings';
import { appendAuditEvent } from '../../db/audit';
import {
  findCorrection,
  insertDecisions,
  lockDecisions,
  type DecisionRecord,
} from '../../db/decisions';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';
import { decisionSnapshot } from '../../db/audit-snapshots/decisions';

/**
 * Prepares a correction of an issued decision: a new draft for the same recipient, kind and source
 * with the new amount and reasons, that supersedes it once a decision maker issues it (the issued
 * decision itself never changes). A decision is corrected at most once; a later correction corrects
 * the correction. When the original was paid, the correction's payout is the difference. Audited.
 */
export async function correctDecision(
  ctx: ServiceContext,
  input: { decisionId: string; amountKr: bigint; reasons: string; conditions: string | null },
): Promise<DecisionRecord> {
  authorize(ctx.user, 'decision.prepare');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [original] = await lockDecisions(tx, [input.decisionId]);
    if (!original) throw new DomainError('decision.not_found', { decisionId: input.decisionId });
    authorize(ctx.user, 'decision.prepare', { grantId: original.grantId });
    if (original.status !== 'issued')
      throw new DomainError('decision.not_issued', { decisionId: original.id });
    const existing = await findCorrection(tx, original.id);
    if (existing)
      throw new DomainError('decision.already_corrected', {
        decisionId: original.id,
        correctionId: existing.id,
      });
    const [correction] = await insertDecisions(tx, [
      {
        kind: original.kind,
        grantId: original.grantId,
        recipientCode: original.recipientCode,
        amountKr: input.amountKr,
        payoutChannel: original.payoutChannel,
        legalBasis: original.legalBasis,
        reasons: input.reasons,
        conditions: input.conditions ?? original.conditions,
        appealText: await appealTextOf(tx, original.grantId),
        sourceType: original.sourceType,
        sourceId: original.sourceId,
        supersedesDecisionId: original.id,
        preparedBy: ctx.actor,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    if (!correction) throw new Error('the correction was not inserted');
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'decision',
      entityId: correction.id,
      grantId: original.grantId,
      action: 'decision.correction_prepared',
      before: decisionSnapshot(original),
      after: decisionSnapshot(correction),
    });
    return correction;
  });
}
