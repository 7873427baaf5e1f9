import { findPaymentAccount, type PaymentAccountRecord } from '../../db/payouts';
import type { ServiceContext } from '../common/context';
import { loadRecipientFor } from '../recipients/load-own-recipient';

/** The organisation's payout account, or null when none is registered. */
export async function getPaymentAccount(
  ctx: ServiceContext,
  recipientCode: string,
): Promise<PaymentAccountRecord | null> {
  const recipient = await loadRecipientFor(ctx, 'payment_account.read', recipientCode);
  return (await findPaymentAccount(ctx.db, recipient.code)) ?? null;
}
