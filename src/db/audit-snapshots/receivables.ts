// The audit snapshots of audit samples (audit_sample.*) and payments on receivables.
import { z } from 'zod';
import { created, KronorJson, LocalDateJson } from './common';

const FindingOutcome = z.enum(['no_remark', 'remark', 'clawback_proposed']);
const ReceivableState = z.enum(['open', 'partly_paid', 'paid', 'overdue']);

export const receivablesAuditPayloads = {
  'audit_sample.drawn': created(
    z.strictObject({
      seed: z.number().int(),
      strata: z.array(
        z.strictObject({
          fromKr: KronorJson,
          toKr: KronorJson.nullable(),
          populationSize: z.number().int(),
          size: z.number().int(),
        }),
      ),
      populationSize: z.number().int(),
      sampled: z.array(z.string()),
    }),
  ),
  'audit_sample.finding_recorded': {
    before: z.strictObject({ outcome: FindingOutcome.nullable(), text: z.string().nullable() }),
    after: z.strictObject({
      recipientCode: z.string(),
      outcome: FindingOutcome.nullable(),
      text: z.string().nullable(),
    }),
  },
  'receivable.payment_registered': {
    before: z.strictObject({ paidKr: KronorJson, state: ReceivableState }),
    after: z.strictObject({
      kind: z.enum(['repayment', 'clawback']),
      paymentId: z.string(),
      recipientCode: z.string(),
      paidOn: LocalDateJson,
      amountKr: KronorJson,
      payerReference: z.string(),
      paidKr: KronorJson,
      state: ReceivableState,
    }),
  },
};
