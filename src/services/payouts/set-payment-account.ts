import { appendAuditEvent } from '../../db/audit';
import {
  deletePaymentAccountChange,
  findPaymentAccount,
  findPaymentAccountChange,
  upsertPaymentAccount,
  upsertPaymentAccountChange,
} from '../../db/payouts';
import type { AccountType } from '../../domain/decisions/payout-batch';
import { validateBankgiro, validatePlusgiro } from '../../domain/payments/bank-account';
import type { Executor } from '../../db/client';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadRecipientFor } from '../recipients/load-own-recipient';
import {
  paymentAccountChangeSnapshot,
  paymentAccountSnapshot,
} from '../../db/audit-snapshots/payouts';
import { loadPaymentAccountState, type PaymentAccountState } from './get-payment-account';

export interface PaymentAccountInput {
  recipientCode: string;
  accountType: AccountType;
  accountNumber: string;
}

/** The number checked (format and check digit) in its printed form; a bad one is a 422. */
export function checkedAccountNumber(input: Omit<PaymentAccountInput, 'recipientCode'>): string {
  const checked =
    input.accountType === 'bankgiro'
      ? validateBankgiro(input.accountNumber)
      : validatePlusgiro(input.accountNumber);
  if (!checked.ok) throw new InvalidInputError([{ ...checked.issue, path: 'accountNumber' }]);
  return checked.value;
}

/**
 * Puts the account in force for the organisation and lets any change the agency proposed lapse.
 * Audited with the account before and after: as `payment_account.set`, or, when it confirms a
 * change someone proposed, as `payment_account.change_confirmed` naming the proposer.
 */
export async function putPaymentAccountInForce(
  tx: Executor,
  ctx: ServiceContext,
  account: PaymentAccountInput,
  now: Date,
  confirming?: { proposedBy: string },
): Promise<void> {
  const before = await findPaymentAccount(tx, account.recipientCode);
  const after = await upsertPaymentAccount(tx, { ...account, updatedBy: ctx.actor }, now);
  await deletePaymentAccountChange(tx, account.recipientCode);
  const event = {
    occurredAt: now,
    actor: ctx.actor,
    entityType: 'payment_account',
    entityId: account.recipientCode,
    before: before ? paymentAccountSnapshot(before) : null,
  } as const;
  await appendAuditEvent(
    tx,
    confirming
      ? {
          ...event,
          action: 'payment_account.change_confirmed',
          after: { ...paymentAccountSnapshot(after), proposedBy: confirming.proposedBy },
        }
      : { ...event, action: 'payment_account.set', after: paymentAccountSnapshot(after) },
  );
}

/**
 * Registers the organisation's bankgiro or plusgiro number for payouts. The organisation's
 * signatory sets it in force at once (and any change the agency proposed lapses). The agency (a
 * case officer for every grant) only proposes it: payouts keep using the account in force until a
 * second person confirms (confirm-payment-account.ts), since a changed account is where grant
 * money would be diverted. Audited with before and after.
 */
export async function setPaymentAccount(
  ctx: ServiceContext,
  input: PaymentAccountInput,
): Promise<PaymentAccountState> {
  const recipient = await loadRecipientFor(ctx, 'payment_account.manage', input.recipientCode);
  const accountNumber = checkedAccountNumber(input);
  const byOrganisation = ctx.user?.recipientCode != null;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    if (byOrganisation) {
      await putPaymentAccountInForce(
        tx,
        ctx,
        { recipientCode: recipient.code, accountType: input.accountType, accountNumber },
        now,
      );
    } else {
      const before = await findPaymentAccountChange(tx, recipient.code, { forUpdate: true });
      const after = await upsertPaymentAccountChange(tx, {
        recipientCode: recipient.code,
        accountType: input.accountType,
        accountNumber,
        proposedBy: ctx.actor,
        proposedAt: now,
      });
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: ctx.actor,
        entityType: 'payment_account',
        entityId: recipient.code,
        action: 'payment_account.change_proposed',
        before: before ? paymentAccountChangeSnapshot(before) : null,
        after: paymentAccountChangeSnapshot(after),
      });
    }
    return loadPaymentAccountState(tx, recipient.code);
  });
}
