// The audit snapshots of a grant (grant.*): the grant as it was, its own shape, not the API's Grant,
// so a change of the API cannot change how the history reads.
import { z } from 'zod';
import type { GrantRecord } from '../grants';
import { changed, created, InstantJson, KronorJson, kronorJson, LocalDateJson } from './common';

const RecipientTypeJson = z.enum(['municipality', 'region']);
const DistributionMethodJson = z.enum(['allocation_key', 'performance']);
const GrantStatusJson = z.enum(['draft', 'published', 'closed', 'follow_up', 'finished']);

export const GrantSnapshot = z.strictObject({
  id: z.string(),
  name: z.string(),
  grantYear: z.number().int(),
  legalBasis: z.string(),
  appropriation: z.string(),
  appropriationItem: z.string(),
  totalAmountKr: KronorJson,
  eligibleRecipientTypes: z.array(RecipientTypeJson),
  purpose: z.string(),
  usageAreas: z.array(z.string()),
  distributionMethod: DistributionMethodJson,
  callOn: LocalDateJson.nullable(),
  requisitionDeadlineOn: LocalDateJson.nullable(),
  usageStartOn: LocalDateJson.nullable(),
  usageEndOn: LocalDateJson.nullable(),
  reportingDeadlineOn: LocalDateJson.nullable(),
  repaymentDeadlineOn: LocalDateJson.nullable(),
  rules: z.strictObject({
    repaymentRequired: z.boolean(),
    waiverThresholdKr: KronorJson,
    minimumAmountKr: KronorJson,
    privateProvidersShareRequired: z.boolean(),
    secondRound: z.boolean(),
  }),
  status: GrantStatusJson,
  version: z.number().int(),
  publishedAllocationId: z.string().nullable(),
  copiedFromGrantId: z.string().nullable(),
  createdAt: InstantJson,
  updatedAt: InstantJson,
});
export type GrantSnapshot = z.infer<typeof GrantSnapshot>;

export function grantSnapshot(grant: GrantRecord): GrantSnapshot {
  return {
    id: grant.id,
    name: grant.name,
    grantYear: grant.grantYear,
    legalBasis: grant.legalBasis,
    appropriation: grant.appropriation,
    appropriationItem: grant.appropriationItem,
    totalAmountKr: kronorJson(grant.totalAmountKr),
    eligibleRecipientTypes: grant.eligibleRecipientTypes,
    purpose: grant.purpose,
    usageAreas: grant.usageAreas,
    distributionMethod: DistributionMethodJson.parse(grant.distributionMethod),
    callOn: grant.callOn,
    requisitionDeadlineOn: grant.requisitionDeadlineOn,
    usageStartOn: grant.usageStartOn,
    usageEndOn: grant.usageEndOn,
    reportingDeadlineOn: grant.reportingDeadlineOn,
    repaymentDeadlineOn: grant.repaymentDeadlineOn,
    rules: {
      repaymentRequired: grant.repaymentRequired,
      waiverThresholdKr: kronorJson(grant.waiverThresholdKr),
      minimumAmountKr: kronorJson(grant.minimumAmountKr),
      privateProvidersShareRequired: grant.privateProvidersShareRequired,
      secondRound: grant.secondRound,
    },
    status: grant.status,
    version: grant.version,
    publishedAllocationId: grant.publishedAllocationId,
    copiedFromGrantId: grant.copiedFromGrantId,
    createdAt: grant.createdAt.toISOString(),
    updatedAt: grant.updatedAt.toISOString(),
  };
}

export const grantAuditPayloads = {
  'grant.created': created(GrantSnapshot),
  'grant.created_as_copy': created(GrantSnapshot),
  'grant.copied': created(z.strictObject({ copyId: z.string(), grantYear: z.number().int() })),
  'grant.updated': changed(GrantSnapshot),
  'grant.status_changed': changed(GrantSnapshot),
  'grant.allocation_published': changed(GrantSnapshot),
};
