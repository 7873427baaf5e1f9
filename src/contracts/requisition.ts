import { z } from 'zod';
import { AuditEventSchema, LocalDateSchema } from './grants';
import { route } from './route';
import { StepUpProofSchema } from './step-up';
import { TEXT_LIMITS } from '../domain/text';
import { EXPORT_TYPES, GrantRecipientParamsSchema, IdParamsSchema, text } from './shared';

const Kronor = z.number().int().max(Number.MAX_SAFE_INTEGER).describe('Whole kronor.');

export const ContactSchema = z.object({
  name: text(TEXT_LIMITS.name).trim().min(1),
  email: z.email().max(254),
  phone: z
    .string()
    .trim()
    .min(5)
    .max(40)
    .regex(/^[0-9 +()-]+$/, 'Telefonnumret får bara innehålla siffror, mellanslag och + ( ) -'),
});

/**
 * What a recipient fills in. `amountKr` is at most the organisation's allocated amount (checked
 * by the service: 422 requisition.amount_over_allocation); null when it declines (avstår).
 */
export const RequisitionInputSchema = z.object({
  declines: z.boolean().default(false),
  amountKr: Kronor.min(-Number.MAX_SAFE_INTEGER).nullable(),
  wantsMore: z.boolean().default(false),
  moreAmountKr: Kronor.min(-Number.MAX_SAFE_INTEGER).nullable().default(null),
  contact: ContactSchema,
});
export type RequisitionInput = z.infer<typeof RequisitionInputSchema>;

export const RequisitionUpdateSchema = RequisitionInputSchema.extend({
  version: z.number().int().positive().describe('The version read; a stale one gives 409.'),
});
export type RequisitionUpdate = z.infer<typeof RequisitionUpdateSchema>;

export const RequisitionVersionInputSchema = z.object({
  version: z.number().int().positive().describe('The version read; a stale one gives 409.'),
});

/** Signing: the version read, and the step-up proof for this requisition (docs/decisions/0032). */
export const RequisitionSignSchema = RequisitionVersionInputSchema.extend({
  stepUpProof: StepUpProofSchema,
});

export const RequisitionWithdrawSchema = RequisitionVersionInputSchema.extend({
  reason: z.string().trim().max(2000).optional(),
});

export const RequisitionStatusSchema = z.enum(['draft', 'signed', 'withdrawn']);
export const RequisitionStateSchema = z.enum([
  'not_started',
  'draft',
  'signed',
  'declined',
  'withdrawn',
]);
export type RequisitionState = z.infer<typeof RequisitionStateSchema>;
export const RequisitionWindowSchema = z
  .enum(['open', 'open_late', 'closed'])
  .describe('open until the deadline; open_late under a late permission; closed after.');
export type RequisitionWindow = z.infer<typeof RequisitionWindowSchema>;

