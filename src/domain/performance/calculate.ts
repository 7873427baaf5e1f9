import { splitByWeights } from '../allocation/split-by-weights';
import { DomainError } from '../errors';
import { fromBigInt, mul, rational, ZERO, type Rational } from '../rational';
import { evaluateExpression, type UnknownReason } from './expression/evaluate';
import type { FigureRow, KeyEntry, PerformanceModel } from './types';

export interface PoolResult {
  poolId: string;
  label: string;
  fraction: Rational;
  /** total × fraction, exactly. */
  exactKr: Rational;
  /**
   * The pool in whole kronor. Pools are rounded together by largest remainder so that they sum
   * to the total; a pool nobody qualifies for is 0 and its fraction goes to the other pools.
   */
  amountKr: bigint;
  roundedUp: boolean;
  qualifierCount: number;
  /** Σ key of the qualifiers: the denominator of every share in the pool. */
  qualifierKeyKr: bigint;
}

/** A recipient's part of one pool. */
export interface PoolPart {
  poolId: string;
  /** Meets at least one of the pool's conditions. */
  qualifies: boolean;
  /** keyKr / Σ key of the pool's qualifiers; 0 when not qualifying. */
  share: Rational;
  /** pool amount × share, exactly. */
  exactKr: Rational;
  roundedDownKr: bigint;
  /** One of the kronor left after rounding down went to this recipient (largest remainder). */
  roundedUp: boolean;
  amountKr: bigint;
}

export type RecipientStatus = 'qualified' | 'no_condition_met' | 'not_reported';

export interface ConditionVerdict {
  conditionId: string;
  met: boolean;
  /** Why the condition could not be decided (then it is not met). */
  unknown?: UnknownReason;
}

export interface RecipientResult {
  recipientCode: string;
  keyKr: bigint;
  /**
   * qualified: met a condition of at least one pool. no_condition_met: reported, qualified for no
   * pool, gets 0. not_reported: in the key without a figures row (did not register or did not
   * report), gets 0; its key amount is money not taken.
   */
  status: RecipientStatus;
  /** One per condition of the model; empty when not reported. */
  conditions: ConditionVerdict[];
  /** One per pool of the model, in its order. */
  pools: PoolPart[];
  amountKr: bigint;
}

export interface PerformanceResult {
  totalKr: bigint;
  pools: PoolResult[];
  /** Every recipient of the key, by code ascending. */
  recipients: RecipientResult[];
}

function verdictsOf(model: PerformanceModel, row: FigureRow): ConditionVerdict[] {
  const lookup = (name: string): Rational | undefined => row.values.get(name);
  return model.conditions.map((condition) => {
    const { outcome } = evaluateExpression(condition.expression, condition.source, lookup);
    if (!outcome.known) return { conditionId: condition.id, met: false, unknown: outcome.reason };
    return { conditionId: condition.id, met: outcome.value === true };
  });
}

function checkInputs(key: readonly KeyEntry[], figures: readonly FigureRow[]): void {
  const keyCodes = new Set<string>();
  for (const entry of key) {
    if (keyCodes.has(entry.recipientCode))
      throw new DomainError('allocation.duplicate_id', { id: entry.recipientCode });
    if (entry.keyKr < 0n)
      throw new DomainError('allocation.negative_weight', {
        id: entry.recipientCode,
        value: entry.keyKr.toString(),
      });
    keyCodes.add(entry.recipientCode);
  }
  const reported = new Set<string>();
  for (const row of figures) {
    if (!keyCodes.has(row.recipientCode))
      throw new DomainError('performance.recipient_not_in_key', { code: row.recipientCode });
    if (reported.has(row.recipientCode))
      throw new DomainError('allocation.duplicate_id', { id: row.recipientCode });
    reported.add(row.recipientCode);
  }
}

function byCode(a: { recipientCode: string }, b: { recipientCode: string }): number {
  if (a.recipientCode === b.recipientCode) return 0;
  return a.recipientCode < b.recipientCode ? -1 : 1;
}

/**
 * Allocates a performance-based grant (docs/performance-model.md, "Calculation"):
 * 1. every condition is evaluated for every recipient that reported;
 * 2. a recipient qualifies for a pool when it meets ANY of the pool's conditions and its key is
 *    above 0; a recipient qualifying for several pools takes part in each;
 * 3. the pools' exact amounts (fraction × total) are rounded together by largest remainder so they
 *    sum to the total. A pool without qualifiers gets nothing and its money goes to the other
 *    pools in proportion to their fractions;
 * 4. each pool is split by key among its qualifiers with splitByWeights (largest remainder, whole
 *    kronor), so the key amounts of those who did not register, report or qualify are reallocated
 *    by key among the qualifiers (`reallocate_by_key_among_qualifiers`);
 * 5. a recipient's amount is the sum of its pool parts.
 * The amounts sum to the total exactly. The order of `key` and `figures` does not matter.
 * Throws DomainError when nobody qualifies for any pool, or when the inputs contradict each other
 * (a figures row outside the key, a repeated code): validate the files first for located issues.
 */
