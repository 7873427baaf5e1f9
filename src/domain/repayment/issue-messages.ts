import { describeIssueMessage, type Issue, type IssueParams } from '../issues';
import { formatKronor, type Locale } from '../money';

interface IssueMessage {
  sv: (params: IssueParams) => string;
  en: (params: IssueParams) => string;
}

function text(params: IssueParams, key: string): string {
  return String(params[key] ?? '');
}

function kronor(params: IssueParams, key: string, locale: Locale): string {
  const value = text(params, key);
  return /^-?\d+$/.test(value) ? formatKronor(BigInt(value), locale) : `${value} kr`;
}

/**
 * The issue and DomainError codes of repayments (återbetalning), with their Swedish and English
 * sentences. Codes shared with other imports (`cell.*`, `recipient.*`, `table.*`) live in
 * `issues.ts`; `describeRepaymentIssueMessage` falls back to them.
 */
export const REPAYMENT_ISSUE_MESSAGES = {
  /** A recipient reports having used more than it received. Params: usedKr, receivedKr (recipientCode as a DomainError). */
  'repayment.used_exceeds_received': {
    sv: (p) =>
      `Använt belopp ${kronor(p, 'usedKr', 'sv')} är större än mottaget belopp ${kronor(p, 'receivedKr', 'sv')}.`,
    en: (p) =>
      `The amount used, ${kronor(p, 'usedKr', 'en')}, is more than the amount received, ${kronor(p, 'receivedKr', 'en')}.`,
  },
  /** DomainError: a received or used amount is negative. Params: recipientCode, field, value. */
  'repayment.negative_amount': {
    sv: (p) =>
      `Mottagaren ${text(p, 'recipientCode')} har ett negativt belopp i ${text(p, 'field')} (${text(p, 'value')}).`,
    en: (p) =>
      `The recipient ${text(p, 'recipientCode')} has a negative amount in ${text(p, 'field')} (${text(p, 'value')}).`,
  },
  /** DomainError: the same recipient is reported twice. Params: recipientCode. */
  'repayment.duplicate_recipient': {
    sv: (p) => `Mottagaren ${text(p, 'recipientCode')} förekommer två gånger.`,
    en: (p) => `The recipient ${text(p, 'recipientCode')} appears twice.`,
  },
  /** DomainError: the waiver threshold is negative. Params: value. */
  'repayment.negative_waiver_threshold': {
    sv: (p) =>
      `Gränsen för efterskänkning är negativ (${text(p, 'value')}); den måste vara 0 eller större.`,
    en: (p) => `The waiver threshold is negative (${text(p, 'value')}); it must be 0 or more.`,
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
