import { appendAuditEvent } from '../../db/audit';
import {
  insertPayoutBatch,
  listPaymentAccountChanges,
  listPaymentAccounts,
  lockDecisionsForPayout,
  type PayoutBatchRecord,
} from '../../db/payouts';
import { findRecipientsByCodes } from '../../db/recipients';
import {
  buildPayoutLines,
  payableDecisions,
  type PaymentAccount,
} from '../../domain/decisions/payout-batch';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { payoutBatchSnapshot } from '../../db/audit-snapshots/payouts';

/**
 * Builds a draft payout batch of a grant from its issued decisions not in any batch yet and not
 * corrected by a later issued decision (a correction pays the difference to what the decision it
 * supersedes already paid): one line per amount above 0 kr with the recipient's account (none for
 * general funds). Only accounts in force count: a change the agency proposed and no second person
 * confirmed is not used (docs/access.md). Refuses with every recipient that lacks an account (422,
 * one issue each, saying when a change waits for confirmation) and when nothing is left to pay
 * (409). The grant row is locked, so two batches cannot take the same decision; the unique
 * decision_id of payout_lines makes sure of it. Audited.
 */
export async function createPayoutBatch(
  ctx: ServiceContext,
  input: { grantId: string; paymentOn: string },
): Promise<PayoutBatchRecord> {
  authorize(ctx.user, 'payout.manage', { grantId: input.grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrantForUpdate(tx, input.grantId);
    const payable = payableDecisions(await lockDecisionsForPayout(tx, grant.id));
    const codes = [...new Set(payable.map((d) => d.recipientCode))];
    const accounts = new Map<string, PaymentAccount>(
      (await listPaymentAccounts(tx, codes)).map((a) => [a.recipientCode, a]),
    );
    const build = buildPayoutLines(payable, accounts);
    if (!build.ok) {
      const names = new Map(
        (await findRecipientsByCodes(tx, build.missingAccounts)).map((r) => [r.code, r.name]),
      );
      const pending = new Set(
        (await listPaymentAccountChanges(tx, build.missingAccounts)).map((c) => c.recipientCode),
      );
      throw new InvalidInputError(
        build.missingAccounts.map((code) => ({
          code: 'payout.account_missing',
          path: `recipients.${code}`,
          params: {
            recipientCode: code,
            recipientName: names.get(code) ?? code,
            pendingChange: pending.has(code) ? 1 : 0,
          },
        })),
      );
    }
    if (build.lines.length === 0)
      throw new DomainError('payout.nothing_to_pay', { grantId: grant.id });
    const batch = await insertPayoutBatch(
      tx,
      {
        grantId: grant.id,
        paymentOn: input.paymentOn,
        totalKr: build.totalKr,
        createdBy: ctx.actor,
        createdAt: now,
        updatedAt: now,
      },
      build.lines.map((line) => ({
        position: line.position,
        decisionId: line.decisionId,
        recipientCode: line.recipientCode,
        amountKr: line.amountKr,
        channel: line.channel,
        accountType: line.account?.accountType ?? null,
        accountNumber: line.account?.accountNumber ?? null,
        createdAt: now,
      })),
    );
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'payout_batch',
      entityId: batch.id,
      grantId: grant.id,
      action: 'payout.batch_created',
      after: {
        ...payoutBatchSnapshot(batch),
        decisionIds: build.lines.map((line) => line.decisionId),
      },
    });
    return batch;
  });
}
