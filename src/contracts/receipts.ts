// Receipts (kvittenser) of the acts that bind the agency or a municipality (docs/decisions/0025):
// what was done, by whom, when and its reference, read from the audit event(s) the act wrote.
import { z } from 'zod';
import { route } from './route';
import { KronorSchema, LocalDateSchema, RecipientCodeSchema } from './shared';

/** The binding acts a receipt is given for, each named after what it did. */
export const RECEIPT_KINDS = [
  'decisions_issued',
  'payout_batch_approved',
  'requisition_signed',
  'requisition_declined',
  'report_submitted',
  'grant_published',
  'grant_closed',
  'performance_result_published',
  'allocation_published',
] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/** The audit actions that are binding acts; a receipt is found by one of them and an entity. */
export const RECEIPT_ACTIONS = [
  'decision.issued',
  'payout.batch_approved',
  'requisition.signed',
  'requisition.signed_decline',
  'report.submitted',
  'grant.status_changed',
  'performance.result_published',
  'allocation.published',
] as const;
export type ReceiptAction = (typeof RECEIPT_ACTIONS)[number];

/** `KV-` and the event's number and a check digit: short, stable, and a typo is caught. */
export const ReceiptReferenceSchema = z
  .string()
  .regex(/^KV-[0-9]{1,18}-[0-9]$/)
  .describe('A receipt reference, e.g. KV-1234-5.');

export const ReceiptLineSchema = z.object({
  recipientCode: z.string(),
  recipientName: z.string(),
  /** The decision's reference number (diarienummer) when the line is a decision. */
  referenceNumber: z.string().nullable(),
  amountKr: z.number().int(),
});

export const ReceiptSchema = z.object({
  reference: z.string(),
  kind: z.enum(RECEIPT_KINDS),
  occurredAt: z.iso.datetime(),
  actorEmail: z.string(),
  actorName: z.string().nullable(),
  grant: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The organisation the act concerns (a requisition, a report); null for the agency's acts. */
  recipient: z.object({ code: RecipientCodeSchema, name: z.string() }).nullable(),
  /** How many things the act covered (decisions issued) and their sum; one for a single act. */
  count: z.number().int().nonnegative(),
  totalKr: z.number().int().nullable(),
  /** The payout batch's payment day. */
  paymentOn: LocalDateSchema.nullable(),
  /** A submitted report's outcome: what is to be repaid, by when, with which OCR reference. */
  repayment: z
    .object({
      outcome: z.enum(['fully_used', 'repay', 'waived', 'kept']),
      toRepayKr: KronorSchema,
      dueOn: LocalDateSchema.nullable(),
      ocrReference: z.string().nullable(),
    })
    .nullable(),
  lines: z.array(ReceiptLineSchema),
  /**
   * How the signatory proved who they were when signing (docs/decisions/0032): by password, or at
   * the identity provider, with its level of assurance (`acr`), methods (`amr`) and the moment of
   * the authentication. Null for the agency's acts and for signatures from before the step-up.
   */
  signature: z
    .object({
      method: z.enum(['password', 'oidc']),
      acr: z.string().nullable(),
      amr: z.array(z.string()),
      authenticatedAt: z.iso.datetime(),
    })
    .nullable(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const ReceiptParamsSchema = z.object({ reference: ReceiptReferenceSchema });
/** The act by its entity's id, or (a requisition, a report: named by grant and code) by those. */
export const FindReceiptQuerySchema = z.object({
  action: z.enum(RECEIPT_ACTIONS),
  entityId: z.string().min(1).max(64).optional(),
  grantId: z.uuid().optional(),
  recipientCode: RecipientCodeSchema.optional(),
});

export const receiptRoutes = {
  find: route({
    method: 'GET',
    path: '/receipts',
    querystring: FindReceiptQuerySchema,
    response: { 200: ReceiptSchema },
  }),
  get: route({
    method: 'GET',
    path: '/receipts/:reference',
    params: ReceiptParamsSchema,
    response: { 200: ReceiptSchema },
  }),
  pdf: route({
    method: 'GET',
    path: '/receipts/:reference/receipt.pdf',
    params: ReceiptParamsSchema,
    file: 'application/pdf',
  }),
};
