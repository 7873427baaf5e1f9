import { toDistributionMethod, type DistributionMethod } from './distribution-method';
import type { GrantRecord } from '../../db/grants';
import type { RecipientType } from '../../db/recipients';
import type { AuditEventRecord } from '../../db/audit';
import type { AuditEvent, Grant } from '../../contracts/grants';
import type { MyGrant } from '../../contracts/me';
import { requisitionState } from '../../domain/requisition/requisition';
import { krToJson } from '../allocation/present';
import type { MyGrant as MyGrantView } from './list-my-grants';

/**
 * A grant as plain JSON, in the API's shape (kronor as integers, dates as strings). The audit log
 * keeps its own snapshot (db/audit-snapshots/grants.ts), so a change here leaves history alone.
 */
export interface GrantJson {
  [key: string]: unknown;
  id: string;
  name: string;
  grantYear: number;
  legalBasis: string;
  appropriation: string;
  appropriationItem: string;
  totalAmountKr: number;
  eligibleRecipientTypes: RecipientType[];
  purpose: string;
  usageAreas: string[];
  distributionMethod: DistributionMethod;
  callOn: string | null;
  requisitionDeadlineOn: string | null;
  usageStartOn: string | null;
  usageEndOn: string | null;
  reportingDeadlineOn: string | null;
  repaymentDeadlineOn: string | null;
  rules: {
    repaymentRequired: boolean;
    waiverThresholdKr: number;
    minimumAmountKr: number;
    privateProvidersShareRequired: boolean;
    secondRound: boolean;
  };
  status: GrantRecord['status'];
  version: number;
  publishedAllocationId: string | null;
  copiedFromGrantId: string | null;
  createdAt: string;
  updatedAt: string;
}

export function grantToJson(grant: GrantRecord): GrantJson {
  return {
    id: grant.id,
    name: grant.name,
    grantYear: grant.grantYear,
    legalBasis: grant.legalBasis,
    appropriation: grant.appropriation,
    appropriationItem: grant.appropriationItem,
    totalAmountKr: Number(grant.totalAmountKr),
    eligibleRecipientTypes: grant.eligibleRecipientTypes,
    purpose: grant.purpose,
    usageAreas: grant.usageAreas,
    distributionMethod: toDistributionMethod(grant.distributionMethod),
    callOn: grant.callOn,
    requisitionDeadlineOn: grant.requisitionDeadlineOn,
    usageStartOn: grant.usageStartOn,
    usageEndOn: grant.usageEndOn,
    reportingDeadlineOn: grant.reportingDeadlineOn,
    repaymentDeadlineOn: grant.repaymentDeadlineOn,
    rules: {
      repaymentRequired: grant.repaymentRequired,
      waiverThresholdKr: Number(grant.waiverThresholdKr),
      minimumAmountKr: Number(grant.minimumAmountKr),
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

export function presentGrant(grant: GrantRecord): Grant {
  return grantToJson(grant);
}

export function presentAuditEvent(event: AuditEventRecord): AuditEvent {
  return {
    id: event.id.toString(),
    occurredAt: event.occurredAt.toISOString(),
    actor: event.actor,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason,
    legacy: event.legacy,
  };
}

/** A grant on the recipient's start page; none until it has a published allocation. */
export function presentMyGrant({
  grant,
  recipientCode,
  amountKr,
  requisition,
  window,
  followUp,
}: MyGrantView): MyGrant[] {
  return grant.publishedAllocationId
    ? [
        {
          grantId: grant.id,
          name: grant.name,
          grantYear: grant.grantYear,
          status: grant.status,
          requisitionDeadlineOn: grant.requisitionDeadlineOn,
          allocationId: grant.publishedAllocationId,
          recipientCode,
          amountKr: krToJson(amountKr),
          secondRound: grant.secondRound,
          window,
          requisition: requisition
            ? {
                id: requisition.id,
                state: requisitionState(requisition),
                amountKr: requisition.amountKr === null ? null : krToJson(requisition.amountKr),
                moreAmountKr:
                  requisition.moreAmountKr === null ? null : krToJson(requisition.moreAmountKr),
                updatedAt: requisition.updatedAt.toISOString(),
              }
            : null,
          followUp: {
            hasForm: followUp.hasForm,
            reportStatus: followUp.report?.status ?? ('not_started' as const),
            deadlineOn: followUp.deadlineOn,
          },
        },
      ]
    : [];
}
