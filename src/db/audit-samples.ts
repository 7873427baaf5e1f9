// Audit samples (granskningsurval) and the findings on their reports (docs/audit-and-clawback.md).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from './client';
import {
  auditSampleItems,
  auditSamples,
  StoredPopulationSchema,
  StoredStrataSchema,
} from './schema';
import { parseStored } from './stored-json';

export type AuditSampleRecord = typeof auditSamples.$inferSelect;
export type AuditSampleItemRecord = typeof auditSampleItems.$inferSelect;

/** Every sample is read through this, so its JSON columns are parsed with their schemas. */
function readAuditSample(row: AuditSampleRecord): AuditSampleRecord {
  const at = (column: string) => ({ table: 'audit_samples', column, row: row.id });
  return {
    ...row,
    strata: parseStored(StoredStrataSchema, row.strata, at('strata')),
    population: parseStored(StoredPopulationSchema, row.population, at('population')),
  };
}

export async function insertAuditSample(
  executor: Executor,
  sample: typeof auditSamples.$inferInsert,
  items: Omit<typeof auditSampleItems.$inferInsert, 'sampleId'>[],
): Promise<AuditSampleRecord> {
  const [row] = await executor.insert(auditSamples).values(sample).returning();
  if (items.length > 0)
    await executor.insert(auditSampleItems).values(items.map((i) => ({ ...i, sampleId: row!.id })));
  return readAuditSample(row!);
}

/** The grant's samples, newest first. */
export async function listAuditSamples(
  executor: Executor,
  grantId: string,
): Promise<AuditSampleRecord[]> {
  const rows = await executor
    .select()
    .from(auditSamples)
    .where(eq(auditSamples.grantId, grantId))
    .orderBy(desc(auditSamples.createdAt));
  return rows.map(readAuditSample);
}

export async function listAuditSampleItems(
  executor: Executor,
  sampleIds: string[],
): Promise<AuditSampleItemRecord[]> {
  if (sampleIds.length === 0) return [];
  return executor
    .select()
    .from(auditSampleItems)
    .where(inArray(auditSampleItems.sampleId, sampleIds))
    .orderBy(asc(auditSampleItems.drawOrder));
}

/** One sampled report of one of the grant's samples, locked for the finding. */
export async function findAuditSampleItemForUpdate(
  executor: Executor,
  grantId: string,
  sampleId: string,
  recipientCode: string,
): Promise<AuditSampleItemRecord | undefined> {
  const [row] = await executor
    .select({ item: auditSampleItems })
    .from(auditSampleItems)
    .innerJoin(auditSamples, eq(auditSamples.id, auditSampleItems.sampleId))
    .where(
      and(
        eq(auditSamples.grantId, grantId),
        eq(auditSampleItems.sampleId, sampleId),
        eq(auditSampleItems.recipientCode, recipientCode),
      ),
    )
    .for('update', { of: auditSampleItems });
  return row?.item;
}

export async function updateAuditSampleItem(
  executor: Executor,
  id: string,
  values: Partial<typeof auditSampleItems.$inferInsert>,
): Promise<AuditSampleItemRecord> {
  const [row] = await executor
    .update(auditSampleItems)
    .set(values)
    .where(eq(auditSampleItems.id, id))
    .returning();
  return row!;
}
