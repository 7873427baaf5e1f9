import { z } from 'zod';
import { LocalDateSchema } from './grants';
import { route } from './route';
import { EXPORT_TYPES, IdParamsSchema } from './shared';

export const DecisionKindSchema = z
  .enum(['requisition', 'second_round', 'performance', 'clawback'])
  .describe('What the decision is about; a source of decided amounts exists for some kinds.');

export const PayoutChannelSchema = z
  .enum(['bank_transfer', 'general_funds'])
  .describe(
    'bank_transfer: to the organisation’s bankgiro or plusgiro; general_funds: generellt statsbidrag through Skatteverket',
  );

export const DecisionPayoutSchema = z.object({
  batchId: z.uuid(),
  status: z.enum(['draft', 'approved', 'paid']),
  paymentOn: LocalDateSchema,
  paidOn: LocalDateSchema.nullable(),
});

export const DecisionSchema = z.object({
  id: z.uuid(),
  referenceNumber: z.string().nullable().describe('Diarienummer, given when issued (SB 2026/0001)'),
  kind: DecisionKindSchema,
  status: z.enum(['draft', 'issued']),
  grantId: z.uuid(),
  grantName: z.string(),
  recipientCode: z.string(),
  recipientName: z.string(),
  orgNumber: z.string().nullable(),
  amountKr: z.number().int().describe('Whole kronor; 0 for a rejection'),
  payoutChannel: PayoutChannelSchema,
  legalBasis: z.string(),
  reasons: z.string(),
  conditions: z.string(),
  appealText: z.string(),
  sourceType: z.string(),
  sourceId: z.string(),
  supersedesDecisionId: z.uuid().nullable(),
  preparedBy: z.string(),
  decidedOn: LocalDateSchema.nullable(),
  decisionMakerName: z.string().nullable(),
  issuedAt: z.iso.datetime().nullable(),
  payout: DecisionPayoutSchema.nullable().describe(
    'The payout batch the decision is in (for a recipient: only once paid)',
  ),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const GrantDecisionsSchema = z.object({
  items: z.array(DecisionSchema),
  appealText: z.string().describe('The appeal information decisions prepared from now on carry'),
  sourceKinds: z.array(z.string()).describe('The kinds a source can prepare decisions of'),
  draftLimits: z
    .record(z.string(), z.number().int().nullable())
    .describe(
      "By draft id, the most it may decide: its source's amount now; null for a correction (no limit). A draft whose source no longer lists it has no entry: discard it.",
    ),
  paidInChainKr: z
    .record(z.string(), z.number().int())
    .describe(
      'By issued decision id, what it and the decisions it corrects have put in payout batches: a correction pays its amount minus this (nothing when less; the rest is clawed back).',
    ),
  preparedByYou: z
    .array(z.uuid())
    .describe(
      'The drafts the signed-in person prepared or changed: someone else has to issue them (four eyes)',
    ),
});
export type GrantDecisions = z.infer<typeof GrantDecisionsSchema>;

export const MyDecisionsSchema = z.object({ items: z.array(DecisionSchema) });

export const PrepareDecisionsInputSchema = z.strictObject({ kind: DecisionKindSchema });
export const PreparedDecisionsSchema = z.object({ created: z.number().int() });

export const IssueDecisionsInputSchema = z.strictObject({
  decisionIds: z
    .array(z.uuid())
    .min(1)
    .max(2000)
    .nullable()
    .default(null)
    .describe('The drafts to issue; null: every draft of the grant'),
});
export const IssuedDecisionsSchema = z.object({ items: z.array(DecisionSchema) });

export const AppealTextInputSchema = z.strictObject({
  appealText: z
    .string()
    .trim()
    .min(10)
    .max(4000)
    .nullable()
    .describe('null: the förvaltningslagen (2017:900) 40–45 §§ default'),
});
export const AppealTextSchema = z.object({ appealText: z.string() });

export const CorrectionInputSchema = z.strictObject({
  amountKr: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .describe('The corrected amount in whole kronor'),
  reasons: z.string().trim().min(10).max(8000).describe('Why the decision is corrected'),
  conditions: z
    .string()
    .trim()
    .max(8000)
    .nullable()
    .default(null)
    .describe("null: the corrected decision's conditions"),
});

export const DraftDecisionInputSchema = z.strictObject({
  amountKr: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .describe("Whole kronor, at most the source's amount; 0 is a rejection"),
  reasons: z.string().trim().min(10).max(8000).describe('Skälen för beslutet'),
});

export const DiscardDecisionInputSchema = z.strictObject({
  reason: z.string().trim().min(5).max(2000).describe('Why the draft is discarded (audited)'),
});
export const DiscardedDecisionSchema = z.object({
  id: z.uuid(),
  discarded: z.literal(true),
});

export const decisionRoutes = {
  list: route({
    method: 'GET',
    path: '/grants/:id/decisions',
    params: IdParamsSchema,
    response: { 200: GrantDecisionsSchema },
  }),
  prepare: route({
    method: 'POST',
    path: '/grants/:id/decisions/prepare',
    params: IdParamsSchema,
    body: PrepareDecisionsInputSchema,
    response: { 200: PreparedDecisionsSchema },
  }),
  issue: route({
    method: 'POST',
    path: '/grants/:id/decisions/issue',
    params: IdParamsSchema,
    body: IssueDecisionsInputSchema,
    response: { 200: IssuedDecisionsSchema },
  }),
  setAppealText: route({
    method: 'PUT',
    path: '/grants/:id/decisions/appeal-text',
    params: IdParamsSchema,
    body: AppealTextInputSchema,
    response: { 200: AppealTextSchema },
  }),
  grantLetters: route({
    method: 'GET',
    path: '/grants/:id/decisions/letters.pdf',
    params: IdParamsSchema,
    file: EXPORT_TYPES.pdf,
    produces: [EXPORT_TYPES.pdf],
  }),
  letter: route({
    method: 'GET',
    path: '/decisions/:id/letter.pdf',
    params: IdParamsSchema,
    file: EXPORT_TYPES.pdf,
    produces: [EXPORT_TYPES.pdf],
  }),
  correct: route({
    method: 'POST',
    path: '/decisions/:id/corrections',
    params: IdParamsSchema,
    body: CorrectionInputSchema,
    response: { 201: DecisionSchema },
  }),
  changeDraft: route({
    method: 'PUT',
    path: '/decisions/:id',
    params: IdParamsSchema,
    body: DraftDecisionInputSchema,
    response: { 200: DecisionSchema },
  }),
  discardDraft: route({
    method: 'POST',
    path: '/decisions/:id/discard',
    params: IdParamsSchema,
    body: DiscardDecisionInputSchema,
    response: { 200: DiscardedDecisionSchema },
  }),
  mine: route({ method: 'GET', path: '/me/decisions', response: { 200: MyDecisionsSchema } }),
};
