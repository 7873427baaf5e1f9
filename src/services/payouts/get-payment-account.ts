import { z } from 'zod';
import { listAuditEventsForEntity } from '../../db/audit';
import type { Executor } from '../../db/client';
import {
  findPaymentAccount,
  findPaymentAccountChange,
  listPaymentAccounts,
  listPendingPaymentAccountChanges as listPendingChanges,
  type PaymentAccountChangeRecord,
  type PaymentAccountRecord,
} from '../../db/payouts';
import type {
  PaymentAccountHistoryEntry,
  PendingPaymentAccountChanges,
} from '../../contracts/payouts';
import { authorize } from '../../domain/access/policy';
import type { ServiceContext } from '../common/context';
import { loadRecipientFor } from '../recipients/load-own-recipient';

/** The account in force, the agency's change waiting for a second person, and every change. */
export interface PaymentAccountState {
  account: PaymentAccountRecord | null;
  pendingChange: PaymentAccountChangeRecord | null;
  history: PaymentAccountHistoryEntry[];
}

const HISTORY_KIND = {
  'payment_account.set': 'set',
  'payment_account.change_proposed': 'proposed',
  'payment_account.change_confirmed': 'confirmed',
} as const;

const AccountInEvent = z.object({
  accountType: z.enum(['bankgiro', 'plusgiro']),
  accountNumber: z.string(),
});

export async function loadPaymentAccountState(
  executor: Executor,
  recipientCode: string,
): Promise<PaymentAccountState> {
  const events = await listAuditEventsForEntity(executor, 'payment_account', recipientCode);
  const history: PaymentAccountHistoryEntry[] = [];
  for (const event of events) {
    const kind = HISTORY_KIND[event.action as keyof typeof HISTORY_KIND] as
      PaymentAccountHistoryEntry['kind'] | undefined;
    const account = AccountInEvent.safeParse(event.after);
    if (!kind || !account.success) continue;
    history.push({
      at: event.occurredAt.toISOString(),
      by: event.actor,
      kind,
      accountType: account.data.accountType,
      accountNumber: account.data.accountNumber,
    });
  }
  return {
    account: (await findPaymentAccount(executor, recipientCode)) ?? null,
    pendingChange: (await findPaymentAccountChange(executor, recipientCode)) ?? null,
    history,
  };
}

/**
 * The organisation's payout account (null when none is in force), a change the agency proposed
 * that waits for a second person, and the history of every change: the organisation sees each
 * change the agency makes or proposes to where its money goes.
 */
export async function getPaymentAccount(
  ctx: ServiceContext,
  recipientCode: string,
): Promise<PaymentAccountState> {
  const recipient = await loadRecipientFor(ctx, 'payment_account.read', recipientCode);
  return loadPaymentAccountState(ctx.db, recipient.code);
}

/** Every change the agency proposed that waits for a second person (agency staff). */
export async function listPendingPaymentAccountChanges(
  ctx: ServiceContext,
): Promise<PendingPaymentAccountChanges> {
  authorize(ctx.user, 'agency.read');
  const changes = await listPendingChanges(ctx.db);
  const current = new Map(
    (
      await listPaymentAccounts(
        ctx.db,
        changes.map((c) => c.recipientCode),
      )
    ).map((a) => [a.recipientCode, a]),
  );
  return {
    items: changes.map((change) => {
      const account = current.get(change.recipientCode);
      return {
        recipientCode: change.recipientCode,
        recipientName: change.recipientName,
        accountType: change.accountType,
        accountNumber: change.accountNumber,
        proposedBy: change.proposedBy,
        proposedAt: change.proposedAt.toISOString(),
        proposedByYou: change.proposedBy === ctx.actor,
        current: account
          ? { accountType: account.accountType, accountNumber: account.accountNumber }
          : null,
      };
    }),
  };
}
