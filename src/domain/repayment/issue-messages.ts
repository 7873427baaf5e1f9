import {
  describeIssueMessage,
  type Issue,
  type IssueMessage,
  paramText,
  paramKronor,
} from '../issues';
import type { Locale } from '../money';

/** The amount a negative figure is in, in words (the code names it `received` or `used`). */
const AMOUNT_WORDS: Record<Locale, Record<string, string>> = {
  sv: { received: 'mottaget belopp', used: 'använt belopp' },
  en: { received: 'amount received', used: 'amount used' },
};

/**
 * The issue and DomainError codes of repayments (återbetalning), with their Swedish and English
 * sentences. Codes shared with other imports (`cell.*`, `recipient.*`, `table.*`) live in
 * `issues.ts`; `describeRepaymentIssueMessage` falls back to them.
 */
export const REPAYMENT_ISSUE_MESSAGES = {
  /** A recipient reports having used more than it received. Params: usedKr, receivedKr (recipientCode as a DomainError). */
  'repayment.used_exceeds_received': {
    sv: (p) =>
      `Använt belopp ${paramKronor(p, 'usedKr', 'sv')} är större än mottaget belopp ${paramKronor(p, 'receivedKr', 'sv')}.`,
    en: (p) =>
      `The amount used, ${paramKronor(p, 'usedKr', 'en')}, is more than the amount received, ${paramKronor(p, 'receivedKr', 'en')}.`,
  },
  /** DomainError: a received or used amount is negative. Params: recipientCode, field, value. */
  'repayment.negative_amount': {
    sv: (p) =>
      `Mottagaren ${paramText(p, 'recipientCode')} har ett negativt ${AMOUNT_WORDS.sv[String(p.field)] ?? 'belopp'} (${paramKronor(p, 'value', 'sv')}).`,
    en: (p) =>
      `The recipient ${paramText(p, 'recipientCode')} has a negative ${AMOUNT_WORDS.en[String(p.field)] ?? 'amount'} (${paramKronor(p, 'value', 'en')}).`,
  },
  /** DomainError: the same recipient is reported twice. Params: recipientCode. */
  'repayment.duplicate_recipient': {
    sv: (p) => `Mottagaren ${paramText(p, 'recipientCode')} förekommer två gånger.`,
    en: (p) => `The recipient ${paramText(p, 'recipientCode')} appears twice.`,
  },
  /** DomainError: the waiver threshold is negative. Params: value. */
  'repayment.negative_waiver_threshold': {
    sv: (p) =>
      `Gränsen för efterskänkning är negativ (${paramText(p, 'value')}); den måste vara 0 eller större.`,
    en: (p) => `The waiver threshold is negative (${paramText(p, 'value')}); it must be 0 or more.`,
  },
} satisfies Record<string, IssueMessage>;

export type RepaymentIssueCode = keyof typeof REPAYMENT_ISSUE_MESSAGES;

function isRepaymentIssueCode(code: string): code is RepaymentIssueCode {
  return Object.hasOwn(REPAYMENT_ISSUE_MESSAGES, code);
}

/** The sentence of a repayment issue, or of any shared code, without its location. */
export function describeRepaymentIssueMessage(
  issue: Pick<Issue, 'code' | 'params'>,
  locale: Locale,
): string {
  if (isRepaymentIssueCode(issue.code))
    return REPAYMENT_ISSUE_MESSAGES[issue.code][locale](issue.params);
  return describeIssueMessage(issue, locale);
}
