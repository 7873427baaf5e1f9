import { appendAuditEvent } from '../../db/audit';
import {
  findPaymentAccount,
  upsertPaymentAccount,
  type PaymentAccountRecord,
} from '../../db/payouts';
import type { AccountType } from '../../domain/decisions/payout-batch';
import { validateBankgiro, validatePlusgiro } from '../../domain/payments/bank-account';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadRecipientFor } from '../recipients/load-own-recipient';
import { paymentAccountSnapshot } from '../../db/audit-snapshots/payouts';

/**
 * Registers the organisation's bankgiro or plusgiro number for payouts (a case officer, or the
 * organisation's signatory). The number is checked (format and check digit) and stored in its
 * printed form; a bad one is a 422 naming `accountNumber`. Audited with before and after.
 */
export async function setPaymentAccount(
  ctx: ServiceContext,
  input: { recipientCode: string; accountType: AccountType; accountNumber: string },
): Promise<PaymentAccountRecord> {
  const recipient = await loadRecipientFor(ctx, 'payment_account.manage', input.recipientCode);
  const checked =
    input.accountType === 'bankgiro'
      ? validateBankgiro(input.accountNumber)
      : validatePlusgiro(input.accountNumber);
  if (!checked.ok) throw new InvalidInputError([{ ...checked.issue, path: 'accountNumber' }]);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await findPaymentAccount(tx, recipient.code);
    const after = await upsertPaymentAccount(
      tx,
      {
        recipientCode: recipient.code,
        accountType: input.accountType,
        accountNumber: checked.value,
        updatedBy: ctx.actor,
      },
      now,
    );
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'payment_account',
      entityId: recipient.code,
      action: 'payment_account.set',
      before: before ? paymentAccountSnapshot(before) : null,
      after: paymentAccountSnapshot(after),
    });
    return after;
  });
}