export function calculatePerformanceGrant(
  model: PerformanceModel,
  key: readonly KeyEntry[],
  figures: readonly FigureRow[],
): PerformanceResult {
  checkInputs(key, figures);
  const rowsByCode = new Map(figures.map((row) => [row.recipientCode, row]));
  const sortedKey = [...key].sort(byCode);
  const verdicts = new Map(
    figures.map((row) => [row.recipientCode, verdictsOf(model, row)] as const),
  );
  const metByCode = new Map(
    [...verdicts].map(([code, list]) => [
      code,
      new Set(list.filter((verdict) => verdict.met).map((verdict) => verdict.conditionId)),
    ]),
  );

  // A qualifier with key 0 takes part with share 0; a pool whose qualifiers all have key 0 cannot
  // be split by key and counts as a pool without qualifiers.
  const qualifiersByPool = model.pools.map((pool) =>
    sortedKey.filter((entry) => {
      const met = metByCode.get(entry.recipientCode);
      return met !== undefined && pool.conditionIds.some((id) => met.has(id));
    }),
  );
  const activePools = model.pools.filter((_, index) =>
    (qualifiersByPool[index] ?? []).some((entry) => entry.keyKr > 0n),
  );
  if (activePools.length === 0 && model.totalKr > 0n)
    throw new DomainError('performance.no_qualifiers', { totalKr: model.totalKr.toString() });

  const poolSplit = new Map(
    splitByWeights(
      model.totalKr,
      activePools.map((pool) => ({ id: pool.id, weight: pool.fraction })),
    ).map((share) => [share.id, share] as const),
  );

  const partsByCode = new Map<string, PoolPart[]>(sortedKey.map((e) => [e.recipientCode, []]));
  const pools = model.pools.map((pool, index): PoolResult => {
    const qualifiers = qualifiersByPool[index] ?? [];
    const split = poolSplit.get(pool.id);
    const poolKr = split?.amount ?? 0n;
    const qualifierKeyKr = qualifiers.reduce((total, entry) => total + entry.keyKr, 0n);
    const splitAmong = qualifierKeyKr > 0n ? qualifiers : [];
    const shares = new Map(
      splitByWeights(
        poolKr,
        splitAmong.map((entry) => ({ id: entry.recipientCode, weight: fromBigInt(entry.keyKr) })),
      ).map((share) => [share.id, share] as const),
    );
    const qualifierCodes = new Set(qualifiers.map((entry) => entry.recipientCode));
    for (const entry of sortedKey) {
      const share = shares.get(entry.recipientCode);
      partsByCode.get(entry.recipientCode)?.push(
        share === undefined
          ? {
              poolId: pool.id,
              qualifies: qualifierCodes.has(entry.recipientCode),
              share: ZERO,
              exactKr: ZERO,
              roundedDownKr: 0n,
              roundedUp: false,
              amountKr: 0n,
            }
          : {
              poolId: pool.id,
              qualifies: true,
              share: rational(entry.keyKr, qualifierKeyKr),
              exactKr: share.quota,
              roundedDownKr: share.roundedDown,
              roundedUp: share.roundedUp,
              amountKr: share.amount,
            },
      );
    }
    return {
      poolId: pool.id,
      label: pool.label,
      fraction: pool.fraction,
      exactKr: mul(fromBigInt(model.totalKr), pool.fraction),
      amountKr: poolKr,
      roundedUp: split?.roundedUp ?? false,
      qualifierCount: qualifiers.length,
      qualifierKeyKr,
    };
  });

  const recipients = sortedKey.map((entry): RecipientResult => {
    const parts = partsByCode.get(entry.recipientCode) ?? [];
    const reported = rowsByCode.has(entry.recipientCode);
    const qualifies = parts.some((part) => part.qualifies);
    return {
      recipientCode: entry.recipientCode,
      keyKr: entry.keyKr,
      status: !reported ? 'not_reported' : qualifies ? 'qualified' : 'no_condition_met',
      conditions: verdicts.get(entry.recipientCode) ?? [],
      pools: parts,
      amountKr: parts.reduce((total, part) => total + part.amountKr, 0n),
    };
  });
  return { totalKr: model.totalKr, pools, recipients };
}
