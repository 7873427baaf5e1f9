// A grant's stored follow-up form (src/domain/reporting/form-model.ts) and its submitted reports
// mapped into the table-building input: the economic part's private-provider questions and every
// survey question, with the answers as SurveyJS keeps them (the free text of the "other" item under
// `<name>-Comment`, matrix cells as strings).
import {
  PRIVATE_SHARE_BANDS,
  questionKind,
  surveyQuestions,
  YES_NO_NA,
  type FormDefinition,
  type SurveyElement,
} from '../reporting/form-model';
import { parseRational, type Rational } from '../rational';
import { HIGH_LABEL, type Respondent, type TableAnswer, type TableQuestion } from './model';

/** The economic part's questions, by the ids the questionnaire uses (seed 000 Tabell 3). */
export const PRIVATE_PROVIDERS_QUESTION = 'private_providers_shared';
export const PRIVATE_SHARE_BAND_QUESTION = 'private_providers_share_band';

const YES_NO_NA_LABELS: Record<(typeof YES_NO_NA)[number], string> = {
  yes: 'Ja',
  no: 'Nej',
  not_applicable: 'Inte aktuellt',
};
const BAND_LABELS: Record<(typeof PRIVATE_SHARE_BANDS)[number], string> = {
  band_1_19: '1–19 %',
  band_20_49: '20–49 %',
  band_50_99: '50–99 %',
  band_100: '100 %',
};
/** SurveyJS's free-text item and where it keeps the text. */
const OTHER = 'other';
const OTHER_LABEL = 'Annat';

/** The steps counted as high: the top two of a scale of five or more steps, else the top one. */
function highSteps(min: number, max: number): number[] {
  return max - min >= 4 ? [max - 1, max] : [max];
}

function surveyQuestion(element: SurveyElement): TableQuestion | null {
  const kind = questionKind(element);
  // The report keeps the published wording where the form asks one organisation in its own words.
  const base = { id: element.name, title: element.reportTitle ?? element.title ?? element.name };
  const items = (list: { value: string; text: string }[] | undefined) =>
    (list ?? []).map((item) => ({ id: String(item.value), label: item.text }));
  switch (kind) {
    case 'single_choice':
    case 'multiple_choice':
    case 'yes_no_na':
      return {
        ...base,
        type: kind,
        choices: [
          ...items(element.choices),
          ...(element.showOtherItem
            ? [{ id: OTHER, label: element.otherText ?? OTHER_LABEL, other: true }]
            : []),
        ],
      };
    case 'scale_1_5': {
      const min = element.rateMin ?? 1;
      const max = element.rateMax ?? 5;
      return {
        ...base,
        type: 'scale',
        scale: { min, max, high: highSteps(min, max), highLabel: HIGH_LABEL },
      };
    }
    case 'scale_matrix': {
      const steps = (element.columns ?? [])
        .map((c) => Number((c as { value?: unknown }).value))
        .filter(Number.isInteger);
      const min = Math.min(...steps);
      const max = Math.max(...steps);
      return {
        ...base,
        type: 'scale_matrix',
        rows: items(element.rows),
        scale: { min, max, high: highSteps(min, max), highLabel: HIGH_LABEL },
      };
    }
    case 'number_matrix':
      return {
        ...base,
        type: 'number_matrix',
        rows: items(element.rows),
        columns: (element.columns ?? []).map((c) => {
          const column = c as { name: string; title?: string };
          return { id: column.name, label: column.title ?? column.name };
        }),
      };
    case 'number':
    case 'amount':
    case 'text':
      return { ...base, type: kind };
    case undefined:
      return null;
  }
}

