import { allocate } from '../../domain/allocation/allocate';
import type {
  AllocationInputRow,
  AllocationModel,
  AllocationResult,
} from '../../domain/allocation/types';
import { isDomainError } from '../../domain/errors';
import { InvalidInputError } from '../common/invalid-input-error';

/**
 * Runs the engine. A model and data that cannot give an allocation (all weights zero, minimums
 * above the budget, …) is the user's input to fix, so it comes back as an issue of the file.
 */
export function runAllocation(
  model: AllocationModel,
  rows: AllocationInputRow[],
  file: string,
): AllocationResult {
  try {
    return allocate(model, rows);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new InvalidInputError([{ file, code: error.code, params: error.params }]);
  }
}
