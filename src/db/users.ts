// Queries on accounts, their roles, sessions and sign-in attempts. The executor comes first so a
// service can pass its transaction.
import { and, asc, eq, inArray, lt, lte, ne, or } from 'drizzle-orm';
import type { Executor } from './client';
import { roleAssignments, sessions, signInAttempts, users } from './schema';

export type UserRecord = typeof users.$inferSelect;
export type RoleAssignmentRecord = typeof roleAssignments.$inferSelect;
export type SessionRecord = typeof sessions.$inferSelect;
import type { RoleAssignment } from '../domain/access/roles';
export type { Role, RoleAssignment } from '../domain/access/roles';

export async function insertUser(
  executor: Executor,
  values: typeof users.$inferInsert,
): Promise<UserRecord> {
  const [row] = await executor.insert(users).values(values).returning();
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

export async function findUserByEmail(
  executor: Executor,
  email: string,
): Promise<UserRecord | undefined> {
  const [row] = await executor.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUser(executor: Executor, id: string): Promise<UserRecord | undefined> {
  const [row] = await executor.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByPasswordToken(
  executor: Executor,
  tokenHash: string,
): Promise<UserRecord | undefined> {
  const [row] = await executor.select().from(users).where(eq(users.passwordTokenHash, tokenHash));
  return row;
}

export async function updateUser(
  executor: Executor,
  id: string,
  values: Partial<typeof users.$inferInsert>,
): Promise<UserRecord | undefined> {
  const [row] = await executor.update(users).set(values).where(eq(users.id, id)).returning();
  return row;
}

/** Every account, or only those of one organisation, by name. */
export async function listUsers(
  executor: Executor,
  filter: { recipientCode?: string } = {},
): Promise<UserRecord[]> {
  return executor
    .select()
    .from(users)
    .where(filter.recipientCode ? eq(users.recipientCode, filter.recipientCode) : undefined)
    .orderBy(asc(users.name), asc(users.email));
}

export async function listRoleAssignments(
  executor: Executor,
  userIds: string[],
): Promise<RoleAssignmentRecord[]> {
  if (userIds.length === 0) return [];
  return executor
    .select()
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.role), asc(roleAssignments.createdAt));
}

/** Replaces the user's roles with `assignments`. */
export async function replaceRoleAssignments(
  executor: Executor,
  userId: string,
  assignments: RoleAssignment[],
): Promise<void> {
  await executor.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (assignments.length === 0) return;
  await executor
    .insert(roleAssignments)
    .values(assignments.map((a) => ({ userId, role: a.role, grantId: a.grantId })));
}

export async function insertSession(
  executor: Executor,
  values: typeof sessions.$inferInsert,
): Promise<void> {
  await executor.insert(sessions).values(values);
}

export async function findSession(
  executor: Executor,
  tokenHash: string,
): Promise<SessionRecord | undefined> {
  const [row] = await executor.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(executor: Executor, tokenHash: string, at: Date) {
  await executor
    .update(sessions)
    .set({ lastSeenAt: at, updatedAt: at })
    .where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(executor: Executor, tokenHash: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of the account (but `except`, the caller's own); how many ended. */
export async function deleteSessionsOfUser(
  executor: Executor,
  userId: string,
  except?: string,
): Promise<number> {
  const ended = await executor
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), except ? ne(sessions.tokenHash, except) : undefined))
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

/**
 * Sessions past their absolute expiry or, given `idleBefore`, not used since then (refused when
 * read either way); their OpenID Connect ID tokens go with them (cascade). Returns how many.
 */
export async function deleteExpiredSessions(
  executor: Executor,
  now: Date,
  idleBefore?: Date,
): Promise<number> {
  const removed = await executor
    .delete(sessions)
    .where(
      or(
        lte(sessions.expiresAt, now),
        idleBefore ? lt(sessions.lastSeenAt, idleBefore) : undefined,
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return removed.length;
}

export async function recordSignInAttempt(
  executor: Executor,
  attempt: typeof signInAttempts.$inferInsert,
): Promise<void> {
  await executor.insert(signInAttempts).values(attempt);
}
