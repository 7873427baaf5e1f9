// The web's calls for receivables, audit samples and clawbacks (docs/audit-and-clawback.md).
import {
  AuditSampleSchema,
  AuditSamplesSchema,
  MyReceivablesSchema,
  PreparedClawbackSchema,
  ReceivableSchema,
  ReceivablesSchema,
} from '../../../contracts/receivables';
import { enc, json, request } from '../../api-client';

export interface PaymentBody {
  paidOn: string;
  amountKr: number;
  payerReference: string;
}

const grant = (grantId: string) => `/grants/${enc(grantId)}`;

export const receivablesApi = {
  receivables: (grantId: string, signal?: AbortSignal) =>
    request(ReceivablesSchema, `${grant(grantId)}/receivables`, { signal }),
  /** "Mina fordringar": the own organisation's receivables on every grant. */
  mine: (signal?: AbortSignal) => request(MyReceivablesSchema, '/me/receivables', { signal }),
  payRepayment: (grantId: string, code: string, body: PaymentBody) =>
    request(
      ReceivableSchema,
      `${grant(grantId)}/reports/${enc(code)}/repayment/payments`,
      json('POST', body),
    ),
  payClawback: (grantId: string, decisionId: string, body: PaymentBody) =>
    request(
      ReceivableSchema,
      `${grant(grantId)}/clawbacks/${enc(decisionId)}/payments`,
      json('POST', body),
    ),
  samples: (grantId: string, signal?: AbortSignal) =>
    request(AuditSamplesSchema, `${grant(grantId)}/audit-samples`, { signal }),
  drawSample: (
    grantId: string,
    body: { seed?: number; strata: { fromKr: number; size: number }[] },
  ) => request(AuditSampleSchema, `${grant(grantId)}/audit-samples`, json('POST', body)),
  recordFinding: (
    grantId: string,
    sampleId: string,
    code: string,
    body: { outcome: string; text: string },
  ) =>
    request(
      AuditSampleSchema,
      `${grant(grantId)}/audit-samples/${enc(sampleId)}/items/${enc(code)}/finding`,
      json('PUT', body),
    ),
  prepareClawback: (
    grantId: string,
    sampleId: string,
    code: string,
    body: { amountKr: number; reasons: string; dueOn?: string },
  ) =>
    request(
      PreparedClawbackSchema,
      `${grant(grantId)}/audit-samples/${enc(sampleId)}/items/${enc(code)}/clawback`,
      json('POST', body),
    ),
};
