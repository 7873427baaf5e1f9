import type { Locale } from '../money';
import { compare, ONE, parseRational, sum, toCanonicalString, type Rational } from '../rational';
import { parseExpression, type ComparisonOperator, type Expression } from './expression/parse';
import { ExpressionSyntaxError } from './expression/tokenize';
import type { PerformanceModelJson } from './model';
import { percentInputText, readPercentInput } from '../percent-input';

// A performance model's conditions and pools as a case officer fills them in (issue 13 §4,
// docs/decisions/0031): a condition compares a figure, the share of one figure in two, or the
// ratio of two, with a threshold ("andelen timanställda är högst 17 %"); a pool takes a share of
// the total for those who meet any of its conditions. Like the allocation form it is a view of
// model.json: a condition the form cannot say (an if … then … else, two comparisons) stays an
// expression, which the expert edits as text.

export type MeasureKind = 'figure' | 'share' | 'ratio';
export const COMPARISONS: readonly ComparisonOperator[] = ['<=', '<', '>=', '>', '=', '!='];

export interface ConditionFormSimple {
  kind: 'simple';
  id: string;
  label: string;
  measure: MeasureKind;
  /** The figure, or the part of a share or the numerator of a ratio. */
  figure: string;
  /** The whole's other part of a share, or the denominator of a ratio; unused for a figure. */
  otherFigure: string;
  comparison: ComparisonOperator;
  /** As written: "17 %", "0,5", "3". */
  threshold: string;
}

export interface ConditionFormExpression {
  kind: 'expression';
  id: string;
  label: string;
  expression: string;
}

export type ConditionForm = ConditionFormSimple | ConditionFormExpression;

export interface PoolForm {
  id: string;
  label: string;
  /** Per cent of the total as written: "100", "33,5", "100/3". */
  sharePercent: string;
  conditions: string[];
}

export interface ConditionsForm {
  conditions: ConditionForm[];
  pools: PoolForm[];
}

export type ConditionsFormIssueCode =
  | 'required'
  | 'invalid_id'
  | 'duplicate_id'
  | 'not_a_number'
  | 'percent_out_of_range'
  | 'no_conditions'
  | 'invalid_expression'
  | 'shares_do_not_sum';

export interface ConditionsFormIssue {
  /** The input's name: `conditions.0.threshold`, `pools.1.sharePercent`. */
  field: string;
  code: ConditionsFormIssueCode;
  params: Record<string, string>;
}

export type ConditionsFormResult =
  { ok: true; json: PerformanceModelJson } | { ok: false; issues: ConditionsFormIssue[] };

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isFigure(node: Expression): node is Extract<Expression, { type: 'figure' }> {
  return node.type === 'figure';
}

/** The simple form of a condition, when its expression is one comparison of a measure with a number. */
function simpleCondition(
  condition: PerformanceModelJson['conditions'][number],
  locale: Locale,
): ConditionForm {
  const asExpression: ConditionForm = {
    kind: 'expression',
    id: condition.id,
    label: condition.label,
    expression: condition.expression,
  };
  let tree: Expression;
  try {
    tree = parseExpression(condition.expression);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return asExpression;
    throw error;
  }
  if (tree.type !== 'comparison' || tree.right.type !== 'number') return asExpression;
  const left = tree.left;
  const threshold = condition.expression.slice(tree.right.start, tree.right.end).trim();
  const base = {
    kind: 'simple' as const,
    id: condition.id,
    label: condition.label,
    comparison: tree.operator,
    threshold: locale === 'sv' ? threshold.replace('.', ',') : threshold,
  };
  if (isFigure(left)) return { ...base, measure: 'figure', figure: left.name, otherFigure: '' };
  if (left.type === 'call' && (left.name === 'share' || left.name === 'ratio')) {
    const [first, second] = left.args;
    if (first && second && isFigure(first) && isFigure(second))
      return { ...base, measure: left.name, figure: first.name, otherFigure: second.name };
  }
  return asExpression;
}

/** The model's conditions and pools as the form; every other part of the model stays as it is. */
export function conditionsFormOf(json: PerformanceModelJson, locale: Locale): ConditionsForm {
  return {
    conditions: json.conditions.map((condition) => simpleCondition(condition, locale)),
    pools: json.pools.map((pool) => {
      const fraction = parseRational(pool.fraction);
      return {
        id: pool.id,
        label: pool.label,
        sharePercent: fraction.ok ? percentInputText(fraction.value, locale) : pool.fraction,
        conditions: [...pool.conditions],
      };
    }),
  };
}

