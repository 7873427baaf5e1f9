// The CLI's input (`statsbidrag report-tables`): the questionnaire JSON and the answers JSONL in the
// formats of reference/elderly_care_2024_followup_questionnaire.json and
// reference/elderly_care_2024_followup_answers.jsonl, mapped into the same table-building input as
// a grant's stored form and reports. Every bad line is an issue naming the line; nothing is built
// from a file with one.
import { z } from 'zod';
import type { Issue } from '../issues';
import { fromBigInt } from '../rational';
import { HIGH_LABEL, type Respondent, type TableAnswer, type TableQuestion } from './model';

const Item = z.object({ id: z.string().min(1), label_sv: z.string() });
const Scale = z.object({
  min: z.number().int(),
  max: z.number().int(),
  reported_as: z.object({ values: z.array(z.number().int()), label_sv: z.string() }).optional(),
});
const QuestionSchema = z.object({
  id: z.string().min(1),
  type: z.enum([
    'single_choice',
    'multiple_choice',
    'yes_no_na',
    'scale_1_5',
    'number',
    'amount',
    'text',
    'matrix',
  ]),
  text_sv: z.string(),
  choices: z.array(Item.extend({ free_text: z.boolean().optional() })).optional(),
  rows: z.array(Item).optional(),
  scale: Scale.optional(),
});
export const QuestionnaireFileSchema = z.object({
  grant: z.object({ year: z.number().int() }).optional(),
  questions: z.array(QuestionSchema).min(1),
});

type QuestionnaireQuestion = z.infer<typeof QuestionSchema>;

export interface Questionnaire {
  grantYear: number | null;
  questions: TableQuestion[];
}

/** The questionnaire's questions as table questions; issues when it is not the expected JSON. */
export function readQuestionnaire(
  value: unknown,
): { ok: true; questionnaire: Questionnaire } | { ok: false; issues: Issue[] } {
  const parsed = QuestionnaireFileSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code: 'government_report.bad_questionnaire',
        params: { detail: issue.message },
      })),
    };
  return {
    ok: true,
    questionnaire: {
      grantYear: parsed.data.grant?.year ?? null,
      questions: parsed.data.questions.map(tableQuestion),
    },
  };
}

function tableQuestion(q: QuestionnaireQuestion): TableQuestion {
  const base = { id: q.id, title: q.text_sv };
  const scale = {
    min: q.scale?.min ?? 1,
    max: q.scale?.max ?? 5,
    high: q.scale?.reported_as?.values ?? [4, 5],
    highLabel: q.scale?.reported_as?.label_sv ?? HIGH_LABEL,
  };
  const choices = (q.choices ?? []).map((c) => ({
    id: c.id,
    label: c.label_sv,
    ...(c.free_text && { other: true }),
  }));
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'yes_no_na':
      return { ...base, type: q.type, choices };
    case 'scale_1_5':
      return { ...base, type: 'scale', scale };
    case 'matrix':
      return {
        ...base,
        type: 'scale_matrix',
        rows: (q.rows ?? []).map((r) => ({ id: r.id, label: r.label_sv })),
        scale,
      };
    case 'number':
    case 'amount':
    case 'text':
      return { ...base, type: q.type };
  }
}

const OTHER_TEXT = '_other_text';
const LineSchema = z.object({
  kommunkod: z.string().min(1),
  answers: z.record(z.string(), z.unknown()),
});

/**
 * Every line of the answers file (one JSON object a line; blank lines skipped) read against the
 * questionnaire. Issues carry the 1-based line number in `row`.
 */
export function readAnswersLines(
  text: string,
  questions: readonly TableQuestion[],
): { ok: true; respondents: Respondent[] } | { ok: false; issues: Issue[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const issues: Issue[] = [];
  const respondents: Respondent[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const row = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    const line = LineSchema.safeParse(json);
    if (!line.success) {
      issues.push({ row, code: 'government_report.malformed_line', params: {} });
      return;
    }
    const code = line.data.kommunkod;
    if (seen.has(code)) {
      issues.push({
        row,
        code: 'government_report.duplicate_recipient',
        params: { recipientCode: code },
      });
      return;
    }
    seen.add(code);
    const lineIssues: Issue[] = [];
    const answers = readAnswers(line.data.answers, byId, (code, params) =>
      lineIssues.push({ row, code, params }),
    );
    issues.push(...lineIssues);
    if (lineIssues.length === 0) respondents.push({ recipientCode: code, answers });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, respondents };
}

type Report = (
  code:
    | 'government_report.unknown_question'
    | 'government_report.unknown_choice'
    | 'government_report.wrong_answer_type',
  params: Record<string, string>,
) => void;

const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

function readAnswers(
  given: Record<string, unknown>,
  byId: ReadonlyMap<string, TableQuestion>,
  report: Report,
): Record<string, TableAnswer> {
  const answers: Record<string, TableAnswer> = {};
  const otherTexts = new Map<string, string>();
  for (const [key, value] of Object.entries(given)) {
    if (key.endsWith(OTHER_TEXT) && !byId.has(key)) {
      const question = key.slice(0, -OTHER_TEXT.length);
      if (!byId.get(question)?.choices?.some((c) => c.other))
        report('government_report.unknown_question', { question: key });
      else if (typeof value !== 'string')
        report('government_report.wrong_answer_type', { question: key, expected: 'text' });
      else otherTexts.set(question, value);
      continue;
    }
    const question = byId.get(key);
    if (!question) {
      report('government_report.unknown_question', { question: key });
      continue;
    }
    const answer = readAnswer(question, value, report);
    if (answer) answers[key] = answer;
  }
  for (const [question, text] of otherTexts) {
    const answer = answers[question];
    if (answer?.type === 'choices') answers[question] = { ...answer, otherText: text };
  }
  return answers;
}

function readAnswer(q: TableQuestion, value: unknown, report: Report): TableAnswer | undefined {
  const wrong = (expected: string) => {
    report('government_report.wrong_answer_type', { question: q.id, expected });
    return undefined;
  };
  const knownChoice = (choice: string) => {
    if (q.choices?.some((c) => c.id === choice)) return true;
    report('government_report.unknown_choice', { question: q.id, choice });
    return false;
  };
  const inScale = (v: unknown) =>
    isInteger(v) && v >= (q.scale?.min ?? 1) && v <= (q.scale?.max ?? 5);
  switch (q.type) {
    case 'single_choice':
    case 'yes_no_na':
      if (typeof value !== 'string') return wrong('choice');
      return knownChoice(value) ? { type: 'choices', values: [value] } : undefined;
    case 'multiple_choice': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        return wrong('choices');
      const values = value as string[];
      return values.map(knownChoice).every(Boolean) ? { type: 'choices', values } : undefined;
    }
    case 'scale':
      return inScale(value) ? { type: 'scale', value: value as number } : wrong('scale');
    case 'scale_matrix': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong('rows');
      const values: Record<string, number> = {};
      let ok = true;
      for (const [rowId, step] of Object.entries(value)) {
        if (!q.rows?.some((r) => r.id === rowId)) {
          report('government_report.unknown_choice', { question: q.id, choice: rowId });
          ok = false;
        } else if (!inScale(step)) {
          wrong('rows');
          ok = false;
        } else values[rowId] = step as number;
      }
      return ok ? { type: 'scale_rows', values } : undefined;
    }
    case 'number':
    case 'amount':
      return isInteger(value)
        ? { type: 'number', value: fromBigInt(BigInt(value)) }
        : wrong('integer');
    case 'text':
      return typeof value === 'string' ? { type: 'text', text: value } : wrong('text');
    case 'number_matrix':
      return wrong('integer');
  }
}
