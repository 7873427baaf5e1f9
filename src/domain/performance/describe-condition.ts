import { formatDecimal, type Locale } from '../money';
import { compare, fromBigInt, isInteger, mul, parseRational, type Rational } from '../rational';
import { toDecimalString } from '../rational';
import { evaluateExpression, type FigureLookup, type Outcome } from './expression/evaluate';
import {
  figuresOf,
  parseExpression,
  type ComparisonOperator,
  type Expression,
} from './expression/parse';
import { ExpressionSyntaxError } from './expression/tokenize';

/**
 * A condition for people: "27,6 % (gräns: högst 17 %): inte uppfyllt" instead of
 * `share(hourly_nov_2023, permanent_nov_2023) <= 17%` and "2167/7838 ≈ 0,276474". The expression
 * itself stays available to the expert ("Visa formel"); this is what everyone else reads, on the
 * screens and in the letters.
 */

/** How a compared value is shown: a share in per cent, a difference of shares in points, or as is. */
export type DisplayUnit = 'percent' | 'points' | 'number';
export type Verdict = 'met' | 'not_met' | 'undecided';

export interface ConditionDescription {
  verdict: Verdict;
  /** Each comparison the verdict rests on, e.g. "27,6 % (gräns: högst 17 %)". */
  comparisons: string[];
  /** The whole sentence: the comparisons joined as the condition joins them, then the verdict. */
  text: string;
}

/** Never more decimals than this, however close a value is to its limit. */
const MAX_DECIMALS = 6;
const HUNDRED = fromBigInt(100n);

const TEXTS = {
  sv: {
    limit: 'gräns',
    operators: {
      '<': 'under',
      '<=': 'högst',
      '>': 'över',
      '>=': 'minst',
      '=': 'exakt',
      '!=': 'inte',
    } satisfies Record<ComparisonOperator, string>,
    and: 'och',
    or: 'eller',
    not: 'inte',
    unknownValue: 'kan inte beräknas',
    point: 'procentenhet',
    points: 'procentenheter',
    verdicts: {
      met: 'uppfyllt',
      not_met: 'inte uppfyllt',
      undecided: 'kan inte avgöras, räknas som inte uppfyllt',
    } satisfies Record<Verdict, string>,
    truth: { true: 'sant', false: 'falskt' },
  },
  en: {
    limit: 'limit',
    operators: {
      '<': 'below',
      '<=': 'at most',
      '>': 'above',
      '>=': 'at least',
      '=': 'exactly',
      '!=': 'not',
    } satisfies Record<ComparisonOperator, string>,
    and: 'and',
    or: 'or',
    not: 'not',
    unknownValue: 'cannot be computed',
    point: 'percentage point',
    points: 'percentage points',
    verdicts: {
      met: 'met',
      not_met: 'not met',
      undecided: 'cannot be decided, counts as not met',
    } satisfies Record<Verdict, string>,
    truth: { true: 'true', false: 'false' },
  },
} as const;

/** `17 < x` reads as `x > 17`, so the limit is always the second side. */
const MIRRORED: Record<ComparisonOperator, ComparisonOperator> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
  '=': '=',
  '!=': '!=',
};

interface Context {
  source: string;
  lookup: FigureLookup;
  locale: Locale;
}

function evaluate(node: Expression, context: Context): Outcome {
  return evaluateExpression(node, context.source, context.lookup).outcome;
}

/** The unit the case officer wrote on a limit: `17%` per cent, `3pp` points, `0.8` none. */
function writtenUnit(node: Expression, context: Context): DisplayUnit {
  switch (node.type) {
    case 'number': {
      const text = context.source.slice(node.start, node.end).trim();
      if (text.endsWith('%')) return 'percent';
      return /pp$/i.test(text) ? 'points' : 'number';
    }
    case 'negate':
      return writtenUnit(node.operand, context);
    case 'if': {
      const chosen = evaluate(node.condition, context);
      const branch = chosen.known && chosen.value === false ? node.otherwise : node.then;
      return writtenUnit(branch, context);
    }
    case 'arithmetic':
    case 'call': {
      const operands = node.type === 'call' ? node.args : [node.left, node.right];
      return (
        operands.map((operand) => writtenUnit(operand, context)).find((u) => u !== 'number') ??
        'number'
      );
    }
    default:
      return 'number';
  }
}

