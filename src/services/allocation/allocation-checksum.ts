import type { AllocationResult } from '../../domain/allocation/types';
import { allocationChecksum as checksumOfResultCsv } from '../../files/checksum';
import { referenceRecipientNames } from '../recipients/recipient-register';

/** sha256 of the result CSV that `statsbidrag allocate` prints for the same model and data. */
export async function allocationChecksum(result: AllocationResult): Promise<string> {
  return checksumOfResultCsv(result, await referenceRecipientNames());
}
