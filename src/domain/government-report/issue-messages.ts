import {
  describeIssueMessage,
  paramText,
  type Issue,
  type IssueMessage,
  type IssueParams,
} from '../issues';
import type { Locale } from '../money';

/** What an answer of each type must be, for `government_report.wrong_answer_type`. */
const EXPECTED: Record<string, Record<Locale, string>> = {
  choice: { sv: 'ett svarsalternativ', en: 'one alternative' },
  choices: { sv: 'en lista med svarsalternativ', en: 'a list of alternatives' },
  scale: { sv: 'ett heltal på skalan', en: 'a whole number on the scale' },
  rows: {
    sv: 'ett heltal på skalan för varje rad',
    en: 'a whole number on the scale for each row',
  },
  integer: { sv: 'ett heltal', en: 'a whole number' },
  text: { sv: 'en text', en: 'a text' },
};

function expected(params: IssueParams, locale: Locale): string {
  return EXPECTED[paramText(params, 'expected')]?.[locale] ?? paramText(params, 'expected');
}

/**
 * The issue and DomainError codes of the report to the government (docs/government-report.md):
 * bad questionnaire or answers files of `statsbidrag report-tables`, and bad requests of its API.
 */
export const GOVERNMENT_REPORT_ISSUE_MESSAGES = {
  /** The questionnaire file is not the expected JSON. Params: detail. */
  'government_report.bad_questionnaire': {
    sv: (p) => `Frågeformuläret kan inte läsas: ${paramText(p, 'detail')}.`,
    en: (p) => `The questionnaire cannot be read: ${paramText(p, 'detail')}.`,
  },
  /** An answers line is not a JSON object `{ kommunkod, answers }`. */
  'government_report.malformed_line': {
    sv: () => 'Raden är inte ett JSON-objekt med kommunkod och svar.',
    en: () => 'The line is not a JSON object with a kommunkod and answers.',
  },
  /** The same organisation answers twice. Params: recipientCode. */
  'government_report.duplicate_recipient': {
    sv: (p) => `Kommunkoden ${paramText(p, 'recipientCode')} har redan svarat på en tidigare rad.`,
    en: (p) => `The kommunkod ${paramText(p, 'recipientCode')} has answered on an earlier line.`,
  },
  /** An answer names a question the questionnaire does not have. Params: question. */
  'government_report.unknown_question': {
    sv: (p) => `Frågan "${paramText(p, 'question')}" finns inte i frågeformuläret.`,
    en: (p) => `The question "${paramText(p, 'question')}" is not in the questionnaire.`,
  },
  /** An answer names a choice or row its question does not have. Params: question, choice. */
  'government_report.unknown_choice': {
    sv: (p) =>
      `Frågan "${paramText(p, 'question')}" har inget svarsalternativ "${paramText(p, 'choice')}".`,
    en: (p) =>
      `The question "${paramText(p, 'question')}" has no alternative "${paramText(p, 'choice')}".`,
  },
  /** An answer is not of its question's type. Params: question, expected (a key of EXPECTED). */
  'government_report.wrong_answer_type': {
    sv: (p) => `Svaret på frågan "${paramText(p, 'question')}" ska vara ${expected(p, 'sv')}.`,
    en: (p) =>
      `The answer to the question "${paramText(p, 'question')}" must be ${expected(p, 'en')}.`,
  },
  /** A joint report names too many grants, or none. Params: max. */
  'government_report.grant_count': {
    sv: (p) => `Välj mellan 1 och ${paramText(p, 'max')} statsbidrag.`,
    en: (p) => `Choose between 1 and ${paramText(p, 'max')} grants.`,
  },
  /** Open data: the grant's follow-up is not finished, so its tables are not public yet. */
  'government_report.not_public': {
    sv: () =>
      'Statsbidragets återrapportering är inte avslutad, så tabellerna är inte öppna data än.',
    en: () => "The grant's follow-up is not finished, so its tables are not open data yet.",
  },
} satisfies Record<string, IssueMessage>;

export type GovernmentReportIssueCode = keyof typeof GOVERNMENT_REPORT_ISSUE_MESSAGES;

export function describeGovernmentReportIssueMessage(issue: Issue, locale: Locale): string {
  return Object.hasOwn(GOVERNMENT_REPORT_ISSUE_MESSAGES, issue.code)
    ? GOVERNMENT_REPORT_ISSUE_MESSAGES[issue.code as GovernmentReportIssueCode][locale](
        issue.params,
      )
    : describeIssueMessage(issue, locale);
}