/** The unit a computed value has: share() is a share, a difference of shares is in points. */
function inferredUnit(node: Expression): DisplayUnit {
  switch (node.type) {
    case 'call':
      if (node.name === 'share') return 'percent';
      if (node.name === 'ratio') return 'number';
      return node.args.map(inferredUnit).find((unit) => unit !== 'number') ?? 'number';
    case 'negate':
      return inferredUnit(node.operand);
    case 'if':
      return inferredUnit(node.then);
    case 'arithmetic': {
      if (node.operator === '*' || node.operator === '/') return 'number';
      const left = inferredUnit(node.left);
      const right = inferredUnit(node.right);
      if (left === 'percent' && right === 'percent') return 'points';
      return left === 'number' ? right : left;
    }
    default:
      return 'number';
  }
}

/** The fewest decimals that show a value exactly, at most MAX_DECIMALS. */
function exactDecimals(value: Rational): number {
  for (let places = 0; places <= MAX_DECIMALS; places += 1) {
    const text = toDecimalString(value, places);
    const parsed = parseRational(text);
    if (parsed.ok && compare(parsed.value, value) === 0) return places;
  }
  return 2;
}

function roundedTo(value: Rational, places: number): Rational {
  const parsed = parseRational(toDecimalString(value, places));
  if (!parsed.ok) throw new RangeError(`not a decimal: ${toDecimalString(value, places)}`);
  return parsed.value;
}

/**
 * The decimals a compared value needs: one more than its limit is written with (27,6 % against
 * 17 %), none for a whole count, and more while the rounded value would look equal to a limit it
 * is not equal to (17,04 % is shown as such against 17 %, never as "17,0 %: inte uppfyllt").
 */
export function decimalsForComparison(
  value: Rational,
  limit: Rational | undefined,
  unit: DisplayUnit,
): number {
  const limitDecimals = limit === undefined ? 0 : exactDecimals(limit);
  let places: number;
  if (unit === 'number' && isInteger(value)) places = 0;
  else if (unit === 'number') places = Math.max(2, limitDecimals + 1);
  else places = Math.max(1, limitDecimals + 1);
  while (
    places < MAX_DECIMALS &&
    limit !== undefined &&
    compare(value, limit) !== 0 &&
    compare(roundedTo(value, places), limit) === 0
  )
    places += 1;
  return places;
}

/**
 * A value in its unit: "27,6 %", "3 procentenheter", "0,83". `value` is already scaled (27.6,
 * not 0.276).
 */
export function formatInUnit(
  value: Rational,
  unit: DisplayUnit,
  places: number,
  locale: Locale,
): string {
  const number = formatDecimal(toDecimalString(value, places), locale, places);
  const texts = TEXTS[locale];
  switch (unit) {
    case 'percent':
      return locale === 'sv' ? `${number}\u00a0%` : `${number}%`;
    case 'points':
      return `${number}\u00a0${compare(value, fromBigInt(1n)) === 0 ? texts.point : texts.points}`;
    case 'number':
      return number;
  }
}

/**
 * A reported figure as people read numbers: "2 167", "12,5"; a value without a finite decimal
 * (1/3) rounded to two places after "≈".
 * @example formatFigureNumber({ num: 2167n, den: 1n }, 'sv') // "2 167" (no-break space)
 */
export function formatFigureNumber(value: Rational, locale: Locale): string {
  const places = exactDecimals(value);
  const text = formatDecimal(toDecimalString(value, places), locale, places);
  return compare(roundedTo(value, places), value) === 0 ? text : `≈\u00a0${text}`;
}

function describeComparison(
  node: Extract<Expression, { type: 'comparison' }>,
  context: Context,
): string {
  const texts = TEXTS[context.locale];
  const mirrored = figuresOf(node.left).length === 0 && figuresOf(node.right).length > 0;
  const valueNode = mirrored ? node.right : node.left;
  const limitNode = mirrored ? node.left : node.right;
  const operator = mirrored ? MIRRORED[node.operator] : node.operator;
  const written = writtenUnit(limitNode, context);
  const unit = written === 'number' ? inferredUnit(valueNode) : written;
  const scale = (value: Rational) => (unit === 'number' ? value : mul(value, HUNDRED));
  const valueOutcome = evaluate(valueNode, context);
  const limitOutcome = evaluate(limitNode, context);
  const limit =
    limitOutcome.known && typeof limitOutcome.value !== 'boolean'
      ? scale(limitOutcome.value)
      : undefined;
  const value =
    valueOutcome.known && typeof valueOutcome.value !== 'boolean'
      ? scale(valueOutcome.value)
      : undefined;
  const limitText =
    limit === undefined
      ? texts.unknownValue
      : formatInUnit(limit, unit, exactDecimals(limit), context.locale);
  const valueText =
    value === undefined
      ? texts.unknownValue
      : formatInUnit(value, unit, decimalsForComparison(value, limit, unit), context.locale);
  return `${differenceOperands(valueNode, unit, value, limit, context)}${valueText} (${texts.limit}: ${texts.operators[operator]} ${limitText})`;
}

