import type { PaymentIssueCode } from './issue-messages';
import { DomainError } from '../errors';
import type { Issue } from '../issues';
import { hasValidLuhnCheckDigit, luhnCheckDigit } from './luhn';

/**
 * OCR payment references ("OCR-referensnummer") for payments to a bankgiro number, as Bankgirot
 * specifies them (Bankgiro Inbetalningar, technical manual, "OCR-referenskontroll"):
 *
 * - 2–25 digits, nothing else; the LAST digit is a Luhn (mod 10) check digit over all the others.
 * - Optionally the NEXT-TO-LAST digit is a length digit: the length of the whole reference, check
 *   and length digits included, modulo 10 (a 12-digit reference has length digit 2).
 *
 * Which check the banks apply is part of the payee's agreement with Bankgirot:
 * - soft ("mjuk kontroll"): the internet bank warns about a wrong check digit but lets it through;
 * - hard ("hård kontroll"): a reference with a wrong check digit is refused;
 * - hard with variable length: as hard, and the length digit must be right as well;
 * - hard with fixed length: as hard, and the reference must have one or two agreed lengths.
 * `isValidOcrReference` is the hard check, with the length digit when `withLengthDigit` is set.
 * Fixed lengths are not modelled: no grant here needs them, and they would be one more setting.
 *
 * Cross-checked against the published examples of barsoom/banktools-se (MIT, which cites
 * Bankgirot's manual BG6070 section 5.2): "123" → "1230", and with a length digit "123" →
 * "12351", "1234567890" → "123456789023".
 */
export interface OcrOptions {
  /** Put (or require) a length digit before the check digit: variable-length hard check. */
  withLengthDigit: boolean;
}

export const OCR_MAX_LENGTH = 25;

export type OcrValidation = { ok: true; value: string } | { ok: false; issue: Issue };

function minimumLength(options: OcrOptions): number {
  return options.withLengthDigit ? 3 : 2;
}

/**
 * A reference made of `base` (the payer's or demand's number) followed by the length digit when
 * asked for, and the check digit. Leading zeros of a string base are kept.
 * Throws `DomainError('ocr.invalid_base')` when `base` is not digits (a bigint must be ≥ 0) or the
 * reference would be longer than 25 digits.
 * @example createOcrReference('123', { withLengthDigit: false }) // '1230'
 * @example createOcrReference(123n, { withLengthDigit: true }) // '12351'
 */
export function createOcrReference(base: string | bigint, options: OcrOptions): string {
  const digits = typeof base === 'bigint' ? base.toString() : base;
  const length = digits.length + (options.withLengthDigit ? 2 : 1);
  if (!/^\d+$/.test(digits) || length > OCR_MAX_LENGTH)
    throw new DomainError('ocr.invalid_base', { value: digits });
  const payload = options.withLengthDigit ? `${digits}${length % 10}` : digits;
  return `${payload}${luhnCheckDigit(payload)}`;
}

/**
 * The hard check of an OCR reference, with the length digit when `withLengthDigit` is set.
 * Spaces are ignored (references are often printed in groups); the value returned has none.
 * @example validateOcrReference('1234 5678 9023', { withLengthDigit: true }) // { ok: true, value: '123456789023' }
 */
export function validateOcrReference(text: string, options: OcrOptions): OcrValidation {
  const digits = text.replace(/\s+/g, '');
  const fail = (
    code: PaymentIssueCode,
    extra: Record<string, string | number> = {},
  ): OcrValidation => ({
    ok: false,
    issue: { code, params: { value: text, ...extra } },
  });
  const min = minimumLength(options);
  if (!/^\d+$/.test(digits) || digits.length < min || digits.length > OCR_MAX_LENGTH)
    return fail('ocr.invalid_format', { minLength: min });
  if (!hasValidLuhnCheckDigit(digits)) return fail('ocr.check_digit');
  if (options.withLengthDigit) {
    const expected = digits.length % 10;
    if (Number(digits.at(-2)) !== expected) return fail('ocr.length_digit', { expected });
  }
  return { ok: true, value: digits };
}

/**
 * @example isValidOcrReference('1230', { withLengthDigit: false }) // true
 * @example isValidOcrReference('1231', { withLengthDigit: false }) // false
 * @example isValidOcrReference('12369', { withLengthDigit: true }) // false: 5 digits, length digit 6
 */
export function isValidOcrReference(text: string, options: OcrOptions): boolean {
  return validateOcrReference(text, options).ok;
}
