import { z } from 'zod';
import { route } from './route';
import { IdParamsSchema, KronorSchema, LocalDateSchema, text } from './shared';

export { KronorSchema, LocalDateSchema };
import { AuditEventListSchema, AuditEventSchema } from './audit';

export const RecipientTypeSchema = z.enum(['municipality', 'region']);
export const GrantStatusSchema = z.enum(['draft', 'published', 'closed', 'follow_up', 'finished']);
export type GrantStatus = z.infer<typeof GrantStatusSchema>;

/**
 * allocation_key: the amounts come from a key or a formula (allocations). performance: recipients
 * register interest and report figures, and the conditions decide who shares the money
 * (docs/performance-model.md).
 */
export const DistributionMethodSchema = z.enum(['allocation_key', 'performance']);
export type DistributionMethod = z.infer<typeof DistributionMethodSchema>;

export const GrantRulesSchema = z.object({
  repaymentRequired: z.boolean(),
  /** Unused amounts under this are waived (e.g. 1 000 kr). */
  waiverThresholdKr: KronorSchema,
  minimumAmountKr: KronorSchema,
  privateProvidersShareRequired: z.boolean(),
  /** Andra omgången: recipients may ask for more, and the money not requisitioned is shared among them. */
  secondRound: z
    .boolean()
    .default(false)
    .describe('A second round: recipients may ask for more than their allocation.'),
});

export const GrantInputSchema = z.object({
  name: text(300).trim().min(1),
  grantYear: z.number().int().min(2000).max(2100),
  legalBasis: z.string().trim().min(1).max(500),
  appropriation: z.string().trim().max(200).default(''),
  appropriationItem: z.string().trim().max(200).default(''),
  totalAmountKr: KronorSchema.positive(),
  // Municipalities, regions or both: two at most.
  eligibleRecipientTypes: z.array(RecipientTypeSchema).min(1).max(2),
  purpose: z.string().trim().max(5000).default(''),
  usageAreas: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  distributionMethod: DistributionMethodSchema.default('allocation_key'),
  callOn: LocalDateSchema.nullable().default(null),
  requisitionDeadlineOn: LocalDateSchema.nullable().default(null),
  usageStartOn: LocalDateSchema.nullable().default(null),
  usageEndOn: LocalDateSchema.nullable().default(null),
  reportingDeadlineOn: LocalDateSchema.nullable().default(null),
  repaymentDeadlineOn: LocalDateSchema.nullable().default(null),
  rules: GrantRulesSchema,
});
export type GrantInput = z.infer<typeof GrantInputSchema>;

export const GrantUpdateSchema = GrantInputSchema.extend({ version: z.number().int().positive() });
export type GrantUpdate = z.infer<typeof GrantUpdateSchema>;

export const GrantSchema = GrantInputSchema.extend({
  id: z.uuid(),
  status: GrantStatusSchema,
  version: z.number().int().positive(),
  publishedAllocationId: z.uuid().nullable(),
  copiedFromGrantId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Grant = z.infer<typeof GrantSchema>;

export const GrantListSchema = z.object({ items: z.array(GrantSchema) });

export const GrantCopyInputSchema = z.object({ grantYear: z.number().int().min(2000).max(2100) });

export const GrantStatusChangeSchema = z.object({
  status: GrantStatusSchema,
  reason: z.string().trim().max(2000).optional(),
});

// The audit log's shape lives in ./audit.ts; re-exported where the grant's routes and pages took it.
export { AuditEventSchema, AuditEventListSchema, type AuditEvent } from './audit';

// Named components in the OpenAPI document (docs/api/openapi.json).
z.globalRegistry.add(GrantRulesSchema, { id: 'GrantRules' });
z.globalRegistry.add(GrantSchema, { id: 'Grant' });
z.globalRegistry.add(AuditEventSchema, { id: 'AuditEvent' });

export const grantRoutes = {
  list: route({ method: 'GET', path: '/grants', response: { 200: GrantListSchema } }),
  create: route({
    method: 'POST',
    path: '/grants',
    body: GrantInputSchema,
    response: { 201: GrantSchema },
  }),
  get: route({
    method: 'GET',
    path: '/grants/:id',
    params: IdParamsSchema,
    response: { 200: GrantSchema },
  }),
  update: route({
    method: 'PUT',
    path: '/grants/:id',
    params: IdParamsSchema,
    body: GrantUpdateSchema,
    response: { 200: GrantSchema },
  }),
  copy: route({
    method: 'POST',
    path: '/grants/:id/copy',
    params: IdParamsSchema,
    body: GrantCopyInputSchema,
    response: { 201: GrantSchema },
  }),
  changeStatus: route({
    method: 'POST',
    path: '/grants/:id/status',
    params: IdParamsSchema,
    body: GrantStatusChangeSchema,
    response: { 200: GrantSchema },
  }),
  audit: route({
    method: 'GET',
    path: '/grants/:id/audit',
    params: IdParamsSchema,
    response: { 200: AuditEventListSchema },
  }),
};
