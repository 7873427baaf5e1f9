// The checks a report must pass before it can be submitted: the economic part (used ≤ received,
// costs by category summing to the amount used, whole kronor, the private providers' band only
// after a yes) and the questionnaire — SurveyJS itself for required answers and visibility (the
// same rules the browser applies), plus our own checks where SurveyJS has gaps: a choice that is
// not offered, a rating outside the scale, a number outside its range, an amount that is not whole
// kronor, an answer to a question that does not exist.
import { Model, Serializer } from 'survey-core';
import type { Issue } from '../issues';
import {
  ECONOMIC_VARIABLES,
  PRIVATE_SHARE_BANDS,
  YES_NO_NA,
  surveyQuestions,
  type FormDefinition,
  type PrivateShareBand,
  type SurveyElement,
  type SurveyJson,
  type YesNoNa,
} from './form-model';

/** The economic part as the recipient filled it in; null = not (yet) answered. */
export interface EconomicAnswers {
  usedKr: bigint | null;
  costs: Record<string, bigint | null>;
  privateProviders: YesNoNa | null;
  privateShareBand: PrivateShareBand | null;
}

export type SurveyAnswers = Record<string, unknown>;

let registered = false;
/** Our own SurveyJS properties (the browser registers the same ones before it renders). */
export function registerSurveyProperties(): void {
  if (registered) return;
  registered = true;
  if (!Serializer.findProperty('question', 'usageArea'))
    Serializer.addProperty('question', { name: 'usageArea', type: 'string' });
  if (!Serializer.findProperty('question', 'reportTitle'))
    Serializer.addProperty('question', { name: 'reportTitle', type: 'string' });
  if (!Serializer.findProperty('text', 'amountKr'))
    Serializer.addProperty('text', { name: 'amountKr:boolean', default: false });
}

/** unused = received − used (never negative: used > received is an issue of its own). */
export function unusedKr(receivedKr: bigint, usedKr: bigint): bigint {
  return usedKr >= receivedKr ? 0n : receivedKr - usedKr;
}

/** Every issue of the economic part, paths under `economic.`. */
export function checkEconomicAnswers(
  definition: FormDefinition,
  answers: EconomicAnswers,
  receivedKr: bigint,
): Issue[] {
  const issues: Issue[] = [];
  const used = answers.usedKr;
  if (used === null) issues.push({ path: 'economic.usedKr', code: 'report.required', params: {} });
  else if (used < 0n)
    issues.push({ path: 'economic.usedKr', code: 'report.negative_amount', params: {} });
  else if (used > receivedKr)
    issues.push({
      path: 'economic.usedKr',
      code: 'report.used_exceeds_received',
      params: { usedKr: used.toString(), receivedKr: receivedKr.toString() },
    });
  const known = new Set(definition.economic.costCategories.map((c) => c.id));
  for (const id of Object.keys(answers.costs))
    if (!known.has(id))
      issues.push({
        path: `economic.costs.${id}`,
        code: 'report.unknown_answer',
        params: { name: id },
      });
  let sum = 0n;
  for (const category of definition.economic.costCategories) {
    const value = answers.costs[category.id] ?? null;
    const path = `economic.costs.${category.id}`;
    if (value === null) issues.push({ path, code: 'report.required', params: {} });
    else if (value < 0n) issues.push({ path, code: 'report.negative_amount', params: {} });
    else sum += value;
  }
  if (used !== null && used >= 0n && sum !== used)
    issues.push({
      path: 'economic.costs',
      code: 'report.costs_do_not_sum',
      params: { sumKr: sum.toString(), usedKr: used.toString() },
    });
  if (definition.economic.askPrivateProviders) {
    const shared = answers.privateProviders;
    if (shared === null)
      issues.push({ path: 'economic.privateProviders', code: 'report.required', params: {} });
    else if (!YES_NO_NA.includes(shared))
      issues.push({
        path: 'economic.privateProviders',
        code: 'report.not_a_choice',
        params: { value: String(shared) },
      });
    const band = answers.privateShareBand;
    if (shared === 'yes' && band === null)
      issues.push({ path: 'economic.privateShareBand', code: 'report.required', params: {} });
    if (band !== null && !PRIVATE_SHARE_BANDS.includes(band))
      issues.push({
        path: 'economic.privateShareBand',
        code: 'report.not_a_choice',
        params: { value: String(band) },
      });
    if (band !== null && shared !== 'yes')
      issues.push({ path: 'economic.privateShareBand', code: 'report.hidden_answer', params: {} });
  } else if (answers.privateProviders !== null || answers.privateShareBand !== null) {
    issues.push({ path: 'economic.privateProviders', code: 'report.hidden_answer', params: {} });
  }
  return issues;
}

