// The audit snapshots of payout batches (payout.*) and payment accounts.
import { z } from 'zod';
import type {
  PaymentAccountChangeRecord,
  PaymentAccountRecord,
  PayoutBatchRecord,
} from '../payouts';
import {
  changed,
  created,
  InstantJson,
  instantOrNull,
  KronorJson,
  kronorJson,
  LocalDateJson,
} from './common';

export const PayoutBatchSnapshot = z.strictObject({
  id: z.string(),
  grantId: z.string(),
  status: z.enum(['draft', 'approved', 'paid']),
  paymentOn: LocalDateJson,
  totalKr: KronorJson,
  createdBy: z.string(),
  createdAt: InstantJson,
  approvedBy: z.string().nullable(),
  approvedAt: InstantJson.nullable(),
  paidOn: LocalDateJson.nullable(),
  paidBy: z.string().nullable(),
  paidAt: InstantJson.nullable(),
});
export type PayoutBatchSnapshot = z.infer<typeof PayoutBatchSnapshot>;

export function payoutBatchSnapshot(batch: PayoutBatchRecord): PayoutBatchSnapshot {
  return {
    id: batch.id,
    grantId: batch.grantId,
    status: batch.status,
    paymentOn: batch.paymentOn,
    totalKr: kronorJson(batch.totalKr),
    createdBy: batch.createdBy,
    createdAt: batch.createdAt.toISOString(),
    approvedBy: batch.approvedBy,
    approvedAt: instantOrNull(batch.approvedAt),
    paidOn: batch.paidOn,
    paidBy: batch.paidBy,
    paidAt: instantOrNull(batch.paidAt),
  };
}

const PaymentAccountSnapshot = z.strictObject({
  recipientCode: z.string(),
  accountType: z.enum(['bankgiro', 'plusgiro']),
  accountNumber: z.string(),
  updatedBy: z.string(),
  updatedAt: InstantJson,
});

export function paymentAccountSnapshot(
  record: PaymentAccountRecord,
): z.infer<typeof PaymentAccountSnapshot> {
  return {
    recipientCode: record.recipientCode,
    accountType: record.accountType,
    accountNumber: record.accountNumber,
    updatedBy: record.updatedBy,
    updatedAt: record.updatedAt.toISOString(),
  };
}

const PaymentAccountChangeSnapshot = z.strictObject({
  recipientCode: z.string(),
  accountType: z.enum(['bankgiro', 'plusgiro']),
  accountNumber: z.string(),
  proposedBy: z.string(),
  proposedAt: InstantJson,
});

export function paymentAccountChangeSnapshot(
  record: PaymentAccountChangeRecord,
): z.infer<typeof PaymentAccountChangeSnapshot> {
  return {
    recipientCode: record.recipientCode,
    accountType: record.accountType,
    accountNumber: record.accountNumber,
    proposedBy: record.proposedBy,
    proposedAt: record.proposedAt.toISOString(),
  };
}

export const payoutAuditPayloads = {
  'payout.batch_created': created(PayoutBatchSnapshot.extend({ decisionIds: z.array(z.string()) })),
  'payout.batch_approved': changed(PayoutBatchSnapshot),
  'payout.batch_paid': changed(PayoutBatchSnapshot),
  'payment_account.set': {
    before: PaymentAccountSnapshot.nullable(),
    after: PaymentAccountSnapshot,
  },
  /** The agency proposed a change; before: the earlier proposal it replaces, if any. */
  'payment_account.change_proposed': {
    before: PaymentAccountChangeSnapshot.nullable(),
    after: PaymentAccountChangeSnapshot,
  },
  /** A second person confirmed the proposal: the account in force before and after. */
  'payment_account.change_confirmed': {
    before: PaymentAccountSnapshot.nullable(),
    after: PaymentAccountSnapshot.extend({ proposedBy: z.string() }),
  },
};
