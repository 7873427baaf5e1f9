import type { Rational } from '../rational';

// The input every government-report table is built from, whichever way the answers came: a grant's
// stored form and its submitted reports (services/government-report), or the questionnaire and
// answers files of the CLI (questionnaire-file.ts). Both are mapped into these shapes, so the
// tables of the product and of `statsbidrag report-tables` come from the same functions.

/** The question types a table is built for (the designer's kinds, docs/reporting.md). */
export type TableQuestionType =
  | 'single_choice'
  | 'multiple_choice'
  | 'yes_no_na'
  | 'scale'
  | 'number'
  | 'amount'
  | 'text'
  | 'scale_matrix'
  | 'number_matrix';

export interface LabelledItem {
  id: string;
  label: string;
}

export interface TableQuestion {
  id: string;
  type: TableQuestionType;
  /** The table's caption (the question's title). */
  title: string;
  /** Choices of a choice question, in the form's order; the free-text alternative flagged `other`. */
  choices?: (LabelledItem & { other?: boolean })[];
  /** Rows of a matrix, in the form's order. */
  rows?: LabelledItem[];
  /** Columns of a number matrix (e.g. women / men). */
  columns?: LabelledItem[];
  /** A scale's steps and the steps counted as "high" (4–5 of 1–5: i hög eller ganska hög utsträckning). */
  scale?: { min: number; max: number; high: readonly number[]; highLabel: string };
}

/**
 * One answer, already read against its question: choices as a list (one for a single choice),
 * a scale step, an exact number (kronor are whole; a number question may have decimals), matrix
 * rows, or a text.
 */
export type TableAnswer =
  | { type: 'choices'; values: readonly string[]; otherText?: string }
  | { type: 'scale'; value: number }
  | { type: 'number'; value: Rational }
  | { type: 'scale_rows'; values: Readonly<Record<string, number>> }
  | { type: 'number_rows'; values: Readonly<Record<string, Readonly<Record<string, Rational>>>> }
  | { type: 'text'; text: string };

/** One organisation's submitted report: its answers by question id (absent: not answered or hidden). */
export interface Respondent {
  recipientCode: string;
  answers: Readonly<Record<string, TableAnswer>>;
}

/** What a filter may select on: known per recipient, from the register and the report. */
export interface RespondentFacts {
  countyCode: string | null;
  sizeGroup: string | null;
  privateProviders: 'yes' | 'no' | 'not_applicable' | null;
}

export interface RespondentFilter {
  countyCode?: string;
  sizeGroup?: string;
  privateProviders?: 'yes' | 'no' | 'not_applicable';
}

/** The respondents a filter keeps (a recipient without the fact is left out when filtered on it). */
export function filterRespondents(
  respondents: readonly Respondent[],
  facts: ReadonlyMap<string, RespondentFacts>,
  filter: RespondentFilter,
): Respondent[] {
  return respondents.filter((respondent) => {
    const known = facts.get(respondent.recipientCode);
    if (filter.countyCode !== undefined && known?.countyCode !== filter.countyCode) return false;
    if (filter.sizeGroup !== undefined && known?.sizeGroup !== filter.sizeGroup) return false;
    if (
      filter.privateProviders !== undefined &&
      known?.privateProviders !== filter.privateProviders
    )
      return false;
    return true;
  });
}

/** The source line printed under every table of the report on a grant year. */
export function sourceLine(grantYear: number): string {
  return `Källa: Kommunernas återrapportering av ${grantYear} års statsbidrag.`;
}

/** Printed under a table where one organisation could give several answers. */
export const SEVERAL_ANSWERS_NOTE = 'Flera svar kunde anges';
/** The default label of a 1–5 scale's steps 4 and 5, as the reports word it. */
export const HIGH_LABEL = 'i hög eller ganska hög utsträckning';
