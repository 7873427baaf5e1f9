import { updatePayoutBatch, type PayoutBatchRecord } from '../../db/payouts';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadPayoutBatch } from './get-payout-batch';
import { auditPayoutBatchChange } from './present';
import { authorize, authorizeSecondPerson } from '../../domain/access/policy';

/**
 * A decision maker approves a draft batch for payment; not the person who built it (four eyes).
 * Audited.
 */
export async function approvePayoutBatch(
  ctx: ServiceContext,
  batchId: string,
): Promise<PayoutBatchRecord> {
  authorize(ctx.user, 'payout.approve');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await loadPayoutBatch(tx, batchId, { forUpdate: true });
    authorizeSecondPerson(ctx.user, ctx.actor, 'payout.approve', { grantId: before.grantId }, [
      before.createdBy,
    ]);
    if (before.status !== 'draft')
      throw new DomainError('payout.status_transition_not_allowed', {
        from: before.status,
        to: 'approved',
      });
    const after = await updatePayoutBatch(tx, before.id, {
      status: 'approved',
      approvedBy: ctx.actor,
      approvedAt: now,
      updatedAt: now,
    });
    await auditPayoutBatchChange(tx, ctx, 'payout.batch_approved', before, after, now);
    return after;
  });
}