/** Every question of a form that has a table: the economic part's, then the survey's in order. */
export function formTableQuestions(definition: FormDefinition): TableQuestion[] {
  const economic: TableQuestion[] = definition.economic.askPrivateProviders
    ? [
        {
          id: PRIVATE_PROVIDERS_QUESTION,
          type: 'yes_no_na',
          title: 'Har enskilda utförare tagit del av statsbidraget?',
          choices: YES_NO_NA.map((id) => ({ id, label: YES_NO_NA_LABELS[id] })),
        },
        {
          id: PRIVATE_SHARE_BAND_QUESTION,
          type: 'single_choice',
          title: 'Hur stor del av bidraget har fördelats till enskilda utförare?',
          choices: PRIVATE_SHARE_BANDS.map((id) => ({ id, label: BAND_LABELS[id] })),
        },
      ]
    : [];
  // A survey question may not take an economic question's id (its answers are the economic part's).
  const taken = new Set(economic.map((q) => q.id));
  const survey = surveyQuestions(definition.survey)
    .map(({ element }) => surveyQuestion(element))
    .filter((q): q is TableQuestion => q !== null && !taken.has(q.id));
  return [...economic, ...survey];
}

/** A stored report's content, as far as the tables need it. */
export interface StoredReportAnswers {
  recipientCode: string;
  privateProviders: string | null;
  privateShareBand: string | null;
  answers: Readonly<Record<string, unknown>>;
}

function exactNumber(value: unknown): Rational | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const parsed = parseRational(String(value));
    return parsed.ok ? parsed.value : null;
  }
  if (typeof value === 'string') {
    const parsed = parseRational(value);
    return parsed.ok ? parsed.value : null;
  }
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One answer read against its question; anything not of the question's shape counts as unanswered. */
function tableAnswer(
  question: TableQuestion,
  value: unknown,
  comment: unknown,
): TableAnswer | null {
  switch (question.type) {
    case 'single_choice':
    case 'yes_no_na':
    case 'multiple_choice': {
      const values = Array.isArray(value) ? value : [value];
      const chosen = values.filter((v): v is string => typeof v === 'string');
      if (chosen.length === 0) return null;
      return typeof comment === 'string' && chosen.includes(OTHER)
        ? { type: 'choices', values: chosen, otherText: comment }
        : { type: 'choices', values: chosen };
    }
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) ? { type: 'scale', value } : null;
    case 'scale_matrix': {
      if (!isRecord(value)) return null;
      const values: Record<string, number> = {};
      for (const [row, cell] of Object.entries(value)) {
        const step = Number(cell);
        if (Number.isInteger(step)) values[row] = step;
      }
      return { type: 'scale_rows', values };
    }
    case 'number':
    case 'amount': {
      const number = exactNumber(value);
      return number ? { type: 'number', value: number } : null;
    }
    case 'number_matrix': {
      if (!isRecord(value)) return null;
      const values: Record<string, Record<string, Rational>> = {};
      for (const [row, cells] of Object.entries(value)) {
        if (!isRecord(cells)) continue;
        const read: Record<string, Rational> = {};
        for (const [column, cell] of Object.entries(cells)) {
          const number = exactNumber(cell);
          if (number) read[column] = number;
        }
        values[row] = read;
      }
      return { type: 'number_rows', values };
    }
    case 'text':
      return typeof value === 'string' ? { type: 'text', text: value } : null;
  }
}

/** A submitted report as a respondent of the tables of `questions`. */
export function storedRespondent(
  questions: readonly TableQuestion[],
  report: StoredReportAnswers,
): Respondent {
  const answers: Record<string, TableAnswer> = {};
  for (const question of questions) {
    const value =
      question.id === PRIVATE_PROVIDERS_QUESTION
        ? report.privateProviders
        : question.id === PRIVATE_SHARE_BAND_QUESTION
          ? report.privateShareBand
          : report.answers[question.id];
    if (value === null || value === undefined) continue;
    const answer = tableAnswer(question, value, report.answers[`${question.id}-Comment`]);
    if (answer) answers[question.id] = answer;
  }
  return { recipientCode: report.recipientCode, answers };
}
