// One table per question, as Socialstyrelsen's follow-up reports print them (seed 000 tables 2–7
// and annex 1; docs/government-report.md): counts and shares over the question's base, the base
// being the number who answered it (N when that is everyone who reported, n for a follow-up shown
// only to some), with "Flera svar kunde anges" where one organisation could give several answers.
import { add, ZERO, type Rational } from '../rational';
import { percentHalfUp, type PrintedShare } from './percent';
import {
  SEVERAL_ANSWERS_NOTE,
  type Respondent,
  type TableAnswer,
  type TableQuestion,
  type TableQuestionType,
} from './model';

export interface ChoiceRow {
  choiceId: string;
  label: string;
  count: number;
  percent: PrintedShare;
  /** The free-text alternative ("Annat, ange vad"). */
  other: boolean;
}

export interface ValueCount {
  value: number;
  count: number;
  percent: PrintedShare;
}

export interface ScaleMatrixRow {
  rowId: string;
  label: string;
  /** Those who rated this row. */
  base: number;
  /** Those who rated it high (4 or 5), and their share of the row's base: the published figure. */
  count: number;
  percent: PrintedShare;
  /** The full spread, one entry per scale step. */
  values: ValueCount[];
}

export interface NumberMatrixCell {
  columnId: string;
  sum: Rational;
  /** The cell's share of its row's total (e.g. the share women). */
  percent: PrintedShare;
}

export interface NumberMatrixRow {
  rowId: string;
  label: string;
  base: number;
  cells: NumberMatrixCell[];
  total: Rational;
}

export interface TextAnswer {
  recipientCode: string;
  text: string;
}

interface TableHead {
  questionId: string;
  questionType: TableQuestionType;
  title: string;
  /** N: every organisation whose report the table is built from. */
  respondents: number;
  /** Those who answered the question: the denominator of every share unless a row says otherwise. */
  base: number;
  /** "N=290" when everyone answered, else "n=249" (the reports' notation). */
  baseLabel: string;
  severalAnswers: boolean;
  /** "Flera svar kunde anges" where several answers were allowed, else null. */
  note: string | null;
}

export type QuestionTable = TableHead &
  (
    | {
        kind: 'choices';
        /** `count`: by count, most first (ties in the form's order); `form`: the form's order (yes/no, bands). */
        order: 'count' | 'form';
        rows: ChoiceRow[];
        /** What was written under the free-text alternative (never in open data). */
        otherTexts: TextAnswer[];
      }
    | {
        kind: 'scale';
        min: number;
        max: number;
        values: ValueCount[];
        high: { values: number[]; label: string; count: number; percent: PrintedShare };
      }
    | {
        kind: 'scale_matrix';
        min: number;
        max: number;
        high: { values: number[]; label: string };
        /** By the count rating it high, most first. */
        rows: ScaleMatrixRow[];
      }
    | { kind: 'sum'; sum: Rational; unit: 'kr' | null }
    | {
        kind: 'number_matrix';
        columns: { columnId: string; label: string }[];
        rows: NumberMatrixRow[];
        /** Column sums over every row, each with its share of the grand total (e.g. municipal / private). */
        totals: NumberMatrixCell[];
        total: Rational;
      }
    | { kind: 'text'; answers: TextAnswer[] }
  );

const PERCENT_BAND = /^\s*\d+\s*(?:[–-]\s*\d+\s*)?%\s*$/;

/** True where the answer counts as given: a text with content, at least one choice, a matrix row. */
function answered(answer: TableAnswer | undefined): answer is TableAnswer {
  if (answer === undefined) return false;
  switch (answer.type) {
    case 'choices':
      return answer.values.length > 0;
    case 'text':
      return answer.text.trim() !== '';
    case 'scale_rows':
    case 'number_rows':
      return Object.keys(answer.values).length > 0;
    default:
      return true;
  }
}

function head(
  question: TableQuestion,
  respondents: number,
  base: number,
  several: boolean,
): TableHead {
  return {
    questionId: question.id,
    questionType: question.type,
    title: question.title,
    respondents,
    base,
    baseLabel: base === respondents ? `N=${base}` : `n=${base}`,
    severalAnswers: several,
    note: several ? SEVERAL_ANSWERS_NOTE : null,
  };
}

