import { createHash } from 'node:crypto';
import type { AllocationResult } from '../domain/allocation/types';

// Placeholder until files/checksum.ts lands: must become the CLI's checksum of its result CSV.
export function allocationChecksum(result: AllocationResult): string {
  const lines = [
    'recipient_code,amount_kr',
    ...result.rows.map((row) => `${row.recipientCode},${row.amountKr}`),
  ];
  return createHash('sha256')
    .update(`${lines.join('\n')}\n`)
    .digest('hex');
}
