// The audit snapshots of payout batches (payout.*) and payment accounts.
import { z } from 'zod';
import type { PaymentAccountRecord, PayoutBatchRecord } from '../payouts';
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

export const payoutAuditPayloads = {
  'payout.batch_created': created(PayoutBatchSnapshot.extend({ decisionIds: z.array(z.string()) })),
  'payout.batch_approved': changed(PayoutBatchSnapshot),
  'payout.batch_paid': changed(PayoutBatchSnapshot),
  'payment_account.set': {
    before: PaymentAccountSnapshot.nullable(),
    after: PaymentAccountSnapshot,
  },
};