/** The variables the questionnaire's conditions may use (`{unused_kr} > 0`). */
export function economicVariables(
  receivedKr: bigint,
  usedKr: bigint | null,
): Record<string, number> {
  return {
    received_kr: Number(receivedKr),
    ...(usedKr !== null && {
      used_kr: Number(usedKr),
      unused_kr: Number(unusedKr(receivedKr, usedKr)),
    }),
  };
}

/**
 * Checks the questionnaire's answers as SurveyJS and our own rules see them. Returns the issues
 * (paths `answers.<question>`) and the answers of the visible questions only: what the recipient
 * sees is what is kept (SurveyJS clears hidden answers on completion too).
 */
export function checkSurveyAnswers(
  survey: SurveyJson,
  answers: SurveyAnswers,
  variables: Record<string, number>,
): { issues: Issue[]; visibleAnswers: SurveyAnswers } {
  registerSurveyProperties();
  const issues: Issue[] = [];
  const questions = new Map(surveyQuestions(survey).map(({ element }) => [element.name, element]));
  for (const key of Object.keys(answers)) {
    const name = key.endsWith('-Comment') ? key.slice(0, -'-Comment'.length) : key;
    const element = questions.get(name);
    if (!element || (key !== name && !element.showOtherItem))
      issues.push({ path: `answers.${key}`, code: 'report.unknown_answer', params: { name: key } });
  }
  const model = surveyModel(survey);
  for (const name of ECONOMIC_VARIABLES) model.setVariable(name, variables[name]);
  model.data = answers;
  model.validate(true, false);
  const visibleAnswers: SurveyAnswers = {};
  for (const question of model.getAllQuestions()) {
    const name = question.name;
    const element = questions.get(name);
    if (!element || !question.isVisible) continue;
    for (const error of question.errors) {
      const kind = error.getErrorType();
      issues.push({
        path: `answers.${name}`,
        code:
          kind === 'otherempty'
            ? 'report.other_text_required'
            : kind.includes('required') || kind === 'requireoneanswer'
              ? 'report.required'
              : 'report.survey_rule',
        params: { message: error.getText() },
      });
    }
    const value = answers[name];
    if (value === undefined || value === null || value === '') continue;
    visibleAnswers[name] = value;
    const comment = answers[`${name}-Comment`];
    if (comment !== undefined) visibleAnswers[`${name}-Comment`] = comment;
    for (const issue of checkValue(element, value, `answers.${name}`)) issues.push(issue);
  }
  return { issues, visibleAnswers };
}

/** The issues of a draft that no user typing in the form can cause: the save is refused for them. */
export const STRUCTURAL_ISSUES: ReadonlySet<string> = new Set([
  'report.unknown_answer',
  'report.not_a_table',
  'report.not_text',
  'report.text_too_long',
]);

/**
 * The cheap checks of a draft, made on every autosave: answers to questions the form does not have,
 * and each answer's type, choices, range and size against its question (`checkValue`) — no SurveyJS
 * model, so no required answers and no conditions (those are checked on reading the report and on
 * submission, by `checkSurveyAnswers`). Structural issues (STRUCTURAL_ISSUES) refuse the save.
 */
export function checkDraftAnswers(survey: SurveyJson, answers: SurveyAnswers): Issue[] {
  const issues: Issue[] = [];
  const questions = new Map(surveyQuestions(survey).map(({ element }) => [element.name, element]));
  for (const [key, value] of Object.entries(answers)) {
    const name = key.endsWith('-Comment') ? key.slice(0, -'-Comment'.length) : key;
    const element = questions.get(name);
    const path = `answers.${key}`;
    if (!element || (key !== name && !element.showOtherItem))
      issues.push({ path, code: 'report.unknown_answer', params: { name: key } });
    else if (value === undefined || value === null || value === '') continue;
    else {
      const checked = key !== name ? { name: key, type: 'comment' as const } : element;
      for (const issue of checkValue(checked, value, path)) issues.push(issue);
    }
  }
  return issues;
}

