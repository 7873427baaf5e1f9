// The audit sample (granskningsurval): a reproducible random draw of submitted reports. Pure: the
// same seed and the same population give the same sample on every machine, so the stored seed
// lets anyone redo the draw (docs/audit-and-clawback.md).
import { DomainError } from '../errors';

/** The largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

/**
 * Mulberry32 (Tommy Ettinger, public domain): a small, well-known 32-bit PRNG, enough for drawing
 * a sample (not for secrets). Returns a function giving integers in [0, 2^32).
 */
export function mulberry32(seed: number): () => number {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    throw new DomainError('audit_sample.invalid_seed', { seed: String(seed) });
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** An integer in [0, bound) without modulo bias (rejection sampling). */
function below(next: () => number, bound: number): number {
  const limit = 0x1_0000_0000 - (0x1_0000_0000 % bound);
  for (;;) {
    const value = next();
    if (value < limit) return value % bound;
  }
}

export interface SampleUnit {
  /** What identifies the unit (the recipient code); the population is ordered by it. */
  key: string;
  /** The amount stratified on: the amount received, whole kronor. */
  amountKr: bigint;
}

/** A stratum: amounts from `fromKr` (inclusive) up to the next stratum's `fromKr`, and how many to draw. */
export interface Stratum {
  fromKr: bigint;
  size: number;
}

export interface DrawnStratum {
  fromKr: bigint;
  /** Exclusive upper bound, null for the last stratum. */
  toKr: bigint | null;
  populationSize: number;
  size: number;
  keys: string[];
}

export interface AuditSample {
  seed: number;
  populationSize: number;
  strata: DrawnStratum[];
  /** Every drawn key, stratum by stratum, in draw order. */
  keys: string[];
}

/**
 * Draws `strata[i].size` units from each stratum with one Mulberry32 stream seeded by `seed`: the
 * population is sorted by key first (so the order it was loaded in does not matter), then each
 * stratum gets a partial Fisher–Yates shuffle. An unstratified sample is one stratum from 0 kr.
 * Refused (DomainError): strata not starting at 0 kr or not strictly ascending
 * (`audit_sample.strata_not_ascending`), a size that is negative or larger than its stratum
 * (`audit_sample.stratum_too_small`), a duplicate key, a negative amount.
 */
export function drawAuditSample(
  population: readonly SampleUnit[],
  strata: readonly Stratum[],
  seed: number,
): AuditSample {
  const next = mulberry32(seed);
  if (strata.length === 0 || strata[0]!.fromKr !== 0n)
    throw new DomainError('audit_sample.strata_not_ascending', { index: 0 });
  strata.forEach((stratum, index) => {
    if (index > 0 && stratum.fromKr <= strata[index - 1]!.fromKr)
      throw new DomainError('audit_sample.strata_not_ascending', { index });
  });
  const sorted = [...population].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  sorted.forEach((unit, index) => {
    if (index > 0 && sorted[index - 1]!.key === unit.key)
      throw new DomainError('audit_sample.duplicate_unit', { key: unit.key });
    if (unit.amountKr < 0n)
      throw new DomainError('audit_sample.negative_amount', { key: unit.key });
  });
  const drawn = strata.map((stratum, index): DrawnStratum => {
    const toKr = strata[index + 1]?.fromKr ?? null;
    const members = sorted
      .filter((u) => u.amountKr >= stratum.fromKr && (toKr === null || u.amountKr < toKr))
      .map((u) => u.key);
    if (!Number.isInteger(stratum.size) || stratum.size < 0 || stratum.size > members.length)
      throw new DomainError('audit_sample.stratum_too_small', {
        index,
        size: String(stratum.size),
        populationSize: members.length,
      });
    for (let i = 0; i < stratum.size; i++) {
      const j = i + below(next, members.length - i);
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    return {
      fromKr: stratum.fromKr,
      toKr,
      populationSize: members.length,
      size: stratum.size,
      keys: members.slice(0, stratum.size),
    };
  });
  return {
    seed,
    populationSize: sorted.length,
    strata: drawn,
    keys: drawn.flatMap((s) => s.keys),
  };
}
