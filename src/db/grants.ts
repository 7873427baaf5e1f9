// Queries on grants. The executor comes first so a service can pass its transaction.
import { and, desc, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { allocationRows, grants } from './schema';

export type GrantRecord = typeof grants.$inferSelect;
export type NewGrantRecord = typeof grants.$inferInsert;
/** The fields a case officer edits: everything but identity, status and bookkeeping. */
export type GrantFields = Omit<
  NewGrantRecord,
  | 'id'
  | 'status'
  | 'version'
  | 'publishedAllocationId'
  | 'copiedFromGrantId'
  | 'createdAt'
  | 'updatedAt'
>;

export async function insertGrant(
  executor: Executor,
  values: NewGrantRecord,
): Promise<GrantRecord> {
  const [row] = await executor.insert(grants).values(values).returning();
  if (!row) throw new Error('insert into grants returned no row');
  return row;
}

export async function findGrant(executor: Executor, id: string): Promise<GrantRecord | undefined> {
  const [row] = await executor.select().from(grants).where(eq(grants.id, id));
  return row;
}

/** Reads the grant and locks its row until the transaction ends, so two changes cannot interleave. */
export async function findGrantForUpdate(
  executor: Executor,
  id: string,
): Promise<GrantRecord | undefined> {
  const [row] = await executor.select().from(grants).where(eq(grants.id, id)).for('update');
  return row;
}

export async function listGrants(executor: Executor): Promise<GrantRecord[]> {
  return executor
    .select()
    .from(grants)
    .orderBy(desc(grants.grantYear), asc(grants.name), asc(grants.id));
}

/**
 * Writes `changes` and bumps the version, but only if the row still has `expectedVersion`;
 * undefined means someone else changed it first.
 */
export async function updateGrantRow(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<NewGrantRecord>,
  now: Date,
): Promise<GrantRecord | undefined> {
  const [row] = await executor
    .update(grants)
    .set({ ...changes, version: sql`${grants.version} + 1`, updatedAt: now })
    .where(and(eq(grants.id, id), eq(grants.version, expectedVersion)))
    .returning();
  return row;
}

/**
 * The grants past their draft whose published allocation gives money to one of `recipientCodes`,
 * with the amount: what a recipient's staff see of the grants (recipient-facing, so it takes the
 * recipient). The latest grant year first.
 */
export async function listGrantsForRecipient(executor: Executor, recipientCodes: string[]) {
  if (recipientCodes.length === 0) return [];
  return executor
    .select({
      grant: grants,
      recipientCode: allocationRows.recipientCode,
      amountKr: allocationRows.amountKr,
    })
    .from(grants)
    .innerJoin(allocationRows, eq(allocationRows.allocationId, grants.publishedAllocationId))
    .where(and(ne(grants.status, 'draft'), inArray(allocationRows.recipientCode, recipientCodes)))
    .orderBy(desc(grants.grantYear), asc(grants.name));
}
