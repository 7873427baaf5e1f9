import { describeIssueMessage, type Issue, type IssueMessage, paramText } from '../issues';
import type { Locale } from '../money';

/**
 * The issue and DomainError codes of payment details (bankgiro, plusgiro, OCR references), with
 * their Swedish and English sentences. Every code has the param `value`, the text as given.
 */
export const PAYMENT_ISSUE_MESSAGES = {
  /** Not 7 or 8 digits as NNN-NNNN, NNNN-NNNN or digits only. Params: value. */
  'bankgiro.invalid_format': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett bankgironummer (NNN-NNNN eller NNNN-NNNN).`,
    en: (p) => `"${paramText(p, 'value')}" is not a bankgiro number (NNN-NNNN or NNNN-NNNN).`,
  },
  /** The last digit is not the Luhn (mod 10) check digit of the others. Params: value. */
  'bankgiro.check_digit': {
    sv: (p) => `Kontrollsiffran i bankgironumret "${paramText(p, 'value')}" stämmer inte.`,
    en: (p) => `The check digit of the bankgiro number "${paramText(p, 'value')}" is wrong.`,
  },
  /** Not 2–8 digits, optionally grouped as 12 34 56-7. Params: value. */
  'plusgiro.invalid_format': {
    sv: (p) =>
      `"${paramText(p, 'value')}" är inte ett plusgironummer (2–8 siffror, t.ex. 12 34 56-7).`,
    en: (p) => `"${paramText(p, 'value')}" is not a plusgiro number (2–8 digits, e.g. 12 34 56-7).`,
  },
  /** The last digit is not the Luhn (mod 10) check digit of the others. Params: value. */
  'plusgiro.check_digit': {
    sv: (p) => `Kontrollsiffran i plusgironumret "${paramText(p, 'value')}" stämmer inte.`,
    en: (p) => `The check digit of the plusgiro number "${paramText(p, 'value')}" is wrong.`,
  },
  /** Not 2–25 digits (3–25 with a length digit). Params: value, minLength. */
  'ocr.invalid_format': {
    sv: (p) =>
      `"${paramText(p, 'value')}" är inte ett OCR-referensnummer (${paramText(p, 'minLength')}–25 siffror).`,
    en: (p) =>
      `"${paramText(p, 'value')}" is not an OCR reference (${paramText(p, 'minLength')}–25 digits).`,
  },
  /** The last digit is not the Luhn (mod 10) check digit of the others. Params: value. */
  'ocr.check_digit': {
    sv: (p) => `Kontrollsiffran i OCR-referensnumret "${paramText(p, 'value')}" stämmer inte.`,
    en: (p) => `The check digit of the OCR reference "${paramText(p, 'value')}" is wrong.`,
  },
  /** The next-to-last digit is not the length of the reference mod 10. Params: value, expected. */
  'ocr.length_digit': {
    sv: (p) =>
      `Längdsiffran i OCR-referensnumret "${paramText(p, 'value')}" stämmer inte (ska vara ${paramText(p, 'expected')}).`,
    en: (p) =>
      `The length digit of the OCR reference "${paramText(p, 'value')}" is wrong (it should be ${paramText(p, 'expected')}).`,
  },
  /** The base to make a reference from is not digits, or the reference would exceed 25 digits. Params: value. */
  'ocr.invalid_base': {
    sv: (p) =>
      `Ett OCR-referensnummer kan inte skapas av "${paramText(p, 'value')}": underlaget ska vara siffror och numret högst 25 siffror.`,
    en: (p) =>
      `An OCR reference cannot be made from "${paramText(p, 'value')}": the base must be digits and the reference at most 25 digits.`,
  },
} satisfies Record<string, IssueMessage>;

export type PaymentIssueCode = keyof typeof PAYMENT_ISSUE_MESSAGES;

function isPaymentIssueCode(code: string): code is PaymentIssueCode {
  return Object.hasOwn(PAYMENT_ISSUE_MESSAGES, code);
}

/** The sentence of a payment issue, or of any shared code, without its location. */
export function describePaymentIssueMessage(
  issue: Pick<Issue, 'code' | 'params'>,
  locale: Locale,
): string {
  if (isPaymentIssueCode(issue.code))
    return PAYMENT_ISSUE_MESSAGES[issue.code][locale](issue.params);
  return describeIssueMessage(issue, locale);
}
