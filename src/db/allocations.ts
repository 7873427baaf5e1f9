// Queries on allocations and their rows.
import { asc, count, desc, eq } from 'drizzle-orm';
import type { Executor } from './client';
import {
  allocationRows,
  allocations,
  recipients,
  StoredAllocationInputsSchema,
  StoredAllocationModelSchema,
  StoredComponentsSchema,
  StoredExplanationSchema,
} from './schema';
import { parseStored } from './stored-json';

export type AllocationRecord = typeof allocations.$inferSelect;
export type NewAllocationRecord = typeof allocations.$inferInsert;
export type AllocationRowRecord = typeof allocationRows.$inferSelect;
export type NewAllocationRow = Omit<
  typeof allocationRows.$inferInsert,
  'allocationId' | 'id' | 'createdAt'
>;

export interface AllocationRowWithName extends AllocationRowRecord {
  recipientName: string;
}

export interface AllocationSummaryRecord extends AllocationRecord {
  recipientCount: number;
}

// Every row is read through these, so its JSON columns are parsed with their schemas.
function readAllocation<T extends AllocationRecord>(row: T): T {
  const at = (column: string) => ({ table: 'allocations', column, row: row.id });
  return {
    ...row,
    model: parseStored(StoredAllocationModelSchema, row.model, at('model')),
    inputs: parseStored(StoredAllocationInputsSchema, row.inputs, at('inputs')),
    components: parseStored(StoredComponentsSchema, row.components, at('components')),
  };
}

function readAllocationRow(row: AllocationRowRecord): AllocationRowRecord {
  const at = { table: 'allocation_rows', column: 'explanation', row: row.id };
  return { ...row, explanation: parseStored(StoredExplanationSchema, row.explanation, at) };
}

/** Stores an allocation and all its rows (one multi-row insert: 290 rows are one statement). */
export async function insertAllocation(
  executor: Executor,
  values: NewAllocationRecord,
  rows: NewAllocationRow[],
): Promise<AllocationRecord> {
  const [allocation] = await executor.insert(allocations).values(values).returning();
  if (!allocation) throw new Error('insert into allocations returned no row');
  if (rows.length > 0) {
    await executor
      .insert(allocationRows)
      .values(
        rows.map((row) => ({ ...row, allocationId: allocation.id, createdAt: values.createdAt })),
      );
  }
  return readAllocation(allocation);
}

export async function findAllocation(
  executor: Executor,
  id: string,
): Promise<AllocationRecord | undefined> {
  const [row] = await executor.select().from(allocations).where(eq(allocations.id, id));
  return row && readAllocation(row);
}

/** What names an allocation's version, without its large model, inputs and components. */
export type AllocationHeader = Pick<
  AllocationRecord,
  'id' | 'status' | 'checksum' | 'publishedAt' | 'supersededAt' | 'supersededByAllocationId'
>;

export async function findAllocationHeader(
  executor: Executor,
  id: string,
): Promise<AllocationHeader | undefined> {
  const [row] = await executor
    .select({
      id: allocations.id,
      status: allocations.status,
      checksum: allocations.checksum,
      publishedAt: allocations.publishedAt,
      supersededAt: allocations.supersededAt,
      supersededByAllocationId: allocations.supersededByAllocationId,
    })
    .from(allocations)
    .where(eq(allocations.id, id));
  return row;
}

export async function findAllocationForUpdate(
  executor: Executor,
  id: string,
): Promise<AllocationRecord | undefined> {
  const [row] = await executor
    .select()
    .from(allocations)
    .where(eq(allocations.id, id))
    .for('update');
  return row && readAllocation(row);
}

/** The rows in their stored order, with each recipient's current name. */
export async function listAllocationRows(
  executor: Executor,
  allocationId: string,
): Promise<AllocationRowWithName[]> {
  const rows = await executor
    .select({ row: allocationRows, recipientName: recipients.name })
    .from(allocationRows)
    .innerJoin(recipients, eq(recipients.code, allocationRows.recipientCode))
    .where(eq(allocationRows.allocationId, allocationId))
    .orderBy(asc(allocationRows.position));
  return rows.map((r) => ({ ...readAllocationRow(r.row), recipientName: r.recipientName }));
}

export async function countAllocationRows(
  executor: Executor,
  allocationId: string,
): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(allocationRows)
    .where(eq(allocationRows.allocationId, allocationId));
  return Number(row?.n ?? 0);
}

/** The grant's allocations, newest first, with their number of recipients. */
export async function listAllocationSummaries(
  executor: Executor,
  grantId: string,
): Promise<AllocationSummaryRecord[]> {
  const rows = await executor
    .select({ allocation: allocations, recipientCount: count(allocationRows.id) })
    .from(allocations)
    .leftJoin(allocationRows, eq(allocationRows.allocationId, allocations.id))
    .where(eq(allocations.grantId, grantId))
    .groupBy(allocations.id)
    .orderBy(desc(allocations.createdAt), desc(allocations.id));
  return rows.map((r) => ({
    ...readAllocation(r.allocation),
    recipientCount: Number(r.recipientCount),
  }));
}

export async function updateAllocation(
  executor: Executor,
  id: string,
  changes: Partial<
    Pick<
      NewAllocationRecord,
      | 'status'
      | 'publishedAt'
      | 'publishedBy'
      | 'supersededAt'
      | 'supersededByAllocationId'
      | 'checksum'
    >
  >,
  now: Date,
): Promise<AllocationRecord> {
  const [row] = await executor
    .update(allocations)
    .set({ ...changes, updatedAt: now })
    .where(eq(allocations.id, id))
    .returning();
  if (!row) throw new Error(`allocation ${id} vanished during its update`);
  return readAllocation(row);
}
