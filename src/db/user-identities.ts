// Accounts bound to OpenID Connect identities (issuer + subject), and the ID tokens of the
// sessions signed in with one (docs/decisions/0016).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from './client';
import { sessionIdTokens, userIdentities } from './schema';

export type UserIdentityRecord = typeof userIdentities.$inferSelect;

export async function findIdentityBySubject(
  executor: Executor,
  issuer: string,
  subject: string,
): Promise<UserIdentityRecord | undefined> {
  const [row] = await executor
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return row;
}

export async function findIdentityOfUser(
  executor: Executor,
  userId: string,
  issuer: string,
): Promise<UserIdentityRecord | undefined> {
  const [row] = await executor
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.userId, userId), eq(userIdentities.issuer, issuer)));
  return row;
}

export async function listIdentitiesOfUsers(
  executor: Executor,
  userIds: readonly string[],
): Promise<UserIdentityRecord[]> {
  if (userIds.length === 0) return [];
  return executor
    .select()
    .from(userIdentities)
    .where(inArray(userIdentities.userId, [...userIds]))
    .orderBy(asc(userIdentities.createdAt));
}

export async function insertIdentity(
  executor: Executor,
  values: { userId: string; issuer: string; subject: string; email: string; now: Date },
): Promise<UserIdentityRecord> {
  const [row] = await executor
    .insert(userIdentities)
    .values({
      userId: values.userId,
      issuer: values.issuer,
      subject: values.subject,
      email: values.email,
      createdAt: values.now,
      lastSignedInAt: values.now,
    })
    .returning();
  if (!row) throw new Error('insert into user_identities returned nothing');
  return row;
}

export async function touchIdentity(executor: Executor, id: string, at: Date): Promise<void> {
  await executor
    .update(userIdentities)
    .set({ lastSignedInAt: at })
    .where(eq(userIdentities.id, id));
}

/** Removes the binding; the removed row, or undefined when the account has no such binding. */
export async function deleteIdentity(
  executor: Executor,
  userId: string,
  identityId: string,
): Promise<UserIdentityRecord | undefined> {
  const [row] = await executor
    .delete(userIdentities)
    .where(and(eq(userIdentities.id, identityId), eq(userIdentities.userId, userId)))
    .returning();
  return row;
}

export async function insertSessionIdToken(
  executor: Executor,
  sessionTokenHash: string,
  idToken: string,
): Promise<void> {
  await executor.insert(sessionIdTokens).values({ sessionTokenHash, idToken });
}

export async function findSessionIdToken(
  executor: Executor,
  sessionTokenHash: string,
): Promise<string | undefined> {
  const [row] = await executor
    .select({ idToken: sessionIdTokens.idToken })
    .from(sessionIdTokens)
    .where(eq(sessionIdTokens.sessionTokenHash, sessionTokenHash));
  return row?.idToken;
}