function measureText(condition: ConditionFormSimple): string {
  return condition.measure === 'figure'
    ? condition.figure
    : `${condition.measure}(${condition.figure}, ${condition.otherFigure})`;
}

/** "17 %" → "17%", "0,5" → "0.5": the expression language's spelling of a number. */
function thresholdText(text: string): string | undefined {
  const compact = text.trim().replace(/\s+/g, ' ').replace(',', '.');
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(compact);
  if (percent) return `${percent[1]}%`;
  return /^\d+(?:\.\d+)?$/.test(compact) ? compact : undefined;
}

/** The expression a condition of the form stands for, or undefined when a part is missing. */
export function conditionExpression(condition: ConditionForm): string | undefined {
  if (condition.kind === 'expression') return condition.expression;
  const threshold = thresholdText(condition.threshold);
  if (condition.figure === '' || threshold === undefined) return undefined;
  if (condition.measure !== 'figure' && condition.otherFigure === '') return undefined;
  return `${measureText(condition)} ${condition.comparison} ${threshold}`;
}

function idIssues(
  list: 'conditions' | 'pools',
  ids: readonly string[],
  issue: (field: string, code: ConditionsFormIssueCode, params?: Record<string, string>) => void,
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const field = `${list}.${index}.id`;
    if (id === '') issue(field, 'required');
    else if (!NAME_PATTERN.test(id)) issue(field, 'invalid_id', { id });
    else if (seen.has(id)) issue(field, 'duplicate_id', { id });
    seen.add(id);
  });
}

/**
 * The model with the form's conditions and pools, or every problem by field. The pools' shares
 * must make the whole total; each condition's expression is checked by the model's own parser
 * against the model's figures, so what the form saves is what the server accepts.
 */
export function applyConditionsForm(
  json: PerformanceModelJson,
  form: ConditionsForm,
  locale: Locale,
): ConditionsFormResult {
  const issues: ConditionsFormIssue[] = [];
  const issue = (
    field: string,
    code: ConditionsFormIssueCode,
    params: Record<string, string> = {},
  ) => issues.push({ field, code, params });
  const figureNames = new Set(json.figures.map((figure) => figure.name));
  const originalConditions = new Map(json.conditions.map((condition) => [condition.id, condition]));
  const originalPools = new Map(json.pools.map((pool) => [pool.id, pool]));
  idIssues(
    'conditions',
    form.conditions.map((condition) => condition.id),
    issue,
  );
  const conditions = form.conditions.flatMap((condition, index) => {
    const at = `conditions.${index}`;
    if (condition.label.trim() === '') issue(`${at}.label`, 'required');
    if (condition.kind === 'simple') {
      if (condition.figure === '') issue(`${at}.figure`, 'required');
      if (condition.measure !== 'figure' && condition.otherFigure === '')
        issue(`${at}.otherFigure`, 'required');
      if (condition.threshold.trim() === '') issue(`${at}.threshold`, 'required');
      else if (thresholdText(condition.threshold) === undefined)
        issue(`${at}.threshold`, 'not_a_number');
    }
    const expression = conditionExpression(condition);
    if (expression === undefined) return [];
    try {
      parseExpression(expression, { figureNames });
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      issue(`${at}.expression`, 'invalid_expression', { expression });
      return [];
    }
    // What the model says of the condition beyond the form (its other labels) is kept as it is.
    return [
      {
        ...originalConditions.get(condition.id),
        id: condition.id,
        label: condition.label.trim(),
        expression,
      },
    ];
  });
  idIssues(
    'pools',
    form.pools.map((pool) => pool.id),
    issue,
  );
  const known = new Set(form.conditions.map((condition) => condition.id));
  const fractions: Rational[] = [];
  const pools = form.pools.flatMap((pool, index) => {
    const at = `pools.${index}`;
    if (pool.label.trim() === '') issue(`${at}.label`, 'required');
    const chosen = pool.conditions.filter((id) => known.has(id));
    if (chosen.length === 0) issue(`${at}.conditions`, 'no_conditions');
    const fraction = readPercentInput(pool.sharePercent);
    if (typeof fraction === 'string') {
      issue(`${at}.sharePercent`, fraction);
      return [];
    }
    fractions.push(fraction);
    return [
      {
        ...originalPools.get(pool.id),
        id: pool.id,
        label: pool.label.trim(),
        fraction: toCanonicalString(fraction),
        conditions: chosen,
      },
    ];
  });
  if (issues.length === 0 && compare(sum(fractions), ONE) !== 0)
    issue('pools', 'shares_do_not_sum', { sumPercent: percentInputText(sum(fractions), locale) });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, json: { ...json, conditions, pools } };
}
