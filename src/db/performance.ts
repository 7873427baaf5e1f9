// Queries on performance-based grants: set-up, expressions of interest, reported figures, results.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from './client';
import {
  FigureValuesSchema,
  grants,
  interestRegistrations,
  performanceResults,
  performanceSetups,
  recipients,
  reportedFigures,
  StoredFigureRowsSchema,
  StoredKeySchema,
  StoredModelSchema,
  StoredPerformanceResultSchema,
} from './schema';
import { parseStored } from './stored-json';

export type PerformanceSetupRecord = typeof performanceSetups.$inferSelect;
export type InterestRegistrationRecord = typeof interestRegistrations.$inferSelect;
export type ReportedFiguresRecord = typeof reportedFigures.$inferSelect;
export type PerformanceResultRecord = typeof performanceResults.$inferSelect;
export type NewPerformanceResultRecord = typeof performanceResults.$inferInsert;

// Every row is read through these, so its JSON columns are parsed with their schemas.
function readSetup(row: PerformanceSetupRecord): PerformanceSetupRecord {
  const at = (column: string) => ({ table: 'performance_setups', column, row: row.grantId });
  return {
    ...row,
    model: parseStored(StoredModelSchema.nullable(), row.model, at('model')),
    key: parseStored(StoredKeySchema.nullable(), row.key, at('key')),
  };
}

function readFigures(row: ReportedFiguresRecord): ReportedFiguresRecord {
  const at = { table: 'reported_figures', column: 'values', row: row.id };
  return { ...row, values: parseStored(FigureValuesSchema, row.values, at) };
}

function readResult(row: PerformanceResultRecord): PerformanceResultRecord {
  const at = (column: string) => ({ table: 'performance_results', column, row: row.id });
  return {
    ...row,
    model: parseStored(StoredModelSchema, row.model, at('model')),
    key: parseStored(StoredKeySchema, row.key, at('key')),
    figures: parseStored(StoredFigureRowsSchema, row.figures, at('figures')),
    result: parseStored(StoredPerformanceResultSchema, row.result, at('result')),
  };
}

export async function findPerformanceSetup(
  executor: Executor,
  grantId: string,
): Promise<PerformanceSetupRecord | undefined> {
  const [row] = await executor
    .select()
    .from(performanceSetups)
    .where(eq(performanceSetups.grantId, grantId));
  return row && readSetup(row);
}

/** Creates the set-up or changes the given fields of it. */
export async function upsertPerformanceSetup(
  executor: Executor,
  grantId: string,
  changes: Partial<
    Pick<
      PerformanceSetupRecord,
      'model' | 'key' | 'keyFilename' | 'interestDeadlineOn' | 'figuresDeadlineOn'
    >
  >,
  now: Date,
): Promise<PerformanceSetupRecord> {
  const [row] = await executor
    .insert(performanceSetups)
    .values({ grantId, ...changes, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: performanceSetups.grantId, set: { ...changes, updatedAt: now } })
    .returning();
  if (!row) throw new Error('upsert into performance_setups returned no row');
  return readSetup(row);
}

export interface InterestRegistrationWithName extends InterestRegistrationRecord {
  recipientName: string;
}

export async function listInterestRegistrations(
  executor: Executor,
  grantId: string,
): Promise<InterestRegistrationWithName[]> {
  const rows = await executor
    .select({ registration: interestRegistrations, recipientName: recipients.name })
    .from(interestRegistrations)
    .innerJoin(recipients, eq(recipients.code, interestRegistrations.recipientCode))
    .where(eq(interestRegistrations.grantId, grantId))
    .orderBy(asc(interestRegistrations.recipientCode));
  return rows.map((r) => ({ ...r.registration, recipientName: r.recipientName }));
}

