import { z } from 'zod';
import { KronorSchema, LocalDateSchema } from './grants';
import { route } from './route';
import { EXPORT_TYPES, GrantRecipientParamsSchema, IdParamsSchema } from './shared';

export const ReceivableStateSchema = z.enum(['open', 'partly_paid', 'paid', 'overdue']);

export const ReceivableKindSchema = z.enum(['repayment', 'clawback']);

export const ReceivablesQuerySchema = z.object({
  state: ReceivableStateSchema.optional().describe('Only receivables in this state.'),
  kind: ReceivableKindSchema.optional().describe(
    'Only repayment demands (`repayment`) or clawbacks (`clawback`).',
  ),
});

export const PaymentInputSchema = z.object({
  paidOn: LocalDateSchema.describe('The day the money arrived (not after today).'),
  amountKr: KronorSchema.min(1).describe('Whole kronor, at most what is outstanding.'),
  payerReference: z
    .string()
    .trim()
    .min(1)
    .max(35)
    .describe("The payer's reference as received, normally the OCR number."),
});

export const ReceivableSchema = z.object({
  kind: ReceivableKindSchema,
  id: z.uuid().describe('The demand (report_repayments) or the clawback decision.'),
  referenceNumber: z.string().nullable().describe("A clawback decision's reference number."),
  recipientCode: z.string(),
  recipientName: z.string(),
  revision: z.number().int(),
  ocrReference: z.string(),
  dueOn: z.string(),
  amountKr: z.number().int(),
  paidKr: z.number().int(),
  outstandingKr: z.number().int(),
  state: ReceivableStateSchema,
  payments: z.array(
    z.object({
      id: z.uuid(),
      paidOn: z.string(),
      amountKr: z.number().int(),
      payerReference: z.string(),
      createdAt: z.string(),
      createdBy: z.string(),
    }),
  ),
});
export type Receivable = z.infer<typeof ReceivableSchema>;

const ReceivableTotalsSchema = z.object({
  amountKr: z.number().int(),
  paidKr: z.number().int(),
  outstandingKr: z.number().int(),
  overdueKr: z.number().int().describe('Of the outstanding amount, what is overdue.'),
});

const ReceivableCountsSchema = z.object({
  open: z.number().int(),
  partly_paid: z.number().int(),
  paid: z.number().int(),
  overdue: z.number().int(),
});

export const ReceivablesSchema = z.object({
  grantId: z.uuid(),
  rows: z.array(ReceivableSchema),
  totals: ReceivableTotalsSchema,
  counts: ReceivableCountsSchema,
});
export type Receivables = z.infer<typeof ReceivablesSchema>;

export const MyReceivableSchema = ReceivableSchema.extend({
  grantId: z.uuid(),
  grantName: z.string(),
  grantYear: z.number().int(),
  bankgiro: z
    .string()
    .nullable()
    .describe("The agency's bankgiro to pay to; null when none is configured."),
  letterUrl: z.string().describe('The demand letter or the clawback decision letter (PDF).'),
});
export type MyReceivable = z.infer<typeof MyReceivableSchema>;

export const MyReceivablesSchema = z.object({
  rows: z.array(MyReceivableSchema),
  totals: ReceivableTotalsSchema,
  counts: ReceivableCountsSchema,
});
export type MyReceivables = z.infer<typeof MyReceivablesSchema>;

export const StratumInputSchema = z.object({
  fromKr: KronorSchema.describe('The lower bound (inclusive) of the amount received.'),
  size: z.number().int().nonnegative().max(10_000).describe('How many reports to draw.'),
});

export const AuditSampleInputSchema = z.object({
  seed: z
    .number()
    .int()
    .min(0)
    .max(4_294_967_295)
    .optional()
    .describe('Unsigned 32-bit seed; omitted, a random one is drawn and stored.'),
  strata: z
    .array(StratumInputSchema)
    .min(1)
    .max(20)
    .describe('Strata by amount received, the first from 0 kr, bounds ascending.'),
});

export const FindingOutcomeSchema = z.enum(['no_remark', 'remark', 'clawback_proposed']);

export const FindingInputSchema = z.object({
  outcome: FindingOutcomeSchema,
  text: z.string().trim().min(3).max(5000),
});

