// The audit snapshots of allocations (allocation.*) and of recipients changed by an import.
import { z } from 'zod';
import type { AllocationRecord } from '../allocations';
import { changed, created, InstantJson, instantOrNull, KronorJson, kronorJson } from './common';

export const AllocationSnapshot = z.strictObject({
  id: z.string(),
  grantId: z.string(),
  kind: z.enum(['imported_key', 'formula']),
  status: z.enum(['draft', 'published']),
  sourceFilename: z.string(),
  budgetKr: KronorJson,
  totalKr: KronorJson,
  unallocatedKr: KronorJson,
  recipientCount: z.number().int(),
  checksum: z.string(),
  createdAt: InstantJson,
  createdBy: z.string(),
  publishedAt: InstantJson.nullable(),
  supersededAt: InstantJson.nullable(),
  supersededByAllocationId: z.string().nullable(),
});
export type AllocationSnapshot = z.infer<typeof AllocationSnapshot>;

export function allocationSnapshot(
  allocation: AllocationRecord,
  recipientCount: number,
): AllocationSnapshot {
  return {
    id: allocation.id,
    grantId: allocation.grantId,
    kind: allocation.kind,
    status: allocation.status,
    sourceFilename: allocation.sourceFilename,
    budgetKr: kronorJson(allocation.budgetKr),
    totalKr: kronorJson(allocation.totalKr),
    unallocatedKr: kronorJson(allocation.unallocatedKr),
    recipientCount,
    checksum: allocation.checksum,
    createdAt: allocation.createdAt.toISOString(),
    createdBy: allocation.createdBy,
    publishedAt: instantOrNull(allocation.publishedAt),
    supersededAt: instantOrNull(allocation.supersededAt),
    supersededByAllocationId: allocation.supersededByAllocationId,
  };
}

const RecipientSnapshot = z.strictObject({
  code: z.string(),
  name: z.string(),
  orgNumber: z.string().nullable(),
  // Optional: events written before the register held legal names and addresses lack them.
  legalName: z.string().nullable().optional(),
  postalStreet: z.string().nullable().optional(),
  postalCode: z.string().nullable().optional(),
  postalTown: z.string().nullable().optional(),
  sizeGroup: z.string().nullable().optional(),
});

export const allocationAuditPayloads = {
  'allocation.created': created(AllocationSnapshot),
  'allocation.published': changed(AllocationSnapshot),
  'allocation.superseded': changed(AllocationSnapshot),
  'recipient.updated': changed(RecipientSnapshot),
};
