import { z } from 'zod';
import { RequisitionStateSchema, RequisitionWindowSchema } from './requisition';
import { route } from './route';

export const MyGrantSchema = z.object({
  grantId: z.uuid(),
  name: z.string(),
  grantYear: z.number().int(),
  status: z.enum(['draft', 'published', 'closed', 'follow_up', 'finished']),
  requisitionDeadlineOn: z.iso.date().nullable(),
  allocationId: z.uuid(),
  recipientCode: z.string(),
  amountKr: z.number().int().describe('The organisation’s amount in whole kronor'),
  secondRound: z.boolean(),
  window: RequisitionWindowSchema,
  requisition: z
    .object({
      id: z.uuid(),
      state: RequisitionStateSchema,
      amountKr: z.number().int().nullable(),
      moreAmountKr: z.number().int().nullable(),
      updatedAt: z.iso.datetime(),
    })
    .nullable()
    .describe('The organisation’s requisition of the grant; null before it starts one.'),
  followUp: z
    .object({
      hasForm: z.boolean(),
      reportStatus: z.enum(['not_started', 'draft', 'submitted']),
      deadlineOn: z
        .string()
        .nullable()
        .describe("The last day to report (the organisation's extension, else the grant's)."),
    })
    .describe(
      'Whether the grant has a follow-up form, and where the organisation’s report stands.',
    ),
});
export type MyGrant = z.infer<typeof MyGrantSchema>;

export const MyGrantListSchema = z.object({ items: z.array(MyGrantSchema) });

export const MyInterestSchema = z.object({
  grantId: z.uuid(),
  name: z.string(),
  grantYear: z.number().int(),
  recipientCode: z.string().describe('The organisation’s code in the grant’s key'),
  interestDeadlineOn: z.iso
    .date()
    .nullable()
    .describe(
      'The last day to register interest (inclusive); null when the agency registered the organisation without a call',
    ),
  open: z
    .boolean()
    .describe('Registering and withdrawing are open: before the deadline, nothing published'),
  registered: z.boolean(),
  registeredAt: z.iso.datetime().nullable(),
  figures: z
    .object({
      deadlineOn: z.iso
        .date()
        .nullable()
        .describe('The last day to report figures (inclusive); null: until a result is published'),
      open: z.boolean(),
      reportedAt: z.iso.datetime().nullable(),
    })
    .nullable()
    .describe(
      'Reporting the figures (GET/PUT /api/me/grants/:id/figures): once registered and the model is saved',
    ),
});
export type MyInterest = z.infer<typeof MyInterestSchema>;

export const MyInterestListSchema = z.object({ items: z.array(MyInterestSchema) });

/** The recipient portal's start page (kept here: grants.ts cannot import this file in a cycle). */
export const myGrantRoutes = {
  list: route({ method: 'GET', path: '/me/grants', response: { 200: MyGrantListSchema } }),
};
