// Column helpers shared by the tables: timestamps and whole-kronor amounts.
import { bigint, timestamp } from 'drizzle-orm/pg-core';

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
// `.default(0n)` crashes drizzle-kit generate (it cannot serialise a BigInt), hence sql`0`.
export const kronor = (name: string) => bigint(name, { mode: 'bigint' });
