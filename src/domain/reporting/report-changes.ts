// What a draft save changed, for its audit event: only the answers whose value differs (before and
// after of those keys), never the whole report — an autosave of a 40-question report then writes
// one or two small values, and the log still says who changed what from what to what.

export type JsonRecord = Record<string, unknown>;

export interface Changes {
  before: JsonRecord;
  after: JsonRecord;
}

/**
 * The keys of `before` and `after` whose values differ (deeply; key order does not count, as
 * PostgreSQL's jsonb does not keep it), with their values on each side; a missing key is null.
 */
export function changedValues(before: JsonRecord, after: JsonRecord): Changes {
  const changes: Changes = { before: {}, after: {} };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[key] ?? null;
    const is = after[key] ?? null;
    if (sameJson(was, is)) continue;
    changes.before[key] = was;
    changes.after[key] = is;
  }
  return changes;
}

/** Whether two JSON values are equal, objects compared by their keys in any order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const left = a as JsonRecord;
  const right = b as JsonRecord;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]))
  );
}
