// The follow-up form ("återrapporteringsformulär") a case officer designs per grant: an economic
// part with fixed fields (received, used, unused computed, costs by the grant's categories, private
// providers and their share band) and a questionnaire in SurveyJS JSON limited to the question
// kinds below. `checkFormDefinition` is the rule book applied on every save, wherever the JSON came
// from (the designer, the raw JSON view, a template): every issue with its JSON path.
import { z } from 'zod';
import type { ReportingIssueCode } from './issue-messages';
import { ConditionsParser } from 'survey-core';
import type { Issue } from '../issues';

/** A cost category of the economic part; the list is per grant. */
export interface CostCategory {
  id: string;
  label: string;
}

export interface EconomicPartDefinition {
  costCategories: CostCategory[];
  /** Ask whether private providers took part, and then the band of their share. */
  askPrivateProviders: boolean;
}

/** One SurveyJS element as stored (plain JSON; the properties this product uses are typed). */
export interface SurveyElement {
  type: string;
  name: string;
  title?: string;
  description?: string;
  isRequired?: boolean;
  visibleIf?: string;
  /** Our property: the grant's usage area (grants.usage_areas) the question follows up. */
  usageArea?: string;
  /**
   * Our property: the question's table title in the report to the government, when the question
   * is put to one organisation in other words ("Kommunens bedömning…" asked, "Kommunernas
   * bedömning…" reported). Without it the report uses the title.
   */
  reportTitle?: string;
  choices?: { value: string; text: string }[];
  showOtherItem?: boolean;
  otherText?: string;
  inputType?: string;
  min?: number;
  max?: number;
  /** Our property: a whole-kronor amount (an integer ≥ 0). */
  amountKr?: boolean;
  rateMin?: number;
  rateMax?: number;
  minRateDescription?: string;
  maxRateDescription?: string;
  rows?: { value: string; text: string }[];
  columns?: unknown[];
  isAllRowRequired?: boolean;
  [property: string]: unknown;
}

export interface SurveyJson {
  title?: string;
  pages: { name: string; title?: string; description?: string; elements: SurveyElement[] }[];
  [property: string]: unknown;
}

export interface FormDefinition {
  economic: EconomicPartDefinition;
  survey: SurveyJson;
}

/** One question: its type and name; the rest is SurveyJS's and checked by checkFormDefinition. */
const SurveyElementSchema = z.looseObject({ type: z.string(), name: z.string() });

/**
 * The shape of a form definition, as stored and as the API answers it: the economic part and the
 * SurveyJS pages with named questions. What each question may hold is checkFormDefinition's.
 */
export const FormDefinitionSchema = z.strictObject({
  economic: z.looseObject({
    costCategories: z.array(z.looseObject({ id: z.string(), label: z.string() })),
    askPrivateProviders: z.boolean(),
  }),
  survey: z
    .object({
      title: z.string().optional(),
      pages: z.array(
        z
          .object({
            name: z.string(),
            title: z.string().optional(),
            description: z.string().optional(),
            elements: z.array(SurveyElementSchema),
          })
          .catchall(z.unknown()),
      ),
    })
    .catchall(z.unknown()),
}) satisfies z.ZodType<FormDefinition>;