/** Most first; ties keep their order (Array.prototype.sort is stable). */
const byCountDescending = <T extends { count: number }>(rows: T[]): T[] =>
  rows.sort((a, b) => b.count - a.count);

function choiceTable(question: TableQuestion, given: Respondent[], all: number): QuestionTable {
  const choices = question.choices ?? [];
  const counts = new Map(choices.map((c) => [c.id, 0]));
  const otherTexts: TextAnswer[] = [];
  let base = 0;
  for (const respondent of given) {
    const answer = respondent.answers[question.id];
    if (answer?.type !== 'choices' || !answered(answer)) continue;
    base += 1;
    for (const value of new Set(answer.values))
      if (counts.has(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    if (answer.otherText !== undefined && answer.otherText.trim() !== '')
      otherTexts.push({ recipientCode: respondent.recipientCode, text: answer.otherText });
  }
  const rows = choices.map((choice) => {
    const count = counts.get(choice.id) ?? 0;
    return {
      choiceId: choice.id,
      label: choice.label,
      count,
      percent: percentHalfUp(count, base),
      other: choice.other === true,
    };
  });
  // Yes / no / not applicable and percentage bands read in their own order; other lists by count.
  const formOrder =
    question.type === 'yes_no_na' ||
    (question.type === 'single_choice' && choices.every((c) => PERCENT_BAND.test(c.label)));
  return {
    ...head(question, all, base, question.type === 'multiple_choice'),
    kind: 'choices',
    order: formOrder ? 'form' : 'count',
    rows: formOrder ? rows : byCountDescending(rows),
    otherTexts: otherTexts.sort(byRecipient),
  };
}

function scaleSteps(question: TableQuestion) {
  const scale = question.scale ?? { min: 1, max: 5, high: [4, 5], highLabel: '' };
  const steps = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  return { ...scale, steps };
}

function spread(steps: number[], values: number[], base: number): ValueCount[] {
  return steps.map((step) => {
    const count = values.filter((v) => v === step).length;
    return { value: step, count, percent: percentHalfUp(count, base) };
  });
}

function scaleTable(question: TableQuestion, given: Respondent[], all: number): QuestionTable {
  const scale = scaleSteps(question);
  const values: number[] = [];
  for (const respondent of given) {
    const answer = respondent.answers[question.id];
    if (answer?.type === 'scale') values.push(answer.value);
  }
  const base = values.length;
  const high = values.filter((v) => scale.high.includes(v)).length;
  return {
    ...head(question, all, base, false),
    kind: 'scale',
    min: scale.min,
    max: scale.max,
    values: spread(scale.steps, values, base),
    high: {
      values: [...scale.high],
      label: scale.highLabel,
      count: high,
      percent: percentHalfUp(high, base),
    },
  };
}

function scaleMatrixTable(
  question: TableQuestion,
  given: Respondent[],
  all: number,
): QuestionTable {
  const scale = scaleSteps(question);
  const byRow = new Map((question.rows ?? []).map((row) => [row.id, [] as number[]]));
  let base = 0;
  for (const respondent of given) {
    const answer = respondent.answers[question.id];
    if (answer?.type !== 'scale_rows' || !answered(answer)) continue;
    base += 1;
    for (const [rowId, value] of Object.entries(answer.values)) byRow.get(rowId)?.push(value);
  }
  const rows = (question.rows ?? []).map((row) => {
    const values = byRow.get(row.id) ?? [];
    const count = values.filter((v) => scale.high.includes(v)).length;
    return {
      rowId: row.id,
      label: row.label,
      base: values.length,
      count,
      percent: percentHalfUp(count, values.length),
      values: spread(scale.steps, values, values.length),
    };
  });
  return {
    // Seed 000 prints "Flera svar kunde anges" under its matrix: several rows may be rated high.
    ...head(question, all, base, true),
    kind: 'scale_matrix',
    min: scale.min,
    max: scale.max,
    high: { values: [...scale.high], label: scale.highLabel },
    rows: byCountDescending(rows),
  };
}

function sumTable(question: TableQuestion, given: Respondent[], all: number): QuestionTable {
  let base = 0;
  let sum = ZERO;
  for (const respondent of given) {
    const answer = respondent.answers[question.id];
    if (answer?.type !== 'number') continue;
    base += 1;
    sum = add(sum, answer.value);
  }
  return {
    ...head(question, all, base, false),
    kind: 'sum',
    sum,
    unit: question.type === 'amount' ? 'kr' : null,
  };
}

/** part/whole in per cent; no share of a zero or negative whole, or of a negative part. */
function shareOf(part: Rational, whole: Rational): PrintedShare {
  if (part.num < 0n || whole.num <= 0n) return null;
  return percentHalfUp(part.num * whole.den, whole.num * part.den);
}

const total = (values: Iterable<Rational>) => [...values].reduce(add, ZERO);

function numberMatrixTable(
  question: TableQuestion,
  given: Respondent[],
  all: number,
): QuestionTable {
  const rowsDef = question.rows ?? [];
  const columns = question.columns ?? [];
  const sums = new Map(rowsDef.map((r) => [r.id, new Map(columns.map((c) => [c.id, ZERO]))]));
  const rowBases = new Map(rowsDef.map((r) => [r.id, 0]));
  let base = 0;
  for (const respondent of given) {
    const answer = respondent.answers[question.id];
    if (answer?.type !== 'number_rows' || !answered(answer)) continue;
    base += 1;
    for (const [rowId, cells] of Object.entries(answer.values)) {
      const row = sums.get(rowId);
      if (!row) continue;
      rowBases.set(rowId, (rowBases.get(rowId) ?? 0) + 1);
      for (const [columnId, value] of Object.entries(cells)) {
        const before = row.get(columnId);
        if (before) row.set(columnId, add(before, value));
      }
    }
  }
  const rows = rowsDef.map((row) => {
    const cells = sums.get(row.id) ?? new Map<string, Rational>();
    const rowTotal = total(cells.values());
    return {
      rowId: row.id,
      label: row.label,
      base: rowBases.get(row.id) ?? 0,
      cells: columns.map((c) => {
        const sum = cells.get(c.id) ?? ZERO;
        return { columnId: c.id, sum, percent: shareOf(sum, rowTotal) };
      }),
      total: rowTotal,
    };
  });
  const columnSums = columns.map((c) =>
    total(rows.map((row) => row.cells.find((x) => x.columnId === c.id)?.sum ?? ZERO)),
  );
  const grandTotal = total(columnSums);
  return {
    ...head(question, all, base, false),
    kind: 'number_matrix',
    columns: columns.map((c) => ({ columnId: c.id, label: c.label })),
    rows,
    totals: columns.map((c, i) => {
      const sum = columnSums[i] ?? ZERO;
      return { columnId: c.id, sum, percent: shareOf(sum, grandTotal) };
    }),
    total: grandTotal,
  };
}

const byRecipient = (a: TextAnswer, b: TextAnswer) =>
  a.recipientCode < b.recipientCode ? -1 : a.recipientCode > b.recipientCode ? 1 : 0;

function textTable(question: TableQuestion, given: Respondent[], all: number): QuestionTable {
  const answers: TextAnswer[] = [];
  for (const respondent of given) {
    const answer = respondent.answers[question.id];
    if (answer?.type === 'text' && answered(answer))
      answers.push({ recipientCode: respondent.recipientCode, text: answer.text });
  }
  return {
    ...head(question, all, answers.length, false),
    kind: 'text',
    answers: answers.sort(byRecipient),
  };
}

/** The table of one question over the given respondents (those of the grant, or a filtered part). */
export function buildQuestionTable(
  question: TableQuestion,
  respondents: readonly Respondent[],
): QuestionTable {
  const given = [...respondents];
  const all = given.length;
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'yes_no_na':
      return choiceTable(question, given, all);
    case 'scale':
      return scaleTable(question, given, all);
    case 'scale_matrix':
      return scaleMatrixTable(question, given, all);
    case 'number':
    case 'amount':
      return sumTable(question, given, all);
    case 'number_matrix':
      return numberMatrixTable(question, given, all);
    case 'text':
      return textTable(question, given, all);
  }
}

/** Every question's table, in the form's order. */
export function buildQuestionTables(
  questions: readonly TableQuestion[],
  respondents: readonly Respondent[],
): QuestionTable[] {
  return questions.map((question) => buildQuestionTable(question, respondents));
}
