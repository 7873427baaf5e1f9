// The web's calls for decisions, payment accounts and payout batches (docs/ARCHITECTURE.md).
import {
  AppealTextSchema,
  DecisionSchema,
  DiscardedDecisionSchema,
  GrantDecisionsSchema,
  IssuedDecisionsSchema,
  MyDecisionsSchema,
  PreparedDecisionsSchema,
} from '../../../contracts/decisions';
import {
  PaymentAccountAnswerSchema,
  PayoutBatchDetailSchema,
  PayoutBatchListSchema,
  type PaymentAccountInput,
} from '../../../contracts/payouts';
import { enc, json, request } from '../../api-client';

export const decisionsApi = {
  grantDecisions: (grantId: string, signal?: AbortSignal) =>
    request(GrantDecisionsSchema, `/grants/${enc(grantId)}/decisions`, { signal }),
  prepareDecisions: (grantId: string, kind: string) =>
    request(
      PreparedDecisionsSchema,
      `/grants/${enc(grantId)}/decisions/prepare`,
      json('POST', { kind }),
    ),
  issueDecisions: (grantId: string, decisionIds: string[] | null) =>
    request(
      IssuedDecisionsSchema,
      `/grants/${enc(grantId)}/decisions/issue`,
      json('POST', { decisionIds }),
    ),
  setAppealText: (grantId: string, appealText: string | null) =>
    request(
      AppealTextSchema,
      `/grants/${enc(grantId)}/decisions/appeal-text`,
      json('PUT', { appealText }),
    ),
  changeDraft: (decisionId: string, amountKr: number, reasons: string) =>
    request(DecisionSchema, `/decisions/${enc(decisionId)}`, json('PUT', { amountKr, reasons })),
  discardDraft: (decisionId: string, reason: string) =>
    request(
      DiscardedDecisionSchema,
      `/decisions/${enc(decisionId)}/discard`,
      json('POST', { reason }),
    ),
  correctDecision: (decisionId: string, amountKr: number, reasons: string) =>
    request(
      DecisionSchema,
      `/decisions/${enc(decisionId)}/corrections`,
      json('POST', { amountKr, reasons }),
    ),
  myDecisions: (signal?: AbortSignal) => request(MyDecisionsSchema, '/me/decisions', { signal }),
  paymentAccount: (code: string, signal?: AbortSignal) =>
    request(PaymentAccountAnswerSchema, `/recipients/${enc(code)}/payment-account`, { signal }),
  setPaymentAccount: (code: string, input: PaymentAccountInput) =>
    request(
      PaymentAccountAnswerSchema,
      `/recipients/${enc(code)}/payment-account`,
      json('PUT', input),
    ),
  payoutBatches: (grantId: string, signal?: AbortSignal) =>
    request(PayoutBatchListSchema, `/grants/${enc(grantId)}/payouts`, { signal }),
  createPayoutBatch: (grantId: string, paymentOn: string) =>
    request(
      PayoutBatchDetailSchema,
      `/grants/${enc(grantId)}/payouts`,
      json('POST', { paymentOn }),
    ),
  payoutBatch: (id: string, signal?: AbortSignal) =>
    request(PayoutBatchDetailSchema, `/payouts/${enc(id)}`, { signal }),
  approvePayoutBatch: (id: string) =>
    request(PayoutBatchDetailSchema, `/payouts/${enc(id)}/approve`, { method: 'POST' }),
  markPayoutBatchPaid: (id: string, paidOn: string) =>
    request(PayoutBatchDetailSchema, `/payouts/${enc(id)}/paid`, json('POST', { paidOn })),
};

export const decisionFileLinks = {
  letter: (decisionId: string) => `/api/decisions/${enc(decisionId)}/letter.pdf`,
  grantLetters: (grantId: string) => `/api/grants/${enc(grantId)}/decisions/letters.pdf`,
  payoutExport: (batchId: string, format: 'csv' | 'xlsx' | 'pdf') =>
    `/api/payouts/${enc(batchId)}/export.${format}`,
};
