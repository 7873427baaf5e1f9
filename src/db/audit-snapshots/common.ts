// The building blocks of the audit snapshots (docs/decisions/0018): what an event's before/after
// may hold, in the API's one representation of each kind of value: kronor as JSON integers, dates
// as YYYY-MM-DD, instants as ISO 8601 UTC. Objects are strict, so a field added to a snapshot
// without its schema fails the write (in the tests), not the history.
import { z } from 'zod';

export const KronorJson = z
  .number()
  .int()
  .min(Number.MIN_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER);
export const LocalDateJson = z.iso.date();
export const InstantJson = z.iso.datetime();
/** A JSON document kept as it was given (a model, a form's answers): checked to be an object only. */
export const JsonObject = z.record(z.string(), z.unknown());
/** Exact figure values as canonical rational strings, null for an empty optional figure. */
export const FigureValuesJson = z.record(z.string(), z.string().nullable());

/** Kronor as a JSON integer; every realistic amount is far below 2^53 (ADR 0002). */
export function kronorJson(value: bigint): number {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber)) throw new RangeError(`${value} kr cannot be exact in JSON`);
  return asNumber;
}

export const kronorOrNull = (value: bigint | null) => (value === null ? null : kronorJson(value));
export const instantOrNull = (value: Date | null) => value?.toISOString() ?? null;

/** What one action keeps: its state before and after (z.null() where it keeps none). */
export interface AuditPayloadSchemas {
  before: z.ZodType;
  after: z.ZodType;
}

/** An action whose event keeps only what it created (nothing before). */
export const created = <T extends z.ZodType>(after: T) => ({ before: z.null(), after });
/** An action whose event keeps the same kind of state before and after. */
export const changed = <T extends z.ZodType>(state: T) => ({ before: state, after: state });
