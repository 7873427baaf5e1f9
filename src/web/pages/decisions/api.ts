// The web's calls for decisions, payment accounts and payout batches (docs/ARCHITECTURE.md).
import type { z } from 'zod';
import { decisionRoutes, type PrepareDecisionsInputSchema } from '../../../contracts/decisions';
import { payoutRoutes, type PaymentAccountInput } from '../../../contracts/payouts';
import { apiUrl, call } from '../../api-client';

export const decisionsApi = {
  grantDecisions: (grantId: string, signal?: AbortSignal) =>
    call(decisionRoutes.list, { params: { id: grantId }, signal }),
  // `kind` stays a string for the pages; the server refuses one it does not know (400).
  prepareDecisions: (grantId: string, kind: string) =>
    call(decisionRoutes.prepare, {
      params: { id: grantId },
      body: { kind } as z.input<typeof PrepareDecisionsInputSchema>,
    }),
  issueDecisions: (grantId: string, decisionIds: string[] | null) =>
    call(decisionRoutes.issue, { params: { id: grantId }, body: { decisionIds } }),
  setAppealText: (grantId: string, appealText: string | null) =>
    call(decisionRoutes.setAppealText, { params: { id: grantId }, body: { appealText } }),
  changeDraft: (decisionId: string, amountKr: number, reasons: string) =>
    call(decisionRoutes.changeDraft, { params: { id: decisionId }, body: { amountKr, reasons } }),
  discardDraft: (decisionId: string, reason: string) =>
    call(decisionRoutes.discardDraft, { params: { id: decisionId }, body: { reason } }),
  correctDecision: (decisionId: string, amountKr: number, reasons: string) =>
    call(decisionRoutes.correct, { params: { id: decisionId }, body: { amountKr, reasons } }),
  myDecisions: (signal?: AbortSignal) => call(decisionRoutes.mine, { signal }),
  paymentAccount: (code: string, signal?: AbortSignal) =>
    call(payoutRoutes.paymentAccount, { params: { code }, signal }),
  setPaymentAccount: (code: string, input: PaymentAccountInput) =>
    call(payoutRoutes.setPaymentAccount, { params: { code }, body: input }),
  confirmPaymentAccount: (code: string, input: PaymentAccountInput) =>
    call(payoutRoutes.confirmPaymentAccount, { params: { code }, body: input }),
  pendingPaymentAccountChanges: (signal?: AbortSignal) =>
    call(payoutRoutes.pendingPaymentAccountChanges, { signal }),
  payoutBatches: (grantId: string, signal?: AbortSignal) =>
    call(payoutRoutes.list, { params: { id: grantId }, signal }),
  createPayoutBatch: (grantId: string, paymentOn: string) =>
    call(payoutRoutes.create, { params: { id: grantId }, body: { paymentOn } }),
  payoutBatch: (id: string, signal?: AbortSignal) =>
    call(payoutRoutes.get, { params: { id }, signal }),
  approvePayoutBatch: (id: string) => call(payoutRoutes.approve, { params: { id } }),
  markPayoutBatchPaid: (id: string, paidOn: string) =>
    call(payoutRoutes.markPaid, { params: { id }, body: { paidOn } }),
};

export const decisionFileLinks = {
  letter: (decisionId: string) => apiUrl(decisionRoutes.letter, { id: decisionId }),
  grantLetters: (grantId: string) => apiUrl(decisionRoutes.grantLetters, { id: grantId }),
  payoutExport: (batchId: string, format: 'csv' | 'xlsx' | 'pdf') =>
    apiUrl(payoutRoutes.export[format], { id: batchId }),
};
