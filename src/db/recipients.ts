// Queries on recipients (municipalities and regions).
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from './client';
import { recipients } from './schema';

export type RecipientRecord = typeof recipients.$inferSelect;
export type RecipientType = RecipientRecord['type'];

export interface RecipientWithCounty extends RecipientRecord {
  /** The name of the region whose county code the recipient has (for a region: its own name). */
  countyName: string;
}

export interface RecipientSearch {
  /** Part of the name (any case), or the start of the code. */
  q?: string;
  type?: RecipientType;
}

const county = alias(recipients, 'county');

export async function searchRecipients(
  executor: Executor,
  search: RecipientSearch = {},
): Promise<RecipientWithCounty[]> {
  const conditions: SQL[] = [];
  const q = search.q?.trim();
  if (q) {
    const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
    const byName = ilike(recipients.name, `%${escaped}%`);
    conditions.push(
      /^\d+$/.test(q) ? (or(byName, sql`${recipients.code} like ${`${escaped}%`}`) as SQL) : byName,
    );
  }
  if (search.type) conditions.push(eq(recipients.type, search.type));
  const rows = await executor
    .select({ recipient: recipients, countyName: county.name })
    .from(recipients)
    .leftJoin(county, and(eq(county.code, recipients.countyCode), eq(county.type, 'region')))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    // Regions (2 digits) before municipalities, then by code: the official order of the tables.
    .orderBy(asc(sql`length(${recipients.code})`), asc(recipients.code));
  return rows.map((r) => ({ ...r.recipient, countyName: r.countyName ?? '' }));
}

export async function listAllRecipients(executor: Executor): Promise<RecipientRecord[]> {
  return executor.select().from(recipients).orderBy(asc(recipients.code));
}

export async function findRecipientsByCodes(
  executor: Executor,
  codes: string[],
): Promise<RecipientRecord[]> {
  if (codes.length === 0) return [];
  return executor.select().from(recipients).where(inArray(recipients.code, codes));
}

/**
 * What the recipient import sets: the name, organisation number, legal name, postal address and
 * (for a municipality) SKR's municipality group.
 */
export type RecipientRegisterFields = Pick<
  RecipientRecord,
  'name' | 'orgNumber' | 'legalName' | 'postalStreet' | 'postalCode' | 'postalTown' | 'sizeGroup'
>;

export async function updateRecipient(
  executor: Executor,
  code: string,
  changes: RecipientRegisterFields,
  now: Date,
): Promise<RecipientRecord | undefined> {
  const [row] = await executor
    .update(recipients)
    .set({ ...changes, updatedAt: now })
    .where(eq(recipients.code, code))
    .returning();
  return row;
}

/**
 * A fingerprint of every recipient's code and name: it changes whenever a name shown next to an
 * allocation's rows can (the register import renames).
 */
export async function recipientNamesVersion(executor: Executor): Promise<string> {
  const [row] = await executor
    .select({
      version: sql<
        string | null
      >`md5(string_agg(${recipients.code} || ':' || ${recipients.name}, ',' order by ${recipients.code}))`,
    })
    .from(recipients);
  return row?.version ?? '';
}
