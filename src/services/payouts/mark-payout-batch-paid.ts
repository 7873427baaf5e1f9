import { updatePayoutBatch, type PayoutBatchRecord } from '../../db/payouts';
import { todayInStockholm } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadPayoutBatch } from './get-payout-batch';
import { auditPayoutBatchChange } from './present';
import { authorize } from '../../domain/access/policy';

/**
 * The grant's case officer records that an approved batch was paid, on `paidOn` (not before the
 * day it was approved). The batch is frozen afterwards (a trigger), and each of its decisions counts
 * as paid. Audited.
 */
export async function markPayoutBatchPaid(
  ctx: ServiceContext,
  input: { batchId: string; paidOn: string },
): Promise<PayoutBatchRecord> {
  authorize(ctx.user, 'payout.manage');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await loadPayoutBatch(tx, input.batchId, { forUpdate: true });
    authorize(ctx.user, 'payout.manage', { grantId: before.grantId });
    if (before.status !== 'approved')
      throw new DomainError('payout.status_transition_not_allowed', {
        from: before.status,
        to: 'paid',
      });
    const approvedOn = todayInStockholm(before.approvedAt ?? now);
    if (input.paidOn < approvedOn)
      throw new DomainError('payout.paid_before_approval', { paidOn: input.paidOn, approvedOn });
    const after = await updatePayoutBatch(tx, before.id, {
      status: 'paid',
      paidOn: input.paidOn,
      paidBy: ctx.actor,
      paidAt: now,
      updatedAt: now,
    });
    await auditPayoutBatchChange(tx, ctx, 'payout.batch_paid', before, after, now);
    return after;
  });
}
