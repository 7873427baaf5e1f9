import type { AllocationRecord } from '../db/allocations';
import type { Executor } from '../db/client';
import type { GrantRecord } from '../db/grants';
import { allocate } from '../domain/allocation/allocate';
import { validateIndicatorTable } from '../domain/allocation/indicator-table';
import { parseAllocationModelText } from '../domain/allocation/model';
import type { AllocationResult } from '../domain/allocation/types';
import { readTable } from '../files/read-table';
import type { AllocationInputsJson } from './allocation-inputs';
import { allocationChecksum } from './allocation-checksum';
import { renderInputsCsv, renderModelJson } from './inputs-csv';
import { loadRecipientRegister } from './recipient-register';

/**
 * Recomputes a stored allocation from its published files, model.json and inputs.csv, the way
 * `statsbidrag allocate` does: parse both, validate the data, run the engine. Publishing checks
 * that this gives the stored checksum, so what is published is reproducible by anyone.
 */
export async function recomputeFromPublishedFiles(
  executor: Executor,
  allocation: AllocationRecord,
  grant: GrantRecord,
): Promise<{ result: AllocationResult; checksum: string }> {
  const model = parseAllocationModelText(renderModelJson(allocation.model));
  if (!model.ok)
    throw new Error(
      `stored model of allocation ${allocation.id} does not parse: ${JSON.stringify(model.issues)}`,
    );
  const csv = renderInputsCsv(allocation.inputs as AllocationInputsJson);
  const table = await readTable(new TextEncoder().encode(csv), 'inputs.csv');
  if (!table.ok)
    throw new Error(
      `stored inputs of allocation ${allocation.id} do not read: ${JSON.stringify(table.issues)}`,
    );
  const data = validateIndicatorTable(table.table, {
    model: model.model,
    register: await loadRecipientRegister(executor),
    eligibleTypes: grant.eligibleRecipientTypes,
  });
  if (!data.ok)
    throw new Error(
      `stored inputs of allocation ${allocation.id} do not validate: ${JSON.stringify(data.issues)}`,
    );
  const result = allocate(model.model, data.rows);
  return { result, checksum: allocationChecksum(result) };
}
