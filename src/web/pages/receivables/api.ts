// The web's calls for receivables, audit samples and clawbacks (docs/audit-and-clawback.md).
import type { z } from 'zod';
import { receivableRoutes, type FindingInputSchema } from '../../../contracts/receivables';
import { call } from '../../api-client';

export interface PaymentBody {
  paidOn: string;
  amountKr: number;
  payerReference: string;
}

export const receivablesApi = {
  receivables: (grantId: string, signal?: AbortSignal) =>
    call(receivableRoutes.list, { params: { id: grantId }, signal }),
  /** "Mina fordringar": the own organisation's receivables on every grant. */
  mine: (signal?: AbortSignal) => call(receivableRoutes.mine, { signal }),
  payRepayment: (grantId: string, code: string, body: PaymentBody) =>
    call(receivableRoutes.payRepayment, { params: { id: grantId, code }, body }),
  payClawback: (grantId: string, decisionId: string, body: PaymentBody) =>
    call(receivableRoutes.payClawback, { params: { id: grantId, decisionId }, body }),
  samples: (grantId: string, signal?: AbortSignal) =>
    call(receivableRoutes.samples, { params: { id: grantId }, signal }),
  drawSample: (
    grantId: string,
    body: { seed?: number; strata: { fromKr: number; size: number }[] },
  ) => call(receivableRoutes.drawSample, { params: { id: grantId }, body }),
  recordFinding: (
    grantId: string,
    sampleId: string,
    code: string,
    body: { outcome: string; text: string },
  ) =>
    // `outcome` stays a string for the pages; the server refuses one it does not know (400).
    call(receivableRoutes.recordFinding, {
      params: { id: grantId, sampleId, code },
      body: body as z.input<typeof FindingInputSchema>,
    }),
  prepareClawback: (
    grantId: string,
    sampleId: string,
    code: string,
    body: { amountKr: number; reasons: string; dueOn?: string },
  ) => call(receivableRoutes.prepareClawback, { params: { id: grantId, sampleId, code }, body }),
};
