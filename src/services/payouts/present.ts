import { appendAuditEvent } from '../../db/audit';
import type { Executor } from '../../db/client';
import type {
  PayoutBatchRecord,
  PayoutLineWithNames,
  PaymentAccountRecord,
} from '../../db/payouts';
import type { ServiceContext } from '../common/context';
import type { PaymentAccountAnswer } from '../../contracts/payouts';
import type { PaymentAccountState } from './get-payment-account';
import { krToJson } from '../allocation/present';
import { payoutBatchSnapshot } from '../../db/audit-snapshots/payouts';

export interface PayoutBatchJson {
  [key: string]: unknown;
  id: string;
  grantId: string;
  status: PayoutBatchRecord['status'];
  paymentOn: string;
  totalKr: number;
  createdBy: string;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  paidOn: string | null;
  paidBy: string | null;
  paidAt: string | null;
}

export interface PayoutLineJson {
  position: number;
  decisionId: string;
  referenceNumber: string;
  recipientCode: string;
  recipientName: string;
  amountKr: number;
  channel: PayoutLineWithNames['channel'];
  accountType: PayoutLineWithNames['accountType'];
  accountNumber: string | null;
}

export function payoutBatchToJson(batch: PayoutBatchRecord): PayoutBatchJson {
  return {
    id: batch.id,
    grantId: batch.grantId,
    status: batch.status,
    paymentOn: batch.paymentOn,
    totalKr: krToJson(batch.totalKr),
    createdBy: batch.createdBy,
    createdAt: batch.createdAt.toISOString(),
    approvedBy: batch.approvedBy,
    approvedAt: batch.approvedAt?.toISOString() ?? null,
    paidOn: batch.paidOn,
    paidBy: batch.paidBy,
    paidAt: batch.paidAt?.toISOString() ?? null,
  };
}

export function payoutLineToJson(line: PayoutLineWithNames): PayoutLineJson {
  return {
    position: line.position,
    decisionId: line.decisionId,
    referenceNumber: line.referenceNumber,
    recipientCode: line.recipientCode,
    recipientName: line.recipientName,
    amountKr: krToJson(line.amountKr),
    channel: line.channel,
    accountType: line.accountType,
    accountNumber: line.accountNumber,
  };
}

/** The audit event of a batch's change of status, with the batch before and after. */
export async function auditPayoutBatchChange(
  tx: Executor,
  ctx: ServiceContext,
  action: 'payout.batch_approved' | 'payout.batch_paid',
  before: PayoutBatchRecord,
  after: PayoutBatchRecord,
  now: Date,
): Promise<void> {
  await appendAuditEvent(tx, {
    occurredAt: now,
    actor: ctx.actor,
    entityType: 'payout_batch',
    entityId: after.id,
    grantId: after.grantId,
    action,
    before: payoutBatchSnapshot(before),
    after: payoutBatchSnapshot(after),
  });
}

export interface PaymentAccountJson {
  [key: string]: unknown;
  recipientCode: string;
  accountType: PaymentAccountRecord['accountType'];
  accountNumber: string;
  updatedBy: string;
  updatedAt: string;
}

export function paymentAccountToJson(record: PaymentAccountRecord): PaymentAccountJson {
  return {
    recipientCode: record.recipientCode,
    accountType: record.accountType,
    accountNumber: record.accountNumber,
    updatedBy: record.updatedBy,
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** The account state as the API answers it; `actor` is who asks (whether they proposed it). */
export function paymentAccountStateToJson(
  state: PaymentAccountState,
  actor: string,
): PaymentAccountAnswer {
  const change = state.pendingChange;
  return {
    account: state.account ? paymentAccountToJson(state.account) : null,
    pendingChange: change
      ? {
          accountType: change.accountType,
          accountNumber: change.accountNumber,
          proposedBy: change.proposedBy,
          proposedAt: change.proposedAt.toISOString(),
          proposedByYou: change.proposedBy === actor,
        }
      : null,
    history: state.history,
  };
}
