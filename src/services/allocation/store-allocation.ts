import { insertAllocation, type AllocationRecord } from '../../db/allocations';
import { appendAuditEvent } from '../../db/audit';
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import { toAllocationModelJson } from '../../domain/allocation/model';
import type { AllocationModel, AllocationResult } from '../../domain/allocation/types';
import type { AllocationInputsJson } from './allocation-inputs';
import { allocationChecksum } from './allocation-checksum';
import { componentsToJson, explanationToJson } from './present';
import type { ServiceContext } from '../common/context';
import { allocationSnapshot } from '../../db/audit-snapshots/allocation';

/**
 * Saves a computed allocation as a draft of the grant: the model (model.json form), the inputs,
 * every row with its explanation, and the checksum of the result; audited in the same transaction.
 */
export async function storeDraftAllocation(
  tx: Executor,
  ctx: ServiceContext,
  now: Date,
  draft: {
    grant: GrantRecord;
    kind: AllocationRecord['kind'];
    model: AllocationModel;
    inputs: AllocationInputsJson;
    sourceFilename: string;
    result: AllocationResult;
  },
): Promise<AllocationRecord> {
  const { grant, result } = draft;
  const allocation = await insertAllocation(
    tx,
    {
      grantId: grant.id,
      kind: draft.kind,
      status: 'draft',
      model: toAllocationModelJson(draft.model),
      inputs: draft.inputs,
      components: componentsToJson(result),
      sourceFilename: draft.sourceFilename,
      budgetKr: result.budgetKr,
      totalKr: result.totalKr,
      unallocatedKr: result.unallocatedKr,
      checksum: await allocationChecksum(result),
      createdAt: now,
      createdBy: ctx.actor,
      updatedAt: now,
    },
    result.rows.map((row, position) => ({
      position,
      recipientCode: row.recipientCode,
      amountKr: row.amountKr,
      explanation: explanationToJson(row),
    })),
  );
  await appendAuditEvent(tx, {
    occurredAt: now,
    actor: ctx.actor,
    entityType: 'allocation',
    entityId: allocation.id,
    grantId: grant.id,
    action: 'allocation.created',
    after: allocationSnapshot(allocation, result.rows.length),
  });
  return allocation;
}
