import { DomainError } from '../errors';
import { lcm, splitIntoWholeAndFraction, type Rational } from '../rational';

export interface WeightedEntry {
  id: string;
  /** Non-negative; only the proportions between weights matter. */
  weight: Rational;
}

export interface SplitShare {
  id: string;
  /** total × weight / Σ weights, exactly. */
  quota: Rational;
  /** floor(quota) */
  roundedDown: bigint;
  /** quota − roundedDown, in [0, 1) */
  remainder: Rational;
  /** True when this entry received one of the units left after rounding down. */
  roundedUp: boolean;
  /** roundedDown, plus 1 when roundedUp. The amounts sum to total exactly. */
  amount: bigint;
}

/** The integer core shared with `allocate`: every quota is `total × weight / denominator`. */
export interface IntegerSplit {
  /** Σ weights; every quota and remainder is over this denominator. */
  denominator: bigint;
  roundedDown: bigint[];
  /** The remainder of each quota as a numerator over `denominator`. */
  remainderNumerators: bigint[];
  roundedUp: boolean[];
}

function checkIntegerSplitInput(
  total: bigint,
  ids: readonly string[],
  weights: readonly bigint[],
): bigint {
  if (total < 0n)
    throw new DomainError('allocation.negative_amount', {
      field: 'total',
      value: total.toString(),
    });
  const seen = new Set<string>();
  let weightSum = 0n;
  weights.forEach((weight, index) => {
    const id = ids[index] ?? '';
    if (weight < 0n)
      throw new DomainError('allocation.negative_weight', { id, value: weight.toString() });
    if (seen.has(id)) throw new DomainError('allocation.duplicate_id', { id });
    seen.add(id);
    weightSum += weight;
  });
  if (weightSum === 0n && total > 0n) {
    throw new DomainError('allocation.all_weights_zero', { totalKr: total.toString() });
  }
  return weightSum;
}

/**
 * Order in which the units left after rounding down are handed out, one each. Tie-break
 * (docs/allocation-engine.md): larger remainder first, then larger weight, then id ascending in
 * code-unit order ("0114" before "0115"). Every criterion depends on the entry alone, never on its
 * position, so shuffling the input cannot move a krona. Rejected: input order (not reproducible
 * from a re-sorted file) and a random draw (not reproducible at all).
 */
function compareForExtraUnit(
  ids: readonly string[],
  weights: readonly bigint[],
  remainders: readonly bigint[],
): (a: number, b: number) => number {
  return (a, b) => {
    const remainderA = remainders[a] ?? 0n;
    const remainderB = remainders[b] ?? 0n;
    if (remainderA !== remainderB) return remainderA > remainderB ? -1 : 1;
    const weightA = weights[a] ?? 0n;
    const weightB = weights[b] ?? 0n;
    if (weightA !== weightB) return weightA > weightB ? -1 : 1;
    const idA = ids[a] ?? '';
    const idB = ids[b] ?? '';
    if (idA === idB) return 0;
    return idA < idB ? -1 : 1;
  };
}

/**
 * Largest-remainder (Hamilton) split of `total` units by non-negative integer weights. O(n log n):
 * one pass of integer division and one sort of the entries with a remainder.
 */
export function splitByIntegerWeights(
  total: bigint,
  ids: readonly string[],
  weights: readonly bigint[],
): IntegerSplit {
  const weightSum = checkIntegerSplitInput(total, ids, weights);
  const count = weights.length;
  const roundedDown: bigint[] = new Array<bigint>(count);
  const remainderNumerators: bigint[] = new Array<bigint>(count);
  const roundedUp: boolean[] = new Array<boolean>(count).fill(false);
  if (weightSum === 0n) {
    return {
      denominator: 1n,
      roundedDown: roundedDown.fill(0n),
      remainderNumerators: remainderNumerators.fill(0n),
      roundedUp,
    };
  }
  let leftover = total;
  const withRemainder: number[] = [];
  for (let index = 0; index < count; index++) {
    const scaled = total * (weights[index] ?? 0n);
    const down = scaled / weightSum;
    roundedDown[index] = down;
    remainderNumerators[index] = scaled - down * weightSum;
    leftover -= down;
    if (scaled !== down * weightSum) withRemainder.push(index);
  }
  withRemainder.sort(compareForExtraUnit(ids, weights, remainderNumerators));
  for (let rank = 0; rank < Number(leftover); rank++) {
    const index = withRemainder[rank];
    if (index !== undefined) roundedUp[index] = true;
  }
  return { denominator: weightSum, roundedDown, remainderNumerators, roundedUp };
}

/** Common denominator of the weights, so the split runs on integers (exact and fast). */
function scaleToIntegers(weights: readonly Rational[]): bigint[] {
  const commonDenominator = weights.reduce((acc, weight) => lcm(acc, weight.den), 1n);
  return weights.map((weight) => weight.num * (commonDenominator / weight.den));
}

/**
 * Splits `total` whole units (kronor) in proportion to the weights so that the amounts sum to
 * `total` exactly: each entry gets the floor of its exact quota, and the units left over go one
 * each to the largest remainders (tie-break: see compareForExtraUnit). Each amount is within one
 * unit of its exact quota. Throws DomainError when a weight is negative, an id repeats, or a
 * positive total meets all-zero weights.
 * @example splitByWeights(10n, [{ id: 'a', weight: fromBigInt(1n) }, { id: 'b', weight: fromBigInt(2n) }])
 * // amounts: a 3 (quota 10/3), b 7 (quota 20/3: remainder 2/3 beats 1/3)
 */
export function splitByWeights(total: bigint, entries: readonly WeightedEntry[]): SplitShare[] {
  const ids = entries.map((entry) => entry.id);
  const split = splitByIntegerWeights(
    total,
    ids,
    scaleToIntegers(entries.map((entry) => entry.weight)),
  );
  return entries.map((entry, index) => {
    const roundedDown = split.roundedDown[index] ?? 0n;
    const remainderNumerator = split.remainderNumerators[index] ?? 0n;
    const roundedUp = split.roundedUp[index] ?? false;
    const exact = splitIntoWholeAndFraction(roundedDown, remainderNumerator, split.denominator);
    return {
      id: entry.id,
      quota: exact.total,
      roundedDown,
      remainder: exact.fraction,
      roundedUp,
      amount: roundedUp ? roundedDown + 1n : roundedDown,
    };
  });
}