/**
 * A change of a share said with both shares, "23,1 % − 16,7 % = ", so a municipality sees where
 * the points come from; empty for anything else.
 */
function differenceOperands(
  node: Expression,
  unit: DisplayUnit,
  value: Rational | undefined,
  limit: Rational | undefined,
  context: Context,
): string {
  if (unit !== 'points' || value === undefined) return '';
  if (node.type !== 'arithmetic' || node.operator !== '-') return '';
  if (inferredUnit(node.left) !== 'percent' || inferredUnit(node.right) !== 'percent') return '';
  const [left, right] = [evaluate(node.left, context), evaluate(node.right, context)];
  if (!left.known || !right.known) return '';
  if (typeof left.value === 'boolean' || typeof right.value === 'boolean') return '';
  const places = decimalsForComparison(value, limit, unit);
  const share = (share: Rational) =>
    formatInUnit(mul(share, HUNDRED), 'percent', places, context.locale);
  return `${share(left.value)} \u2212 ${share(right.value)} = `;
}

/** The comparisons of a condition, joined as it joins them; only the branch an `if` takes. */
function describeNode(node: Expression, context: Context, comparisons: string[]): string {
  const texts = TEXTS[context.locale];
  switch (node.type) {
    case 'comparison': {
      const text = describeComparison(node, context);
      comparisons.push(text);
      return text;
    }
    case 'logical':
      return `${describeNode(node.left, context, comparisons)} ${texts[node.operator]} ${describeNode(node.right, context, comparisons)}`;
    case 'not':
      return `${texts.not} (${describeNode(node.operand, context, comparisons)})`;
    case 'if': {
      const chosen = evaluate(node.condition, context);
      const branch = chosen.known && chosen.value === false ? node.otherwise : node.then;
      return describeNode(branch, context, comparisons);
    }
    case 'boolean':
      return texts.truth[node.value ? 'true' : 'false'];
    default:
      return '';
  }
}

/**
 * One condition for one recipient, in words: each comparison with the recipient's value, its limit
 * and the verdict.
 * @example describeCondition(parseExpression('share(h, p) <= 17%'), 'share(h, p) <= 17%', lookup, 'sv').text
 * // "27,6 % (gräns: högst 17 %): inte uppfyllt"
 */
export function describeCondition(
  expression: Expression,
  source: string,
  lookup: FigureLookup,
  locale: Locale,
): ConditionDescription {
  const context: Context = { source, lookup, locale };
  const outcome = evaluate(expression, context);
  const verdict: Verdict = !outcome.known
    ? 'undecided'
    : outcome.value === true
      ? 'met'
      : 'not_met';
  const comparisons: string[] = [];
  const body = describeNode(expression, context, comparisons);
  const verdictText = TEXTS[locale].verdicts[verdict];
  return { verdict, comparisons, text: body === '' ? verdictText : `${body}: ${verdictText}` };
}

/**
 * The same from what the API and the stored results carry: the expression's text and the
 * recipient's figures as exact strings (null = left empty). Undefined when the text is not a
 * condition (a stored result always holds one that parsed).
 */
export function describeConditionText(
  source: string,
  figures: Readonly<Record<string, string | null | undefined>>,
  locale: Locale,
): ConditionDescription | undefined {
  let expression: Expression;
  try {
    expression = parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return undefined;
    throw error;
  }
  const lookup: FigureLookup = (name) => {
    const text = figures[name];
    if (text === null || text === undefined) return undefined;
    const parsed = parseRational(text);
    return parsed.ok ? parsed.value : undefined;
  };
  return describeCondition(expression, source, lookup, locale);
}