/** The question kinds the designer offers, each one SurveyJS shape. */
export const QUESTION_KINDS = [
  'single_choice',
  'multiple_choice',
  'yes_no_na',
  'scale_1_5',
  'number',
  'amount',
  'text',
  'number_matrix',
  'scale_matrix',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const YES_NO_NA = ['yes', 'no', 'not_applicable'] as const;
export const PRIVATE_SHARE_BANDS = ['band_1_19', 'band_20_49', 'band_50_99', 'band_100'] as const;
export type PrivateShareBand = (typeof PRIVATE_SHARE_BANDS)[number];
export type YesNoNa = (typeof YES_NO_NA)[number];

/** The SurveyJS properties each element type may carry (anything else is refused with its path). */
const COMMON = [
  'type',
  'name',
  'title',
  'reportTitle',
  'description',
  'isRequired',
  'visibleIf',
  'usageArea',
];
const ALLOWED_PROPERTIES: Record<string, readonly string[]> = {
  radiogroup: [...COMMON, 'choices', 'showOtherItem', 'otherText'],
  checkbox: [...COMMON, 'choices', 'showOtherItem', 'otherText', 'minSelectedChoices'],
  rating: [...COMMON, 'rateMin', 'rateMax', 'minRateDescription', 'maxRateDescription'],
  text: [...COMMON, 'inputType', 'min', 'max', 'amountKr'],
  comment: [...COMMON, 'maxLength'],
  matrix: [...COMMON, 'rows', 'columns', 'isAllRowRequired'],
  matrixdropdown: [...COMMON, 'rows', 'columns'],
};

/** Which designer kind a stored element is, or undefined when it is none of them. */
export function questionKind(element: SurveyElement): QuestionKind | undefined {
  switch (element.type) {
    case 'radiogroup': {
      const values = (element.choices ?? []).map((c) => c.value);
      return values.length === 3 && YES_NO_NA.every((v, i) => values[i] === v)
        ? 'yes_no_na'
        : 'single_choice';
    }
    case 'checkbox':
      return 'multiple_choice';
    case 'rating':
      return 'scale_1_5';
    case 'text':
      return element.amountKr ? 'amount' : 'number';
    case 'comment':
      return 'text';
    case 'matrix':
      return 'scale_matrix';
    case 'matrixdropdown':
      return 'number_matrix';
    default:
      return undefined;
  }
}

/** Every question of the survey in order, with its JSON path. */
export function surveyQuestions(survey: SurveyJson): { element: SurveyElement; path: string }[] {
  return survey.pages.flatMap((page, p) =>
    page.elements.map((element, e) => ({ element, path: `survey.pages[${p}].elements[${e}]` })),
  );
}

const NAME = /^[a-z][a-z0-9_]{0,62}$/;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
/** What a page may have: its name, a title and description shown above its questions. */
const PAGE_PROPERTIES: ReadonlySet<string> = new Set(['name', 'title', 'description', 'elements']);
/** Names the economic part gives the questionnaire as variables (`{unused_kr} > 0`). */
export const ECONOMIC_VARIABLES = ['received_kr', 'used_kr', 'unused_kr'] as const;

/**
 * Every issue of a form definition (not just the first), each with the JSON path of the value:
 * shape, names (unique, snake_case), the properties each kind may have, choices, scales, matrices,
 * `visibleIf` (parsed, and referring only to questions before it or to the economic variables) and
 * usage areas (one of the grant's). An empty list means the definition can be saved.
 */
export function checkFormDefinition(
  definition: unknown,
  grant: { usageAreas: readonly string[] },
): Issue[] {
  const issues: Issue[] = [];
  const issue = (path: string, code: ReportingIssueCode, params: Issue['params'] = {}) =>
    issues.push({ path, code, params });
  if (!isObject(definition)) {
    issue('', 'form.not_object');
    return issues;
  }
  for (const key of Object.keys(definition))
    if (key !== 'economic' && key !== 'survey')
      issue(key, 'form.unknown_property', { property: key });
  checkEconomic(definition.economic, issue);
  const survey = definition.survey;
  if (!isObject(survey)) {
    issue('survey', 'form.not_object');
    return issues;
  }
  if (!Array.isArray(survey.pages) || survey.pages.length === 0) {
    issue('survey.pages', 'form.no_pages');
    return issues;
  }
  const seen = new Set<string>(ECONOMIC_VARIABLES);
  const pageNames = new Set<string>();
  survey.pages.forEach((page: unknown, p) => {
    const pagePath = `survey.pages[${p}]`;
    if (!isObject(page)) return issue(pagePath, 'form.not_object');
    for (const key of Object.keys(page))
      if (!PAGE_PROPERTIES.has(key))
        issue(`${pagePath}.${key}`, 'form.unknown_property', { property: key });
    if (!isNonEmptyString(page.name)) issue(`${pagePath}.name`, 'form.missing_name');
    else if (pageNames.has(page.name))
      issue(`${pagePath}.name`, 'form.duplicate_name', { name: page.name });
    else pageNames.add(page.name);
    if (!Array.isArray(page.elements)) return issue(`${pagePath}.elements`, 'form.not_array');
    page.elements.forEach((element: unknown, e) => {
      const path = `${pagePath}.elements[${e}]`;
      if (!isObject(element)) return issue(path, 'form.not_object');
      checkElement(element, path, seen, grant, issue);
      if (typeof element.name === 'string') seen.add(element.name);
    });
  });
  return issues;
}

type Report = (path: string, code: ReportingIssueCode, params?: Issue['params']) => void;

function checkEconomic(economic: unknown, issue: Report): void {
  if (!isObject(economic)) return issue('economic', 'form.not_object');
  if (typeof economic.askPrivateProviders !== 'boolean')
    issue('economic.askPrivateProviders', 'form.not_boolean');
  if (!Array.isArray(economic.costCategories) || economic.costCategories.length === 0)
    return issue('economic.costCategories', 'form.no_cost_categories');
  const ids = new Set<string>();
  economic.costCategories.forEach((category: unknown, i) => {
    const path = `economic.costCategories[${i}]`;
    if (!isObject(category)) return issue(path, 'form.not_object');
    if (typeof category.id !== 'string' || !NAME.test(category.id))
      issue(`${path}.id`, 'form.invalid_name', { name: String(category.id ?? '') });
    else if (ids.has(category.id))
      issue(`${path}.id`, 'form.duplicate_name', { name: category.id });
    else ids.add(category.id);
    if (!isNonEmptyString(category.label)) issue(`${path}.label`, 'form.missing_title');
  });
}

function checkElement(
  element: Record<string, unknown>,
  path: string,
  earlier: ReadonlySet<string>,
  grant: { usageAreas: readonly string[] },
  issue: Report,
): void {
  const type = element.type;
  const allowed = typeof type === 'string' ? ALLOWED_PROPERTIES[type] : undefined;
  if (!allowed) return issue(`${path}.type`, 'form.unsupported_type', { type: String(type) });
  for (const key of Object.keys(element))
    if (!allowed.includes(key)) issue(`${path}.${key}`, 'form.unknown_property', { property: key });
  const name = element.name;
  if (typeof name !== 'string' || !NAME.test(name))
    issue(`${path}.name`, 'form.invalid_name', { name: String(name ?? '') });
  else if (earlier.has(name)) issue(`${path}.name`, 'form.duplicate_name', { name });
  if (!isNonEmptyString(element.title)) issue(`${path}.title`, 'form.missing_title');
  if (element.reportTitle !== undefined && !isNonEmptyString(element.reportTitle))
    issue(`${path}.reportTitle`, 'form.missing_title');
  if (element.isRequired !== undefined && typeof element.isRequired !== 'boolean')
    issue(`${path}.isRequired`, 'form.not_boolean');
  if (element.usageArea !== undefined && !grant.usageAreas.includes(String(element.usageArea)))
    issue(`${path}.usageArea`, 'form.unknown_usage_area', { area: String(element.usageArea) });
  if (element.visibleIf !== undefined) checkVisibleIf(element.visibleIf, path, earlier, issue);
  switch (type) {
    case 'radiogroup':
    case 'checkbox':
      checkItems(element.choices, `${path}.choices`, issue);
      if (element.showOtherItem !== undefined && typeof element.showOtherItem !== 'boolean')
        issue(`${path}.showOtherItem`, 'form.not_boolean');
      break;
    case 'rating': {
      const min = element.rateMin ?? 1;
      const max = element.rateMax ?? 5;
      if (!Number.isInteger(min) || !Number.isInteger(max) || (min as number) >= (max as number))
        issue(`${path}.rateMax`, 'form.invalid_scale', { min: String(min), max: String(max) });
      break;
    }
    case 'text':
      if (element.inputType !== 'number') issue(`${path}.inputType`, 'form.number_input_required');
      for (const bound of ['min', 'max'] as const)
        if (element[bound] !== undefined && !Number.isFinite(element[bound]))
          issue(`${path}.${bound}`, 'form.not_number');
      if (
        typeof element.min === 'number' &&
        typeof element.max === 'number' &&
        element.min > element.max
      )
        issue(`${path}.max`, 'form.invalid_range');
      break;
    case 'matrix':
      checkItems(element.rows, `${path}.rows`, issue);
      checkItems(element.columns, `${path}.columns`, issue);
      break;
    case 'matrixdropdown':
      checkItems(element.rows, `${path}.rows`, issue);
      checkNumberColumns(element.columns, `${path}.columns`, issue);
      break;
  }
}

/** Choices, rows or a matrix's columns: `[{ value, text }]`, values unique and non-empty. */
function checkItems(items: unknown, path: string, issue: Report): void {
  if (!Array.isArray(items) || items.length === 0) return issue(path, 'form.no_items');
  const values = new Set<string>();
  items.forEach((item: unknown, i) => {
    if (!isObject(item)) return issue(`${path}[${i}]`, 'form.not_object');
    const value = item.value;
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '')
      return issue(`${path}[${i}].value`, 'form.missing_value');
    if (values.has(String(value)))
      issue(`${path}[${i}].value`, 'form.duplicate_value', { value: String(value) });
    values.add(String(value));
    if (value === 'other') issue(`${path}[${i}].value`, 'form.reserved_value', { value: 'other' });
    if (!isNonEmptyString(item.text)) issue(`${path}[${i}].text`, 'form.missing_title');
    for (const key of Object.keys(item))
      if (key !== 'value' && key !== 'text')
        issue(`${path}[${i}].${key}`, 'form.unknown_property', { property: key });
  });
}

