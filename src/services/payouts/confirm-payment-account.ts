import { findPaymentAccountChange } from '../../db/payouts';
import { authorizeSecondPerson } from '../../domain/access/policy';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadRecipientFor } from '../recipients/load-own-recipient';
import { loadPaymentAccountState, type PaymentAccountState } from './get-payment-account';
import {
  checkedAccountNumber,
  putPaymentAccountInForce,
  type PaymentAccountInput,
} from './set-payment-account';

/**
 * A second person puts the agency's proposed change of an organisation's payout account in force:
 * another case officer for every grant, or the organisation's signatory; never the one who
 * proposed it (four eyes, policy.ts SECOND_PERSON). The confirmer names the number they checked,
 * so a proposal replaced meanwhile is not confirmed unseen (409). Audited.
 */
export async function confirmPaymentAccount(
  ctx: ServiceContext,
  input: PaymentAccountInput,
): Promise<PaymentAccountState> {
  const recipient = await loadRecipientFor(ctx, 'payment_account.confirm', input.recipientCode);
  const accountNumber = checkedAccountNumber(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const change = await findPaymentAccountChange(tx, recipient.code, { forUpdate: true });
    if (!change)
      throw new DomainError('payment_account.no_pending_change', { recipientCode: recipient.code });
    authorizeSecondPerson(
      ctx.user,
      ctx.actor,
      'payment_account.confirm',
      { recipientCode: ctx.user?.recipientCode ?? recipient.code },
      [change.proposedBy],
    );
    if (change.accountType !== input.accountType || change.accountNumber !== accountNumber)
      throw new DomainError('payment_account.pending_changed', { recipientCode: recipient.code });
    await putPaymentAccountInForce(
      tx,
      ctx,
      {
        recipientCode: recipient.code,
        accountType: change.accountType,
        accountNumber: change.accountNumber,
      },
      now,
      { proposedBy: change.proposedBy },
    );
    return loadPaymentAccountState(tx, recipient.code);
  });
}
