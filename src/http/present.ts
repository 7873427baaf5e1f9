// Turns what the services return into the API's JSON shapes (routes/*.schema.ts).
import type { AllocationRecord } from '../db/allocations';
import type { AllocationInputsJson } from '../services/allocation-inputs';
import type { AuditEventRecord } from '../db/audit';
import type { GrantRecord } from '../db/grants';
import type { RecipientWithCounty } from '../db/recipients';
import {
  allocationSummaryToJson,
  krToJson,
  type ComponentJson,
  type ExplanationJson,
} from '../services/allocation-json';
import type { AllocationComparisonView } from '../services/compare-allocations';
import type { AllocationWithRows } from '../services/get-allocation';
import { grantToJson } from '../services/grant-json';
import type {
  Allocation,
  AllocationComparison,
  AllocationSummary,
} from './routes/allocations.schema';
import type { AuditEvent, Grant } from './routes/grants.schema';
import type { Recipient } from './routes/recipients.schema';

export function presentGrant(grant: GrantRecord): Grant {
  return grantToJson(grant);
}

export function presentRecipient(recipient: RecipientWithCounty): Recipient {
  return {
    code: recipient.code,
    type: recipient.type,
    name: recipient.name,
    countyCode: recipient.countyCode,
    countyName: recipient.countyName,
    orgNumber: recipient.orgNumber,
    sameOrganisationAs: recipient.sameOrganisationAs,
  };
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
  };
}

export function presentAllocationSummary(
  allocation: AllocationRecord,
  recipientCount: number,
): AllocationSummary {
  return allocationSummaryToJson(allocation, recipientCount);
}

export function presentAllocation(view: AllocationWithRows): Allocation {
  return {
    ...allocationSummaryToJson(view.allocation, view.rows.length),
    model: view.allocation.model as Record<string, unknown>,
    inputs: presentInputs(view.allocation.inputs as AllocationInputsJson),
    components: view.allocation.components as ComponentJson[],
    rows: view.rows.map((row) => ({
      recipientCode: row.recipientCode,
      recipientName: row.recipientName,
      amountKr: krToJson(row.amountKr),
      explanation: row.explanation as ExplanationJson,
    })),
  };
}

function presentInputs(inputs: AllocationInputsJson): Allocation['inputs'] {
  return {
    columns: inputs.columns,
    rows: inputs.rows.map((row) => ({ recipientCode: row.recipient_code, values: row.values })),
  };
}

export function presentComparison(view: AllocationComparisonView): AllocationComparison {
  return {
    a: allocationSummaryToJson(view.a.allocation, view.a.recipientCount),
    b: allocationSummaryToJson(view.b.allocation, view.b.recipientCount),
    rows: view.rows.map((row) => ({
      recipientCode: row.recipientCode,
      recipientName: row.recipientName,
      amountAKr: krToJson(row.amountAKr),
      amountBKr: krToJson(row.amountBKr),
      differenceKr: krToJson(row.differenceKr),
      differencePercent: row.differencePercent,
    })),
    totals: {
      amountAKr: krToJson(view.totals.amountAKr),
      amountBKr: krToJson(view.totals.amountBKr),
      differenceKr: krToJson(view.totals.differenceKr),
    },
  };
}