/** A number matrix's columns: `[{ name, title, cellType: 'text', inputType: 'number', min?, max? }]`. */
function checkNumberColumns(columns: unknown, path: string, issue: Report): void {
  if (!Array.isArray(columns) || columns.length === 0) return issue(path, 'form.no_items');
  const names = new Set<string>();
  columns.forEach((column: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(column)) return issue(at, 'form.not_object');
    if (typeof column.name !== 'string' || !NAME.test(column.name))
      issue(`${at}.name`, 'form.invalid_name', { name: String(column.name ?? '') });
    else if (names.has(column.name))
      issue(`${at}.name`, 'form.duplicate_name', { name: column.name });
    else names.add(column.name);
    if (!isNonEmptyString(column.title)) issue(`${at}.title`, 'form.missing_title');
    if (column.cellType !== 'text' || column.inputType !== 'number')
      issue(`${at}.cellType`, 'form.number_input_required');
    for (const key of Object.keys(column))
      if (!['name', 'title', 'cellType', 'inputType', 'min', 'max'].includes(key))
        issue(`${at}.${key}`, 'form.unknown_property', { property: key });
  });
}

function checkVisibleIf(
  expression: unknown,
  path: string,
  earlier: ReadonlySet<string>,
  issue: Report,
): void {
  if (!isNonEmptyString(expression)) return issue(`${path}.visibleIf`, 'form.invalid_condition');
  const parser = new ConditionsParser();
  const operand = parser.parseExpression(expression);
  if (!operand)
    return issue(`${path}.visibleIf`, 'form.invalid_condition', {
      position: (parser.error?.at ?? 0) + 1,
    });
  const variables: string[] = [];
  operand.setVariables(variables);
  for (const variable of variables) {
    const question = variable.split(/[.[-]/)[0] ?? variable;
    if (!earlier.has(question))
      issue(`${path}.visibleIf`, 'form.condition_unknown_question', { question });
  }
}

/** JSON with object keys sorted, to compare definitions (jsonb does not keep key order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The versioning rule: a form nobody has started a report on is changed in place; once a report
 * was started on the current version, a change makes a new version (the started reports keep the
 * one they were given against). No change, no new version.
 */
export function formVersionAfterSave(input: {
  currentVersion: number;
  changed: boolean;
  reportsOnCurrentVersion: number;
}): { version: number; newVersion: boolean } {
  const newVersion = input.changed && input.reportsOnCurrentVersion > 0;
  return { version: input.currentVersion + (newVersion ? 1 : 0), newVersion };
}
