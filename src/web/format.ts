// Number and date formatting for the UI. Amounts arrive as whole kronor (JSON integers) and shares
// and quotas as exact decimal or rational strings; Intl formats them without a detour through
// floating point where the value is a string (Intl.NumberFormat v3 takes decimal strings exactly).
// Kronor and percentages use the domain's own formatters, so the UI, the exports and the CLI agree.
import {
  formatKronor as formatKronorIn,
  formatPercent as formatPercentIn,
  parseWholeKronor,
} from '../domain/money';
import { figureValueText } from '../domain/performance/figure-values';
import { parseRational as parseExactRational } from '../domain/rational';

export type Locale = 'sv-SE' | 'en-GB';
const language = (locale: Locale) => (locale === 'sv-SE' ? 'sv' : 'en');

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** `350000000` → `350 000 000 kr` (sv-SE: no-break space grouping, U+2212 minus). */
export function formatKronor(kr: number | bigint, locale: Locale): string {
  return formatKronorIn(kr, language(locale));
}

/** An exact decimal string of kronor (`"1310223.4567"`) with a fixed number of decimals. */
export function formatDecimalKronor(decimal: string, locale: Locale, decimals: number): string {
  return `${formatDecimal(decimal, locale, decimals)}\u00a0kr`;
}

/** `"2.5"` (a percentage, not a fraction) → `2,5 %`. */
export function formatPercent(decimal: string, locale: Locale, decimals: number): string {
  return formatPercentIn(decimal, language(locale), decimals);
}

export function formatDecimal(decimal: string, locale: Locale, decimals: number): string {
  return numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(asNumericLiteral(decimal));
}

/**
 * A reported figure as stored (`"1200"`, `"2469/2"`, `"1/3"`) the way the app shows numbers
 * (sv-SE `1 200`, `1 234,5`; en-GB `1,200`, `1,234.5`), exactly: a value with a finite decimal
 * shows all its decimals, one without (`1/3`) stays a fraction of grouped integers.
 */
export function formatFigureValue(stored: string, locale: Locale): string {
  const parsed = parseExactRational(stored);
  if (!parsed.ok) return stored;
  const decimal = figureValueText(parsed.value);
  const places = decimal.split('.')[1]?.length ?? 0;
  if (!decimal.includes('/') && places <= MAX_FIGURE_DECIMALS)
    return formatDecimal(decimal, locale, places);
  const { num, den } = parsed.value;
  return `${formatDecimal(num.toString(), locale, 0)}/${formatDecimal(den.toString(), locale, 0)}`;
}
// Intl takes at most 100 fraction digits; a figure with more is shown as its fraction.
const MAX_FIGURE_DECIMALS = 20;

/**
 * An exact rational as the API sends it (`"12"`, `"1234.5"`, `"6726959/41991440"`) as a decimal
 * string rounded half up to `decimals` places, for display only.
 */
export function rationalToDecimal(rational: string, decimals: number): string {
  const parsed = parseRational(rational);
  if (!parsed) return rational;
  const { numerator, denominator } = parsed;
  const negative = numerator < 0n;
  const scale = 10n ** BigInt(decimals);
  const absolute = negative ? -numerator : numerator;
  const scaled = (absolute * scale * 2n + denominator) / (denominator * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, '0');
  const digits = decimals > 0 ? `${whole}.${fraction}` : `${whole}`;
  return negative && scaled !== 0n ? `-${digits}` : digits;
}

function parseRational(text: string): { numerator: bigint; denominator: bigint } | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:\/(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, sign = '', whole = '0', fraction = '', over] = match;
  let numerator = BigInt(whole + fraction);
  let denominator = 10n ** BigInt(fraction.length);
  if (over !== undefined) denominator *= BigInt(over);
  if (denominator === 0n) return undefined;
  if (sign === '-') numerator = -numerator;
  return { numerator, denominator };
}

type NumericLiteral = `${number}`;
function asNumericLiteral(decimal: string): NumericLiteral | number {
  // Intl accepts decimal strings exactly; anything else (never expected) falls back to NaN.
  return isNumericLiteral(decimal) ? decimal : Number.NaN;
}
function isNumericLiteral(text: string): text is NumericLiteral {
  return /^-?\d+(\.\d+)?$/.test(text);
}

/** A calendar date `YYYY-MM-DD`: sv-SE shows it as is, en-GB as `15 March 2024`. */
export function formatDate(localDate: string, locale: Locale): string {
  const [year, month, day] = localDate.split('-').map(Number);
  if (!year || !month || !day) return localDate;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: locale === 'sv-SE' ? 'short' : 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant (ISO `…Z`) shown in Europe/Stockholm, where the agency works. */
export function formatInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: locale === 'sv-SE' ? 'short' : 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(date);
}

/**
 * What a person types as whole kronor, read by the domain's parser (parseWholeKronor: "1 000",
 * "1 000 kr", "1000,00"; never "1e3"): the amount as the API's JSON number, or undefined when it
 * is not whole kronor, is negative or is beyond what a JSON number carries exactly.
 */
export function wholeKronorInput(text: string): number | undefined {
  const parsed = parseWholeKronor(text);
  if (!parsed.ok || parsed.value < 0n || parsed.value > MAX_EXACT_KRONOR) return undefined;
  return Number(parsed.value); // a checked bigint below 2^53, so exact
}
const MAX_EXACT_KRONOR = BigInt(Number.MAX_SAFE_INTEGER);