// Building a SurveyJS model from JSON costs ~40 ms, validating one ~15 ms: the models of the last
// few forms are kept and reused (validation is synchronous, so no two requests share one at once).
const models = new Map<string, Model>();
function surveyModel(survey: SurveyJson): Model {
  const key = JSON.stringify(survey);
  let model = models.get(key);
  if (!model) {
    model = new Model(survey);
    model.locale = 'sv';
    if (models.size >= 16) models.delete(models.keys().next().value!);
    models.set(key, model);
  }
  return model;
}

const OTHER = 'other';

/** Our own checks of one answer against its question (SurveyJS does not make these). */
export function checkValue(element: SurveyElement, value: unknown, path: string): Issue[] {
  const notAChoice = (v: unknown, at = path): Issue => ({
    path: at,
    code: 'report.not_a_choice',
    params: { value: typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v) },
  });
  const choiceValues = new Set((element.choices ?? []).map((c) => c.value));
  if (element.showOtherItem) choiceValues.add(OTHER);
  switch (element.type) {
    case 'radiogroup':
      return typeof value === 'string' && choiceValues.has(value) ? [] : [notAChoice(value)];
    case 'checkbox': {
      if (!Array.isArray(value)) return [notAChoice(value)];
      const issues = value
        .filter((v) => typeof v !== 'string' || !choiceValues.has(v))
        .map((v) => notAChoice(v));
      if (new Set(value).size !== value.length)
        issues.push({ path, code: 'report.duplicate_choice', params: {} });
      return issues;
    }
    case 'rating': {
      const min = element.rateMin ?? 1;
      const max = element.rateMax ?? 5;
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
        ? []
        : [outOfRange(path, value, min, max)];
    }
    case 'text':
      return checkNumber(value, path, element.min, element.max, element.amountKr === true);
    case 'comment':
      if (typeof value !== 'string') return [{ path, code: 'report.not_text', params: {} }];
      return value.length > 10_000
        ? [{ path, code: 'report.text_too_long', params: { max: 10_000 } }]
        : [];
    case 'matrix': {
      if (typeof value !== 'object' || Array.isArray(value))
        return [{ path, code: 'report.not_a_table', params: {} }];
      const rows = new Set((element.rows ?? []).map((r) => String(r.value)));
      const columns = new Set(
        (element.columns ?? []).map((c) => String((c as { value: unknown }).value)),
      );
      return Object.entries(value as Record<string, unknown>).flatMap(([row, cell]) =>
        !rows.has(row)
          ? [{ path: `${path}.${row}`, code: 'report.unknown_answer', params: { name: row } }]
          : columns.has(String(cell))
            ? []
            : [notAChoice(cell, `${path}.${row}`)],
      );
    }
    case 'matrixdropdown': {
      if (typeof value !== 'object' || Array.isArray(value))
        return [{ path, code: 'report.not_a_table', params: {} }];
      const rows = new Set((element.rows ?? []).map((r) => String(r.value)));
      const columns = new Map(
        (element.columns ?? []).map((c) => {
          const column = c as { name: string; min?: number; max?: number };
          return [column.name, column] as const;
        }),
      );
      return Object.entries(value as Record<string, unknown>).flatMap(([row, cells]) => {
        const at = `${path}.${row}`;
        if (!rows.has(row))
          return [{ path: at, code: 'report.unknown_answer', params: { name: row } }];
        if (typeof cells !== 'object' || cells === null || Array.isArray(cells))
          return [{ path: at, code: 'report.not_a_table', params: {} }];
        return Object.entries(cells as Record<string, unknown>).flatMap(([name, cell]) => {
          const column = columns.get(name);
          return column
            ? checkNumber(cell, `${at}.${name}`, column.min ?? 0, column.max, false)
            : [{ path: `${at}.${name}`, code: 'report.unknown_answer', params: { name } }];
        });
      });
    }
    default:
      return [];
  }
}

function outOfRange(path: string, value: unknown, min?: number, max?: number): Issue {
  return {
    path,
    code: 'report.out_of_range',
    params: { value: String(value), min: min ?? '−∞', max: max ?? '∞' },
  };
}

function checkNumber(
  value: unknown,
  path: string,
  min: number | undefined,
  max: number | undefined,
  wholeKronor: boolean,
): Issue[] {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number))
    return [{ path, code: 'report.not_a_number', params: { value: String(value) } }];
  if (wholeKronor && (!Number.isSafeInteger(number) || number < 0))
    return [{ path, code: 'report.not_whole_kronor', params: { value: String(value) } }];
  if ((min !== undefined && number < min) || (max !== undefined && number > max))
    return [outOfRange(path, value, min, max)];
  return [];
}
