// Reading JSON the database keeps (jsonb columns): parsed with the column's zod schema, so data
// written by an older version of the code that no longer fits fails here, naming where it is,
// instead of somewhere far away as `undefined is not a function` (docs/decisions/0018).
import type { z } from 'zod';

export interface StoredAt {
  table: string;
  column: string;
  /** The row's key (its id, or grant and recipient). */
  row: string;
}

export class StoredJsonError extends Error {
  constructor(
    readonly at: StoredAt,
    readonly issues: z.core.$ZodIssue[],
  ) {
    const first = issues[0];
    const path = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    super(
      `${at.table}.${at.column} of row ${at.row} does not match its schema${path}: ${first?.message ?? 'invalid'}`,
    );
    this.name = 'StoredJsonError';
  }
}

export function parseStored<T extends z.ZodType>(
  schema: T,
  value: unknown,
  at: StoredAt,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredJsonError(at, parsed.error.issues);
  return parsed.data;
}
