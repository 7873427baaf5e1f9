// Queries on requisitions, their signed versions, late permissions and the second round. The
// executor comes first so a service can pass its transaction.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from './client';
import {
  recipients,
  requisitionLatePermissions,
  requisitions,
  requisitionVersions,
  secondRoundRows,
  secondRounds,
  StoredExplanationSchema,
  users,
} from './schema';
import { parseStored } from './stored-json';

export type RequisitionRecord = typeof requisitions.$inferSelect;
export type NewRequisitionRecord = typeof requisitions.$inferInsert;
export type RequisitionVersionRecord = typeof requisitionVersions.$inferSelect;
export type LatePermissionRecord = typeof requisitionLatePermissions.$inferSelect;
export type SecondRoundRecord = typeof secondRounds.$inferSelect;
export type SecondRoundRowRecord = typeof secondRoundRows.$inferSelect;

/** Inserts unless the grant × organisation already has one; undefined then (no aborted transaction). */
export async function insertRequisitionIfAbsent(
  executor: Executor,
  values: NewRequisitionRecord,
): Promise<RequisitionRecord | undefined> {
  const [row] = await executor
    .insert(requisitions)
    .values(values)
    .onConflictDoNothing({ target: [requisitions.grantId, requisitions.recipientCode] })
    .returning();
  return row;
}

