// Shares as a person types and reads them in a form: "12,5 %", "100/3". Both formula forms
// (allocation components, performance pools and thresholds) read and write them the same way, so
// a share survives the round trip through model.json exactly.
import type { Locale } from './money';
import {
  compare,
  div,
  fromBigInt,
  mul,
  parseRational,
  toCanonicalString,
  toDecimalString,
  ZERO,
  type Rational,
} from './rational';

const HUNDRED = fromBigInt(100n);

export type PercentInputIssue = 'required' | 'not_a_number' | 'percent_out_of_range';

/** A per cent typed in a form ("12,5", "12,5 %", "100/3") as a fraction over 0 and at most 1. */
export function readPercentInput(text: string): Rational | PercentInputIssue {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return 'required';
  const parsed = parseRational(trimmed);
  if (!parsed.ok) return 'not_a_number';
  if (compare(parsed.value, ZERO) <= 0 || compare(parsed.value, HUNDRED) > 0)
    return 'percent_out_of_range';
  return div(parsed.value, HUNDRED);
}

/**
 * A fraction as the per cent a person writes ("12,5" in Swedish), exactly: a share that is not a
 * finite decimal (1/3 of the total) stays a fraction, "100/3".
 */
export function percentInputText(fraction: Rational, locale: Locale): string {
  const percent = mul(fraction, HUNDRED);
  let den = percent.den;
  let twos = 0;
  let fives = 0;
  for (; den % 2n === 0n; twos++) den /= 2n;
  for (; den % 5n === 0n; fives++) den /= 5n;
  if (den !== 1n) return toCanonicalString(percent);
  const decimal = toDecimalString(percent, Math.max(twos, fives));
  return locale === 'sv' ? decimal.replace('.', ',') : decimal;
}
