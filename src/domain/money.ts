import { isInteger, parseRational } from './rational';

/**
 * Formatting and parsing of whole kronor. Used by the browser too, so only `Intl` is used here,
 * never a Node API. Formatting starts from exact values (bigint, or a decimal string that Intl
 * reads exactly) so a displayed amount is never a float's approximation.
 */
export type Locale = 'sv' | 'en';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

const kronorFormats = new Map<Locale, Intl.NumberFormat>();

function kronorFormat(locale: Locale): Intl.NumberFormat {
  let format = kronorFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 });
    kronorFormats.set(locale, format);
  }
  return format;
}

/**
 * @example formatKronor(3998500000n, 'sv') // "3 998 500 000 kr" (no-break spaces)
 * @example formatKronor(3998500000n, 'en') // "3,998,500,000 kr"
 */
export function formatKronor(kr: bigint | number, locale: Locale): string {
  return `${kronorFormat(locale).format(kr)}\u00a0kr`;
}

/**
 * Formats a percentage given as an exact decimal string ("2.5" means 2.5 %), rounded half away
 * from zero to `decimals` places.
 * @example formatPercent("2.5", 'sv', 1) // "2,5 %"
 * @example formatPercent("2.5", 'en', 1) // "2.5%"
 */
export function formatPercent(decimalString: string, locale: Locale, decimals: number): string {
  const formatted = formatDecimal(decimalString, locale, decimals);
  return locale === 'sv' ? `${formatted}\u00a0%` : `${formatted}%`;
}

/**
 * Formats an exact decimal string ("1234.5678") with `decimals` places, half away from zero.
 * @example formatDecimal("1234.5678", 'sv', 2) // "1 234,57"
 */
export function formatDecimal(decimalString: string, locale: Locale, decimals: number): string {
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    roundingMode: 'halfExpand',
  });
  // Intl reads a numeric string exactly (Intl.NumberFormat v3), so no float is involved. The
  // TypeScript DOM types still only list number | bigint, hence the documented string cast.
  return format.format(decimalString as unknown as number);
}

export type ParseWholeKronorResult =
  | { ok: true; value: bigint }
  | { ok: false; reason: 'empty' | 'not_a_number' | 'not_whole_kronor' };

// Exports from spreadsheets often carry a unit ("1 310 223 kr") or zero decimals ("1310223,00").
const KRONOR_SUFFIX = /\s*kr\.?$/i;

/**
 * Reads a whole-kronor amount: "1 310 223", "1310223", "1 310 223 kr", "1310223,00", "-5".
 * Decimals other than zeros are refused: an amount in öre is not silently rounded.
 * @example parseWholeKronor("1 310 223") // { ok: true, value: 1310223n }
 */
export function parseWholeKronor(text: string): ParseWholeKronorResult {
  const parsed = parseRational(text.trim().replace(KRONOR_SUFFIX, ''));
  if (!parsed.ok)
    return { ok: false, reason: parsed.reason === 'empty' ? 'empty' : 'not_a_number' };
  if (!isInteger(parsed.value)) return { ok: false, reason: 'not_whole_kronor' };
  return { ok: true, value: parsed.value.num };
}
