import { z } from 'zod';
import { PayoutChannelSchema } from './decisions';
import { LocalDateSchema } from './grants';
import { route } from './route';
import { EXPORT_TYPES, IdParamsSchema, RecipientCodeSchema } from './shared';

export const AccountTypeSchema = z.enum(['bankgiro', 'plusgiro']);

export const PaymentAccountInputSchema = z.strictObject({
  accountType: AccountTypeSchema,
  accountNumber: z
    .string()
    .max(40)
    .describe(
      'Bankgiro NNN-NNNN or NNNN-NNNN; plusgiro like 28 65 43-4. The check digit is verified.',
    ),
});
export type PaymentAccountInput = z.infer<typeof PaymentAccountInputSchema>;

export const PaymentAccountSchema = z.object({
  recipientCode: z.string(),
  accountType: AccountTypeSchema,
  accountNumber: z.string().describe('In its printed form'),
  updatedBy: z.string(),
  updatedAt: z.iso.datetime(),
});
export type PaymentAccount = z.infer<typeof PaymentAccountSchema>;

export const PaymentAccountChangeSchema = z.object({
  accountType: AccountTypeSchema,
  accountNumber: z.string().describe('In its printed form'),
  proposedBy: z.string(),
  proposedAt: z.iso.datetime(),
  proposedByYou: z
    .boolean()
    .describe('The signed-in person proposed it, so someone else has to confirm it (four eyes)'),
});
export type PaymentAccountChange = z.infer<typeof PaymentAccountChangeSchema>;

export const PaymentAccountHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  by: z.string(),
  kind: z
    .enum(['set', 'proposed', 'confirmed'])
    .describe(
      'set: by the signatory, in force at once; proposed: by the agency, waiting; confirmed: a proposal put in force by a second person',
    ),
  accountType: AccountTypeSchema,
  accountNumber: z.string(),
});
export type PaymentAccountHistoryEntry = z.infer<typeof PaymentAccountHistoryEntrySchema>;

export const PaymentAccountAnswerSchema = z.object({
  account: PaymentAccountSchema.nullable().describe('The account in force: payouts use this one'),
  pendingChange: PaymentAccountChangeSchema.nullable().describe(
    'A change the agency proposed that a second person has not confirmed yet',
  ),
  history: z.array(PaymentAccountHistoryEntrySchema).describe('Every change, oldest first'),
});
export type PaymentAccountAnswer = z.infer<typeof PaymentAccountAnswerSchema>;

export const PendingPaymentAccountChangesSchema = z.object({
  items: z.array(
    PaymentAccountChangeSchema.extend({
      recipientCode: z.string(),
      recipientName: z.string(),
      current: PaymentAccountInputSchema.nullable().describe('The account in force now, if any'),
    }),
  ),
});
export type PendingPaymentAccountChanges = z.infer<typeof PendingPaymentAccountChangesSchema>;

export const RecipientCodeParamsSchema = z.object({ code: RecipientCodeSchema });

export const PayoutBatchSchema = z.object({
  id: z.uuid(),
  grantId: z.uuid(),
  status: z.enum(['draft', 'approved', 'paid']),
  paymentOn: LocalDateSchema,
  totalKr: z.number().int().describe('The exact sum of the lines'),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  approvedBy: z.string().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  paidOn: LocalDateSchema.nullable(),
  paidBy: z.string().nullable(),
  paidAt: z.iso.datetime().nullable(),
});
export type PayoutBatch = z.infer<typeof PayoutBatchSchema>;

export const PayoutLineSchema = z.object({
  position: z.number().int(),
  decisionId: z.uuid(),
  referenceNumber: z.string(),
  recipientCode: z.string(),
  recipientName: z.string(),
  amountKr: z.number().int(),
  channel: PayoutChannelSchema,
  accountType: AccountTypeSchema.nullable(),
  accountNumber: z.string().nullable().describe('null for general funds'),
});

export const PayoutBatchDetailSchema = PayoutBatchSchema.extend({
  lines: z.array(PayoutLineSchema),
});
export type PayoutBatchDetail = z.infer<typeof PayoutBatchDetailSchema>;

export const PayoutBatchListSchema = z.object({ items: z.array(PayoutBatchSchema) });

export const CreatePayoutBatchInputSchema = z.strictObject({ paymentOn: LocalDateSchema });
export const MarkPaidInputSchema = z.strictObject({ paidOn: LocalDateSchema });

const payoutExport = (format: keyof typeof EXPORT_TYPES) =>
  route({
    method: 'GET',
    path: `/payouts/:id/export.${format}`,
    params: IdParamsSchema,
    file: EXPORT_TYPES[format],
    produces: [EXPORT_TYPES[format]],
  });

export const payoutRoutes = {
  paymentAccount: route({
    method: 'GET',
    path: '/recipients/:code/payment-account',
    params: RecipientCodeParamsSchema,
    response: { 200: PaymentAccountAnswerSchema },
  }),
  setPaymentAccount: route({
    method: 'PUT',
    path: '/recipients/:code/payment-account',
    params: RecipientCodeParamsSchema,
    body: PaymentAccountInputSchema,
    response: { 200: PaymentAccountAnswerSchema },
  }),
  pendingPaymentAccountChanges: route({
    method: 'GET',
    path: '/payment-account-changes',
    response: { 200: PendingPaymentAccountChangesSchema },
  }),
  confirmPaymentAccount: route({
    method: 'POST',
    path: '/recipients/:code/payment-account/confirm',
    params: RecipientCodeParamsSchema,
    body: PaymentAccountInputSchema,
    response: { 200: PaymentAccountAnswerSchema },
  }),
  list: route({
    method: 'GET',
    path: '/grants/:id/payouts',
    params: IdParamsSchema,
    response: { 200: PayoutBatchListSchema },
  }),
  create: route({
    method: 'POST',
    path: '/grants/:id/payouts',
    params: IdParamsSchema,
    body: CreatePayoutBatchInputSchema,
    response: { 201: PayoutBatchDetailSchema },
  }),
  get: route({
    method: 'GET',
    path: '/payouts/:id',
    params: IdParamsSchema,
    response: { 200: PayoutBatchDetailSchema },
  }),
  approve: route({
    method: 'POST',
    path: '/payouts/:id/approve',
    params: IdParamsSchema,
    response: { 200: PayoutBatchDetailSchema },
  }),
  markPaid: route({
    method: 'POST',
    path: '/payouts/:id/paid',
    params: IdParamsSchema,
    body: MarkPaidInputSchema,
    response: { 200: PayoutBatchDetailSchema },
  }),
  export: { csv: payoutExport('csv'), xlsx: payoutExport('xlsx'), pdf: payoutExport('pdf') },
};
