import { rational, toCanonicalString, toDecimalString } from '../rational';
import type { PerformanceResult } from './calculate';
import type { PerformanceModel } from './types';

/**
 * The counts a report on a performance-based grant gives (seed 001, Tabell 3 and 4): how many
 * registered, reported and met any condition, how many met each condition, and how many met each
 * combination of conditions ("only 1", "only 2", "both").
 */
export interface PerformanceCounts {
  registered: number;
  reported: number;
  qualified: number;
  perCondition: { conditionId: string; label: string; count: number }[];
  /** Every combination of met conditions that occurs, in the model's order; e.g. ["a"], ["a","b"]. */
  combinations: { conditionIds: string[]; count: number }[];
  /** qualified / reported, exact ("99/99") and in per cent with one decimal ("100.0"). */
  qualifiedShareOfReported: { exact: string; percent: string } | null;
}

/**
 * @example countPerformance(model, result, 120) // { registered: 120, reported: 99, qualified: 99, … }
 */
export function countPerformance(
  model: PerformanceModel,
  result: PerformanceResult,
  registered: number,
): PerformanceCounts {
  const reporters = result.recipients.filter((r) => r.status !== 'not_reported');
  const qualified = reporters.filter((r) => r.status === 'qualified').length;
  const perCondition = model.conditions.map((condition) => ({
    conditionId: condition.id,
    label: condition.label,
    count: reporters.filter((r) =>
      r.conditions.some((v) => v.conditionId === condition.id && v.met),
    ).length,
  }));
  const combinations = new Map<string, { conditionIds: string[]; count: number }>();
  for (const recipient of reporters) {
    const met = model.conditions
      .map((condition) => condition.id)
      .filter((id) => recipient.conditions.some((v) => v.conditionId === id && v.met));
    if (met.length === 0) continue;
    const key = met.join('\u0000');
    const entry = combinations.get(key) ?? { conditionIds: met, count: 0 };
    entry.count += 1;
    combinations.set(key, entry);
  }
  const order = (ids: string[]) => ids.map((id) => model.conditions.findIndex((c) => c.id === id));
  const sorted = [...combinations.values()].sort((a, b) => {
    if (a.conditionIds.length !== b.conditionIds.length)
      return a.conditionIds.length - b.conditionIds.length;
    const [oa, ob] = [order(a.conditionIds), order(b.conditionIds)];
    const index = oa.findIndex((value, i) => value !== ob[i]);
    return index === -1 ? 0 : (oa[index] ?? 0) - (ob[index] ?? 0);
  });
  const share =
    reporters.length === 0 ? null : rational(BigInt(qualified), BigInt(reporters.length));
  return {
    registered,
    reported: reporters.length,
    qualified,
    perCondition,
    combinations: sorted,
    qualifiedShareOfReported:
      share === null
        ? null
        : {
            exact: toCanonicalString(share),
            percent: toDecimalString(rational(share.num * 100n, share.den), 1),
          },
  };
}
