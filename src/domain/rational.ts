/**
 * Exact rational numbers of two bigints. Shares, fractions, indicator values and exact quotas are
 * rationals so that no krona is ever lost to floating point (docs/decisions/0002).
 *
 * A Rational is always normalized: den > 0 and gcd(|num|, den) = 1, so equal values have equal
 * fields and `toCanonicalString` is a stable serialization.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export type ParseRationalResult =
  | { ok: true; value: Rational }
  | { ok: false; reason: 'empty' | 'not_a_number' | 'zero_denominator' };

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };

function absBigInt(value: bigint): bigint {
  return value < 0n ? -value : value;
}

const SAFE_INTEGER = BigInt(Number.MAX_SAFE_INTEGER);

/** Euclid on doubles, exact because both values are below 2^53 and % on integers is exact. */
function smallGcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

// Every rational operation normalizes, so gcd is the engine's hot spot (100 000 recipients make
// ~700 000 calls). Euclid on bigints until both values fit below 2^53, then on doubles, which is
// several times faster and still exact.
export function gcd(a: bigint, b: bigint): bigint {
  let x = absBigInt(a);
  let y = absBigInt(b);
  while (y !== 0n) {
    if (x <= SAFE_INTEGER && y <= SAFE_INTEGER) return BigInt(smallGcd(Number(x), Number(y)));
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  return absBigInt((a / gcd(a, b)) * b);
}

/**
 * Builds the normalized rational num/den.
 * @example rational(6n, -4n) // { num: -3n, den: 2n }
 */
export function rational(num: bigint, den: bigint): Rational {
  if (den === 0n) throw new RangeError('A rational cannot have the denominator 0.');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/**
 * whole + fraction/den and fraction/den, both normalized with one gcd: gcd(whole·den + fraction,
 * den) = gcd(fraction, den). For 0 ≤ fraction < den, as quota and remainder after rounding down.
 */
export function splitIntoWholeAndFraction(
  whole: bigint,
  fraction: bigint,
  den: bigint,
): { total: Rational; fraction: Rational } {
  const divisor = gcd(fraction, den);
  const reducedDen = den / divisor;
  return {
    total: { num: (whole * den + fraction) / divisor, den: reducedDen },
    fraction: { num: fraction / divisor, den: reducedDen },
  };
}

export function fromBigInt(value: bigint): Rational {
  return { num: value, den: 1n };
}

export function add(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return rational(a.num + b.num, a.den);
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return add(a, { num: -b.num, den: b.den });
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** a / b; throws RangeError when b is zero (a programmer error: callers check totals first). */
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division of a rational by zero.');
  return rational(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

export function isZero(r: Rational): boolean {
  return r.num === 0n;
}

export function isNegative(r: Rational): boolean {
  return r.num < 0n;
}

export function isInteger(r: Rational): boolean {
  return r.den === 1n;
}

/** The largest integer ≤ r (towards −∞, unlike bigint division, which truncates towards 0). */
export function floor(r: Rational): bigint {
  const quotient = r.num / r.den;
  return r.num < 0n && quotient * r.den !== r.num ? quotient - 1n : quotient;
}

export function sum(values: Iterable<Rational>): Rational {
  let total = ZERO;
  for (const value of values) total = add(total, value);
  return total;
}

/**
 * "a" for integers, "a/b" otherwise: the form rationals travel in through JSON and the CSV.
 * @example toCanonicalString(rational(6726959n, 41991440n)) // "6726959/41991440"
 */
export function toCanonicalString(r: Rational): string {
  return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
}

/**
 * A decimal string with exactly `places` decimals and a dot, rounded half away from zero (the
 * "avrunda uppåt vid 5" rule of the seed reports; symmetric so that −x prints as −(x)).
 * @example toDecimalString(rational(1n, 8n), 2) // "0.13"
 */
export function toDecimalString(r: Rational, places: number): string {
  if (!Number.isInteger(places) || places < 0)
    throw new RangeError('places must be a whole number ≥ 0');
  const scale = 10n ** BigInt(places);
  const scaled = absBigInt(r.num) * scale;
  let units = scaled / r.den;
  if (2n * (scaled - units * r.den) >= r.den) units += 1n;
  const digits = units.toString().padStart(places + 1, '0');
  const sign = r.num < 0n && units !== 0n ? '-' : '';
  if (places === 0) return sign + digits;
  return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

// Thousands separators: space, no-break space (U+00A0, what Excel and Intl sv-SE print) and
// narrow no-break space (U+202F). Groups must be three digits so "1 23" is refused, not read as 123.
const GROUPED_INTEGER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+`;
const DECIMAL_PATTERN = new RegExp(String.raw`^([+-]?)(${GROUPED_INTEGER}|\d+)(?:[.,](\d+))?$`);
const FRACTION_PATTERN = /^([+-]?)(\d+)\/(\d+)$/;
// U+2212 is the minus sign Intl sv-SE prints; a value copied from our own exports must read back.
const UNICODE_MINUS = /^\u2212/;

/**
 * Reads "123", "-5", "1234.5", "1234,5", "1 234,56" (space or no-break space between groups of
 * three) and "1/3". Exponents, thousands dots, letters and empty text are refused.
 * @example parseRational("1 234,5") // { ok: true, value: { num: 2469n, den: 2n } }
 */
export function parseRational(text: string): ParseRationalResult {
  const trimmed = text.trim().replace(UNICODE_MINUS, '-');
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const fraction = FRACTION_PATTERN.exec(trimmed);
  if (fraction) {
    const [, sign = '', numerator = '', denominator = ''] = fraction;
    if (BigInt(denominator) === 0n) return { ok: false, reason: 'zero_denominator' };
    return { ok: true, value: rational(BigInt(sign + numerator), BigInt(denominator)) };
  }
  const decimal = DECIMAL_PATTERN.exec(trimmed);
  if (!decimal) return { ok: false, reason: 'not_a_number' };
  const [, sign = '', integerPart = '', decimals = ''] = decimal;
  const digits = integerPart.replace(/[ \u00a0\u202f]/g, '') + decimals;
  return { ok: true, value: rational(BigInt(sign + digits), 10n ** BigInt(decimals.length)) };
}