export async function findRequisition(
  executor: Executor,
  grantId: string,
  recipientCode: string,
  options: { forUpdate?: boolean } = {},
): Promise<RequisitionRecord | undefined> {
  const query = executor
    .select()
    .from(requisitions)
    .where(and(eq(requisitions.grantId, grantId), eq(requisitions.recipientCode, recipientCode)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findRequisitionById(
  executor: Executor,
  id: string,
): Promise<RequisitionRecord | undefined> {
  const [row] = await executor.select().from(requisitions).where(eq(requisitions.id, id));
  return row;
}

/** Writes `changes` and bumps the version, only if the row still has `expectedVersion`. */
export async function updateRequisitionRow(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<NewRequisitionRecord>,
): Promise<RequisitionRecord | undefined> {
  const [row] = await executor
    .update(requisitions)
    .set({ ...changes, version: sql`${requisitions.version} + 1` })
    .where(and(eq(requisitions.id, id), eq(requisitions.version, expectedVersion)))
    .returning();
  return row;
}

export async function listGrantRequisitions(
  executor: Executor,
  grantId: string,
): Promise<RequisitionRecord[]> {
  return executor
    .select()
    .from(requisitions)
    .where(eq(requisitions.grantId, grantId))
    .orderBy(asc(requisitions.recipientCode));
}

/** The requisitions of these organisations' codes, for the recipient's start page. */
export async function listRequisitionsOf(
  executor: Executor,
  recipientCodes: string[],
): Promise<RequisitionRecord[]> {
  if (recipientCodes.length === 0) return [];
  return executor
    .select()
    .from(requisitions)
    .where(inArray(requisitions.recipientCode, recipientCodes));
}

export async function insertRequisitionVersion(
  executor: Executor,
  values: typeof requisitionVersions.$inferInsert,
): Promise<RequisitionVersionRecord> {
  const [row] = await executor.insert(requisitionVersions).values(values).returning();
  if (!row) throw new Error('insert into requisition_versions returned no row');
  return row;
}

export async function listRequisitionVersions(
  executor: Executor,
  requisitionId: string,
): Promise<RequisitionVersionRecord[]> {
  return executor
    .select()
    .from(requisitionVersions)
    .where(eq(requisitionVersions.requisitionId, requisitionId))
    .orderBy(desc(requisitionVersions.number));
}

/** The last signed version of each requisition of the grant. */
export async function listLatestSignedVersions(
  executor: Executor,
  grantId: string,
): Promise<RequisitionVersionRecord[]> {
  return executor
    .selectDistinctOn([requisitionVersions.requisitionId])
    .from(requisitionVersions)
    .where(eq(requisitionVersions.grantId, grantId))
    .orderBy(requisitionVersions.requisitionId, desc(requisitionVersions.number));
}

export async function findLatePermission(
  executor: Executor,
  grantId: string,
  recipientCode: string,
): Promise<LatePermissionRecord | undefined> {
  const [row] = await executor
    .select()
    .from(requisitionLatePermissions)
    .where(
      and(
        eq(requisitionLatePermissions.grantId, grantId),
        eq(requisitionLatePermissions.recipientCode, recipientCode),
      ),
    );
  return row;
}

export async function listLatePermissions(
  executor: Executor,
  grantId: string,
): Promise<LatePermissionRecord[]> {
  return executor
    .select()
    .from(requisitionLatePermissions)
    .where(eq(requisitionLatePermissions.grantId, grantId));
}

/** One permission per grant × recipient: granting again replaces date and reason. */
export async function upsertLatePermission(
  executor: Executor,
  values: typeof requisitionLatePermissions.$inferInsert,
): Promise<LatePermissionRecord> {
  const [row] = await executor
    .insert(requisitionLatePermissions)
    .values(values)
    .onConflictDoUpdate({
      target: [requisitionLatePermissions.grantId, requisitionLatePermissions.recipientCode],
      set: {
        untilOn: values.untilOn,
        reason: values.reason,
        grantedAt: values.grantedAt,
        grantedBy: values.grantedBy,
      },
    })
    .returning();
  if (!row) throw new Error('upsert of requisition_late_permissions returned no row');
  return row;
}

export async function findSecondRound(
  executor: Executor,
  grantId: string,
): Promise<SecondRoundRecord | undefined> {
  const [row] = await executor.select().from(secondRounds).where(eq(secondRounds.grantId, grantId));
  return row;
}

export async function insertSecondRound(
  executor: Executor,
  values: typeof secondRounds.$inferInsert,
  rows: Omit<typeof secondRoundRows.$inferInsert, 'secondRoundId'>[],
): Promise<SecondRoundRecord | undefined> {
  const [round] = await executor
    .insert(secondRounds)
    .values(values)
    .onConflictDoNothing({ target: secondRounds.grantId })
    .returning();
  if (!round) return undefined;
  if (rows.length > 0)
    await executor
      .insert(secondRoundRows)
      .values(rows.map((row) => ({ ...row, secondRoundId: round.id })));
  return round;
}

export async function listSecondRoundRows(
  executor: Executor,
  secondRoundId: string,
): Promise<(SecondRoundRowRecord & { recipientName: string })[]> {
  const rows = await executor
    .select({ row: secondRoundRows, recipientName: recipients.name })
    .from(secondRoundRows)
    .innerJoin(recipients, eq(recipients.code, secondRoundRows.recipientCode))
    .where(eq(secondRoundRows.secondRoundId, secondRoundId))
    .orderBy(asc(secondRoundRows.recipientCode));
  return rows.map((r) => ({
    ...r.row,
    explanation: parseStored(StoredExplanationSchema, r.row.explanation, {
      table: 'second_round_rows',
      column: 'explanation',
      row: r.row.id,
    }),
    recipientName: r.recipientName,
  }));
}

/** The active accounts' emails by organisation code, for the reminder list. */
export async function listAccountEmailsByRecipient(
  executor: Executor,
): Promise<Map<string, string[]>> {
  const rows = await executor
    .select({ code: users.recipientCode, email: users.email })
    .from(users)
    .where(and(eq(users.active, true), sql`${users.recipientCode} is not null`))
    .orderBy(asc(users.email));
  const byCode = new Map<string, string[]>();
  for (const row of rows) {
    if (row.code === null) continue;
    byCode.set(row.code, [...(byCode.get(row.code) ?? []), row.email]);
  }
  return byCode;
}

/** Removes a late permission (revoked); the audit log keeps it. */
export async function deleteLatePermission(executor: Executor, id: string): Promise<void> {
  await executor.delete(requisitionLatePermissions).where(eq(requisitionLatePermissions.id, id));
}
