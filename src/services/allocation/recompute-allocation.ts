import type { AllocationRecord } from '../../db/allocations';
import { allocate } from '../../domain/allocation/allocate';
import { validateIndicatorTable } from '../../domain/allocation/indicator-table';
import { parseAllocationModelText } from '../../domain/allocation/model';
import type { AllocationResult } from '../../domain/allocation/types';
import { readTable } from '../../files/read-table';
import { allocationChecksum } from './allocation-checksum';
import { renderInputsCsv, renderModelJson } from './inputs-csv';
import { referenceRegister } from '../recipients/recipient-register';

/**
 * Recomputes a stored allocation from the files it publishes, model.json and inputs.csv, exactly
 * as `statsbidrag allocate --model model.json --data inputs.csv` does: the same parsers, the
 * reference register, every recipient type eligible. Publishing checks that this gives the stored
 * checksum, and the exports are made from it, so what is shown is what anyone can reproduce.
 */
export async function recomputeFromPublishedFiles(
  allocation: AllocationRecord,
): Promise<{ result: AllocationResult; checksum: string }> {
  const fail = (what: string, detail: unknown) => {
    throw new Error(`allocation ${allocation.id}: the stored ${what}: ${JSON.stringify(detail)}`);
  };
  const model = parseAllocationModelText(renderModelJson(allocation.model));
  if (!model.ok) return fail('model does not parse', model.issues);
  const csv = renderInputsCsv(allocation.inputs);
  const table = await readTable(new TextEncoder().encode(csv), 'inputs.csv');
  if (!table.ok) return fail('inputs do not read', table.issues);
  const { register, types } = await referenceRegister();
  const data = validateIndicatorTable(table.table, {
    model: model.model,
    register,
    eligibleTypes: types,
  });
  if (!data.ok) return fail('inputs do not validate', data.issues);
  const result = allocate(model.model, data.rows);
  return { result, checksum: await allocationChecksum(result) };
}

/** The recomputed result, which must have the stored checksum: anything else is a corrupted record. */
export async function recomputeVerified(allocation: AllocationRecord): Promise<AllocationResult> {
  const { result, checksum } = await recomputeFromPublishedFiles(allocation);
  if (checksum !== allocation.checksum) {
    throw new Error(
      `allocation ${allocation.id}: recomputed checksum ${checksum} ≠ stored ${allocation.checksum}`,
    );
  }
  return result;
}
