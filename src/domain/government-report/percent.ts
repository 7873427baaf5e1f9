// Shares as Socialstyrelsen's follow-up reports print them (docs/government-report.md): 100·count/base
// rounded half up (never half to even) with integer arithmetic only, so no float can tip a tie;
// a share that is not zero but rounds to zero prints as "<1" (a reader must not see 0 % for a
// municipality that did answer), and a base of zero has no share at all.

/** A printed share: digits with an optional decimal point ("95", "27.5"), "<1" / "<0.1", or null. */
export type PrintedShare = string | null;

/**
 * The share count/base in per cent, half up at `decimals` places (0 unless the report asks).
 * @example percentHalfUp(44, 160) // "28" (27.5 rounds up)
 * @example percentHalfUp(122, 166) // "73" (73.49 is not first rounded to 73.5)
 * @example percentHalfUp(1, 290) // "<1"
 * @example percentHalfUp(1, 3, 1) // "33.3"
 */
export function percentHalfUp(
  count: number | bigint,
  base: number | bigint,
  decimals = 0,
): PrintedShare {
  const c = BigInt(count);
  const b = BigInt(base);
  if (b <= 0n) return null;
  if (c < 0n) throw new RangeError('a count is never negative');
  const scale = 10n ** BigInt(decimals);
  // floor(100·scale·c/b + 1/2) = floor((200·scale·c + b) / 2b), all in integers.
  const scaled = (200n * scale * c + b) / (2n * b);
  if (scaled === 0n && c > 0n) return decimals === 0 ? '<1' : `<${decimalText(1n, scale)}`;
  return decimalText(scaled, scale);
}

function decimalText(scaled: bigint, scale: bigint): string {
  if (scale === 1n) return scaled.toString();
  const places = scale.toString().length - 1;
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, '0');
  return `${whole}.${fraction}`;
}

/**
 * A printed share in Swedish: decimal comma, and "<1" as it is.
 * @example shareSv("27.5") // "27,5"
 */
export function shareSv(share: PrintedShare): string {
  return share === null ? '–' : share.replace('.', ',');
}

/**
 * An integer in Swedish number format: groups of three digits separated by a no-break space.
 * @example integerSv(60207927n) // "60 207 927"
 */
export function integerSv(value: number | bigint): string {
  const text = BigInt(value).toString();
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return negative ? `\u2212${grouped}` : grouped;
}