const ContentFields = {
  declines: z.boolean(),
  amountKr: z.number().int().nullable(),
  wantsMore: z.boolean(),
  moreAmountKr: z.number().int().nullable(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
};

export const RequisitionSchema = z.object({
  id: z.uuid(),
  grantId: z.uuid(),
  recipientCode: z.string(),
  status: RequisitionStatusSchema,
  state: RequisitionStateSchema,
  ...ContentFields,
  version: z.number().int().positive(),
  signedVersionNumber: z.number().int().positive().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type Requisition = z.infer<typeof RequisitionSchema>;

export const RequisitionVersionSchema = z.object({
  id: z.uuid(),
  number: z.number().int().positive(),
  ...ContentFields,
  signedAt: z.iso.datetime(),
  signedBy: z.string(),
  signedByName: z.string(),
});
export type RequisitionVersion = z.infer<typeof RequisitionVersionSchema>;

export const LatePermissionSchema = z.object({
  untilOn: LocalDateSchema,
  reason: z.string(),
  grantedAt: z.iso.datetime(),
  grantedBy: z.string(),
});

export const RequisitionViewSchema = z.object({
  grant: z.object({
    id: z.uuid(),
    name: z.string(),
    grantYear: z.number().int(),
    status: z.string(),
    requisitionDeadlineOn: LocalDateSchema.nullable(),
    secondRound: z.boolean(),
  }),
  recipientCode: z.string(),
  allocatedKr: z.number().int(),
  window: RequisitionWindowSchema,
  latePermission: LatePermissionSchema.nullable(),
  secondRoundConfirmed: z.boolean(),
  requisition: RequisitionSchema.nullable(),
  versions: z.array(RequisitionVersionSchema).describe('Every signed version, the latest first.'),
  history: z.array(AuditEventSchema),
});
export type RequisitionView = z.infer<typeof RequisitionViewSchema>;

export const OverviewRowSchema = z.object({
  recipientCode: z.string(),
  recipientName: z.string(),
  allocatedKr: z.number().int(),
  state: RequisitionStateSchema,
  requisitionId: z.uuid().nullable(),
  signedKr: z.number().int(),
  draftKr: z.number().int(),
  moreRequestedKr: z.number().int(),
  secondRoundKr: z.number().int().nullable(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }).nullable(),
  accountEmails: z.array(z.string()),
  latePermission: LatePermissionSchema.nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type OverviewRow = z.infer<typeof OverviewRowSchema>;

export const SecondRoundSummarySchema = z.object({
  id: z.uuid(),
  leftoverKr: z.number().int(),
  totalKr: z.number().int(),
  unallocatedKr: z.number().int(),
  confirmedAt: z.iso.datetime(),
  confirmedBy: z.string(),
});

export const RequisitionOverviewSchema = z.object({
  grant: RequisitionViewSchema.shape.grant,
  rows: z.array(OverviewRowSchema),
  totals: z.object({
    grantTotalKr: z.number().int(),
    allocatedKr: z.number().int(),
    signedKr: z.number().int(),
    draftKr: z.number().int(),
    moreRequestedKr: z.number().int(),
    notRequisitionedKr: z.number().int().describe('Grant sum − signed amounts.'),
    sharePercent: z.string().describe('Signed / grant sum in percent, one decimal ("37.5").'),
    counts: z.record(RequisitionStateSchema, z.number().int()),
  }),
  secondRound: SecondRoundSummarySchema.nullable(),
});
export type RequisitionOverview = z.infer<typeof RequisitionOverviewSchema>;

export const LatePermissionInputSchema = z.object({
  untilOn: LocalDateSchema,
  reason: z.string().trim().min(3).max(2000),
});

export const LatePermissionRevokeSchema = z.strictObject({
  reason: z.string().trim().min(3).max(2000).describe('Why the permission is revoked (audited)'),
});

/** A grant and one organisation on it (the same as reporting's). */
export const RecipientParamsSchema = GrantRecipientParamsSchema;

export const SecondRoundRowSchema = z.object({
  recipientCode: z.string(),
  recipientName: z.string(),
  keyKr: z.number().int().describe("The weight: the recipient's allocated amount."),
  requestedKr: z.number().int().describe('What it asked for: its cap.'),
  amountKr: z.number().int(),
  requisitionId: z.uuid(),
  requisitionVersionId: z.uuid(),
  explanation: z.object({
    parts: z.array(
      z.object({
        name: z.string(),
        indicator: z.string(),
        indicatorValue: z.string(),
        share: z.string(),
        sharePercent: z.string(),
        exactKr: z.string(),
        exactKrDecimal: z.string(),
      }),
    ),
    keyQuotaKr: z.string(),
    exactQuotaKr: z.string(),
    exactQuotaKrDecimal: z.string(),
    minimumKr: z.number().int(),
    minimumApplied: z.boolean(),
    capKr: z.number().int().nullable(),
    capApplied: z.boolean(),
    roundedDownKr: z.number().int(),
    remainder: z.string(),
    roundedUp: z.boolean(),
  }),
});
export type SecondRoundRow = z.infer<typeof SecondRoundRowSchema>;

export const SecondRoundSchema = z.object({
  status: z.enum(['preview', 'confirmed']),
  grantTotalKr: z.number().int(),
  signedTotalKr: z.number().int(),
  leftoverKr: z.number().int().describe('Grant sum − signed amounts: what the round shares.'),
  totalKr: z.number().int(),
  unallocatedKr: z.number().int().describe('Left when every request is filled.'),
  checksum: z.string().describe('Send it back to confirm exactly what was reviewed.'),
  confirmedAt: z.iso.datetime().nullable(),
  confirmedBy: z.string().nullable(),
  rows: z.array(SecondRoundRowSchema),
});
export type SecondRound = z.infer<typeof SecondRoundSchema>;

export const SecondRoundConfirmSchema = z.object({ checksum: z.string().regex(/^[0-9a-f]{64}$/) });

z.globalRegistry.add(RequisitionSchema, { id: 'Requisition' });
z.globalRegistry.add(RequisitionViewSchema, { id: 'RequisitionView' });
z.globalRegistry.add(RequisitionOverviewSchema, { id: 'RequisitionOverview' });
z.globalRegistry.add(SecondRoundSchema, { id: 'SecondRound' });

const requisitionList = (list: 'export' | 'reminders', format: 'csv' | 'xlsx') =>
  route({
    method: 'GET',
    path: `/grants/:id/requisitions/${list}.${format}`,
    params: IdParamsSchema,
    file: EXPORT_TYPES[format],
    produces: [EXPORT_TYPES[format]],
  });

export const requisitionRoutes = {
  mine: route({
    method: 'GET',
    path: '/me/grants/:id/requisition',
    params: IdParamsSchema,
    response: { 200: RequisitionViewSchema },
  }),
  create: route({
    method: 'POST',
    path: '/me/grants/:id/requisition',
    params: IdParamsSchema,
    body: RequisitionInputSchema,
    response: { 200: RequisitionViewSchema, 201: RequisitionViewSchema },
  }),
  update: route({
    method: 'PUT',
    path: '/me/grants/:id/requisition',
    params: IdParamsSchema,
    body: RequisitionUpdateSchema,
    response: { 200: RequisitionViewSchema },
  }),
  sign: route({
    method: 'POST',
    path: '/me/grants/:id/requisition/sign',
    params: IdParamsSchema,
    body: RequisitionSignSchema,
    response: { 200: RequisitionViewSchema },
  }),
  withdraw: route({
    method: 'POST',
    path: '/me/grants/:id/requisition/withdraw',
    params: IdParamsSchema,
    body: RequisitionWithdrawSchema,
    response: { 200: RequisitionViewSchema },
  }),
  get: route({
    method: 'GET',
    path: '/requisitions/:id',
    params: IdParamsSchema,
    response: { 200: RequisitionViewSchema },
  }),
  overview: route({
    method: 'GET',
    path: '/grants/:id/requisitions',
    params: IdParamsSchema,
    response: { 200: RequisitionOverviewSchema },
  }),
  export: { csv: requisitionList('export', 'csv'), xlsx: requisitionList('export', 'xlsx') },
  reminders: {
    csv: requisitionList('reminders', 'csv'),
    xlsx: requisitionList('reminders', 'xlsx'),
  },
  grantLatePermission: route({
    method: 'PUT',
    path: '/grants/:id/requisitions/:code/late-permission',
    params: RecipientParamsSchema,
    body: LatePermissionInputSchema,
    response: { 200: RequisitionOverviewSchema },
  }),
  revokeLatePermission: route({
    method: 'POST',
    path: '/grants/:id/requisitions/:code/late-permission/revoke',
    params: RecipientParamsSchema,
    body: LatePermissionRevokeSchema,
    response: { 200: RequisitionOverviewSchema },
  }),
  secondRound: route({
    method: 'GET',
    path: '/grants/:id/second-round',
    params: IdParamsSchema,
    response: { 200: SecondRoundSchema },
  }),
  confirmSecondRound: route({
    method: 'POST',
    path: '/grants/:id/second-round',
    params: IdParamsSchema,
    body: SecondRoundConfirmSchema,
    response: { 201: SecondRoundSchema },
  }),
};
