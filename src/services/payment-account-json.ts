import type { PaymentAccountRecord } from '../db/payouts';

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