/** Registers the recipients that are not registered yet; returns the codes newly registered. */
export async function insertInterestRegistrations(
  executor: Executor,
  grantId: string,
  codes: readonly string[],
  registeredBy: string,
  now: Date,
): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await executor
    .insert(interestRegistrations)
    .values(
      codes.map((recipientCode) => ({
        grantId,
        recipientCode,
        registeredAt: now,
        registeredBy,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ recipientCode: interestRegistrations.recipientCode });
  return rows.map((row) => row.recipientCode);
}

export async function deleteInterestRegistration(
  executor: Executor,
  grantId: string,
  recipientCode: string,
): Promise<boolean> {
  const rows = await executor
    .delete(interestRegistrations)
    .where(
      and(
        eq(interestRegistrations.grantId, grantId),
        eq(interestRegistrations.recipientCode, recipientCode),
      ),
    )
    .returning({ id: interestRegistrations.id });
  return rows.length > 0;
}

export async function listReportedFigures(
  executor: Executor,
  grantId: string,
): Promise<ReportedFiguresRecord[]> {
  const rows = await executor
    .select()
    .from(reportedFigures)
    .where(eq(reportedFigures.grantId, grantId))
    .orderBy(asc(reportedFigures.recipientCode));
  return rows.map(readFigures);
}

/**
 * Replaces all of a grant's reported figures with these rows (source: the upload's file and line).
 * A recipient that had a row keeps counting its versions, so a form opened before the upload is
 * stale afterwards. Returns how many rows there were before.
 */
export async function replaceReportedFigures(
  executor: Executor,
  grantId: string,
  rows: { recipientCode: string; values: Record<string, string | null>; sourceLine: number }[],
  sourceFilename: string,
  savedBy: string,
  now: Date,
): Promise<number> {
  const removed = await executor
    .delete(reportedFigures)
    .where(eq(reportedFigures.grantId, grantId))
    .returning({ recipientCode: reportedFigures.recipientCode, version: reportedFigures.version });
  const versions = new Map(removed.map((row) => [row.recipientCode, row.version]));
  if (rows.length > 0) {
    await executor.insert(reportedFigures).values(
      rows.map((row) => ({
        grantId,
        recipientCode: row.recipientCode,
        values: row.values,
        source: 'upload' as const,
        sourceFilename,
        sourceLine: row.sourceLine,
        savedBy,
        version: (versions.get(row.recipientCode) ?? 0) + 1,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  return removed.length;
}

/** One recipient's reported figures, locked for an update when asked. */
export async function findReportedFigures(
  executor: Executor,
  grantId: string,
  recipientCode: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReportedFiguresRecord | undefined> {
  const query = executor
    .select()
    .from(reportedFigures)
    .where(
      and(eq(reportedFigures.grantId, grantId), eq(reportedFigures.recipientCode, recipientCode)),
    );
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row && readFigures(row);
}

/** Deletes one recipient's figures; the row deleted, if there was one. */
export async function deleteReportedFigures(
  executor: Executor,
  grantId: string,
  recipientCode: string,
): Promise<ReportedFiguresRecord | undefined> {
  const [row] = await executor
    .delete(reportedFigures)
    .where(
      and(eq(reportedFigures.grantId, grantId), eq(reportedFigures.recipientCode, recipientCode)),
    )
    .returning();
  return row && readFigures(row);
}

/** Saves one recipient's figures from a form: a new row, or the next version of its row. */
export async function saveReportedFigures(
  executor: Executor,
  input: {
    grantId: string;
    recipientCode: string;
    values: Record<string, string | null>;
    source: 'portal' | 'agency_form';
    savedBy: string;
    previous: ReportedFiguresRecord | undefined;
  },
  now: Date,
): Promise<ReportedFiguresRecord> {
  const changes = {
    values: input.values,
    source: input.source,
    sourceFilename: null,
    sourceLine: null,
    savedBy: input.savedBy,
    updatedAt: now,
  };
  const [row] = input.previous
    ? await executor
        .update(reportedFigures)
        .set({ ...changes, version: input.previous.version + 1 })
        .where(eq(reportedFigures.id, input.previous.id))
        .returning()
    : await executor
        .insert(reportedFigures)
        .values({
          grantId: input.grantId,
          recipientCode: input.recipientCode,
          ...changes,
          createdAt: now,
        })
        .returning();
  if (!row) throw new Error('saving reported figures returned no row');
  return readFigures(row);
}

export async function insertPerformanceResult(
  executor: Executor,
  values: NewPerformanceResultRecord,
): Promise<PerformanceResultRecord> {
  const [row] = await executor.insert(performanceResults).values(values).returning();
  if (!row) throw new Error('insert into performance_results returned no row');
  return readResult(row);
}

export async function findPerformanceResult(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PerformanceResultRecord | undefined> {
  const query = executor.select().from(performanceResults).where(eq(performanceResults.id, id));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row && readResult(row);
}

/** The grant's results, newest first. */
export async function listPerformanceResults(
  executor: Executor,
  grantId: string,
): Promise<PerformanceResultRecord[]> {
  const rows = await executor
    .select()
    .from(performanceResults)
    .where(eq(performanceResults.grantId, grantId))
    .orderBy(desc(performanceResults.createdAt), desc(performanceResults.id));
  return rows.map(readResult);
}

export async function markPerformanceResultPublished(
  executor: Executor,
  id: string,
  publishedBy: string,
  now: Date,
): Promise<PerformanceResultRecord> {
  const [row] = await executor
    .update(performanceResults)
    .set({ status: 'published', publishedAt: now, publishedBy, updatedAt: now })
    .where(eq(performanceResults.id, id))
    .returning();
  if (!row) throw new Error(`performance result ${id} vanished during its update`);
  return readResult(row);
}

/** Every performance-based grant with a set-up; those with a last day to register interest first. */
export async function listInterestCalls(
  executor: Executor,
): Promise<{ grant: typeof grants.$inferSelect; setup: PerformanceSetupRecord }[]> {
  const rows = await executor
    .select({ grant: grants, setup: performanceSetups })
    .from(performanceSetups)
    .innerJoin(grants, eq(grants.id, performanceSetups.grantId))
    .where(eq(grants.distributionMethod, 'performance'))
    .orderBy(asc(performanceSetups.interestDeadlineOn), asc(grants.name));
  return rows.map((row) => ({ grant: row.grant, setup: readSetup(row.setup) }));
}