export const AuditSampleParamsSchema = z.object({ id: z.uuid(), sampleId: z.uuid() });
export const AuditSampleItemParamsSchema = AuditSampleParamsSchema.extend({
  code: z.string().regex(/^[0-9]{2}([0-9]{2})?$/),
});

export const AuditSampleSchema = z.object({
  id: z.uuid(),
  grantId: z.uuid(),
  seed: z.number().int(),
  populationSize: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  strata: z.array(
    z.object({
      fromKr: z.number().int(),
      toKr: z.number().int().nullable(),
      populationSize: z.number().int(),
      size: z.number().int(),
    }),
  ),
  items: z.array(
    z.object({
      recipientCode: z.string(),
      recipientName: z.string(),
      revision: z.number().int(),
      stratumIndex: z.number().int(),
      drawOrder: z.number().int(),
      receivedKr: z.number().int(),
      finding: z
        .object({
          outcome: FindingOutcomeSchema,
          text: z.string(),
          recordedAt: z.string(),
          recordedBy: z.string(),
        })
        .nullable(),
    }),
  ),
});
export type AuditSample = z.infer<typeof AuditSampleSchema>;
export const AuditSamplesSchema = z.object({ samples: z.array(AuditSampleSchema) });
export type AuditSamples = z.infer<typeof AuditSamplesSchema>;

export const ClawbackParamsSchema = z.object({ id: z.uuid(), decisionId: z.uuid() });

export const ClawbackInputSchema = z.object({
  amountKr: KronorSchema.min(1).describe(
    'The amount clawed back, at most what the report received.',
  ),
  reasons: z.string().trim().min(3).max(10_000).describe("The decision's reasons."),
  dueOn: LocalDateSchema.optional().describe('Last day to pay; omitted, 30 days from today.'),
});

export const PreparedClawbackSchema = z.object({
  decisionId: z.uuid(),
  status: z.enum(['draft', 'issued']),
  amountKr: z.number().int(),
  ocrReference: z.string(),
  dueOn: z.string(),
});

const receivablesExport = (format: 'csv' | 'xlsx') =>
  route({
    method: 'GET',
    path: `/grants/:id/receivables.${format}`,
    params: IdParamsSchema,
    querystring: ReceivablesQuerySchema,
    file: EXPORT_TYPES[format],
    produces: [EXPORT_TYPES[format]],
  });

export const receivableRoutes = {
  list: route({
    method: 'GET',
    path: '/grants/:id/receivables',
    params: IdParamsSchema,
    querystring: ReceivablesQuerySchema,
    response: { 200: ReceivablesSchema },
  }),
  mine: route({ method: 'GET', path: '/me/receivables', response: { 200: MyReceivablesSchema } }),
  export: { csv: receivablesExport('csv'), xlsx: receivablesExport('xlsx') },
  payRepayment: route({
    method: 'POST',
    path: '/grants/:id/reports/:code/repayment/payments',
    params: GrantRecipientParamsSchema,
    body: PaymentInputSchema,
    response: { 200: ReceivableSchema },
  }),
  samples: route({
    method: 'GET',
    path: '/grants/:id/audit-samples',
    params: IdParamsSchema,
    response: { 200: AuditSamplesSchema },
  }),
  drawSample: route({
    method: 'POST',
    path: '/grants/:id/audit-samples',
    params: IdParamsSchema,
    body: AuditSampleInputSchema,
    response: { 200: AuditSampleSchema },
  }),
  recordFinding: route({
    method: 'PUT',
    path: '/grants/:id/audit-samples/:sampleId/items/:code/finding',
    params: AuditSampleItemParamsSchema,
    body: FindingInputSchema,
    response: { 200: AuditSampleSchema },
  }),
  payClawback: route({
    method: 'POST',
    path: '/grants/:id/clawbacks/:decisionId/payments',
    params: ClawbackParamsSchema,
    body: PaymentInputSchema,
    response: { 200: ReceivableSchema },
  }),
  prepareClawback: route({
    method: 'POST',
    path: '/grants/:id/audit-samples/:sampleId/items/:code/clawback',
    params: AuditSampleItemParamsSchema,
    body: ClawbackInputSchema,
    response: { 200: PreparedClawbackSchema },
  }),
};
