import { add, compare, div, isZero, mul, sub, type Rational } from '../../rational';
import type { ComparisonOperator, Expression } from './parse';

/**
 * Why a value could not be computed. A condition whose value is unknown is not met, and the
 * reason is shown to the case officer instead of a crash (docs/performance-model.md).
 */
export type UnknownReason =
  { code: 'missing_figure'; figure: string } | { code: 'division_by_zero'; expression: string };

/** A computed value: a number, a truth value, or unknown with the first reason found. */
export type Outcome =
  | { known: true; value: Rational }
  | { known: true; value: boolean }
  | { known: false; reason: UnknownReason };

/** One computed sub-expression, in the order it was finished (innermost first). */
export interface EvaluationStep {
  /** The source text of the sub-expression, as the case officer wrote it. */
  expression: string;
  outcome: Outcome;
}

/** Returns the figure's value, or undefined when the recipient left it empty. */
export type FigureLookup = (name: string) => Rational | undefined;

interface Context {
  source: string;
  lookup: FigureLookup;
  /** Undefined when the caller wants the verdict only (the calculation of 100 000 recipients). */
  steps: EvaluationStep[] | undefined;
}

type NumberOutcome = { known: true; value: Rational } | { known: false; reason: UnknownReason };
type BooleanOutcome = { known: true; value: boolean } | { known: false; reason: UnknownReason };

function isNumberOutcome(outcome: Outcome): outcome is NumberOutcome {
  return !outcome.known || typeof outcome.value !== 'boolean';
}

function isBooleanOutcome(outcome: Outcome): outcome is BooleanOutcome {
  return !outcome.known || typeof outcome.value === 'boolean';
}

function number(node: Expression, context: Context): NumberOutcome {
  const outcome = evaluateNode(node, context);
  // The parser checked the types, so this only fails on a hand-built tree.
  if (!isNumberOutcome(outcome)) throw new TypeError(`expected a number at ${node.start}`);
  return outcome;
}

function truth(node: Expression, context: Context): BooleanOutcome {
  const outcome = evaluateNode(node, context);
  if (!isBooleanOutcome(outcome)) throw new TypeError(`expected a condition at ${node.start}`);
  return outcome;
}

function divisionByZero(node: Expression, context: Context): NumberOutcome {
  return {
    known: false,
    reason: { code: 'division_by_zero', expression: context.source.slice(node.start, node.end) },
  };
}

function compareWith(operator: ComparisonOperator, left: Rational, right: Rational): boolean {
  const order = compare(left, right);
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
  }
}

/** All values, or the first unknown one. */
function allKnown(outcomes: NumberOutcome[]): Rational[] | NumberOutcome {
  const values: Rational[] = [];
  for (const outcome of outcomes) {
    if (!outcome.known) return outcome;
    values.push(outcome.value);
  }
  return values;
}

function evaluateCall(
  node: Extract<Expression, { type: 'call' }>,
  context: Context,
): NumberOutcome {
  const values = allKnown(node.args.map((arg) => number(arg, context)));
  if (!Array.isArray(values)) return values;
  const [first, second] = values;
  if (first === undefined || second === undefined) throw new TypeError('too few arguments');
  switch (node.name) {
    case 'share': {
      const whole = add(first, second);
      return isZero(whole)
        ? divisionByZero(node, context)
        : { known: true, value: div(first, whole) };
    }
    case 'ratio':
      return isZero(second)
        ? divisionByZero(node, context)
        : { known: true, value: div(first, second) };
    case 'min':
      return { known: true, value: values.reduce((a, b) => (compare(a, b) <= 0 ? a : b)) };
    case 'max':
      return { known: true, value: values.reduce((a, b) => (compare(a, b) >= 0 ? a : b)) };
  }
}

function evaluateArithmetic(
  node: Extract<Expression, { type: 'arithmetic' }>,
  context: Context,
): NumberOutcome {
  const values = allKnown([number(node.left, context), number(node.right, context)]);
  if (!Array.isArray(values)) return values;
  const [left, right] = values;
  if (left === undefined || right === undefined) throw new TypeError('missing operand');
  switch (node.operator) {
    case '+':
      return { known: true, value: add(left, right) };
    case '-':
      return { known: true, value: sub(left, right) };
    case '*':
      return { known: true, value: mul(left, right) };
    case '/':
      return isZero(right)
        ? divisionByZero(node, context)
        : { known: true, value: div(left, right) };
  }
}

/**
 * Kleene's three-valued logic: `false and unknown` is false and `true or unknown` is true, because
 * the unknown part cannot change the answer. So a recipient that left an optional figure empty
 * still meets "good level or improved" through the part it did report.
 */
function evaluateLogical(
  node: Extract<Expression, { type: 'logical' }>,
  context: Context,
): BooleanOutcome {
  const left = truth(node.left, context);
  const right = truth(node.right, context);
  const decisive = node.operator === 'or';
  if ((left.known && left.value === decisive) || (right.known && right.value === decisive)) {
    return { known: true, value: decisive };
  }
  if (!left.known) return left;
  if (!right.known) return right;
  return { known: true, value: !decisive };
}

function evaluateInner(node: Expression, context: Context): Outcome {
  switch (node.type) {
    case 'number':
    case 'boolean':
      return { known: true, value: node.value };
    case 'figure': {
      const value = context.lookup(node.name);
      return value === undefined
        ? { known: false, reason: { code: 'missing_figure', figure: node.name } }
        : { known: true, value };
    }
    case 'negate': {
      const operand = number(node.operand, context);
      return operand.known
        ? { known: true, value: { num: -operand.value.num, den: operand.value.den } }
        : operand;
    }
    case 'arithmetic':
      return evaluateArithmetic(node, context);
    case 'comparison': {
      const values = allKnown([number(node.left, context), number(node.right, context)]);
      if (!Array.isArray(values)) return values;
      const [left, right] = values;
      if (left === undefined || right === undefined) throw new TypeError('missing operand');
      return { known: true, value: compareWith(node.operator, left, right) };
    }
    case 'logical':
      return evaluateLogical(node, context);
    case 'not': {
      const operand = truth(node.operand, context);
      return operand.known ? { known: true, value: !operand.value } : operand;
    }
    case 'if': {
      // Only the chosen branch is computed: "if a = 0 then 0 else b / a" must not fail on a = 0.
      const condition = truth(node.condition, context);
      if (!condition.known) return condition;
      return evaluateNode(condition.value ? node.then : node.otherwise, context);
    }
    case 'call':
      return evaluateCall(node, context);
  }
}

function evaluateNode(node: Expression, context: Context): Outcome {
  const outcome = evaluateInner(node, context);
  const isLeaf = node.type === 'number' || node.type === 'boolean' || node.type === 'figure';
  if (context.steps !== undefined && !isLeaf) {
    context.steps.push({ expression: context.source.slice(node.start, node.end), outcome });
  }
  return outcome;
}

/**
 * Computes an expression exactly. Never throws for data: a missing figure or a division by zero
 * gives an unknown outcome with the reason. With `withSteps`, every computed sub-expression is
 * returned too, innermost first, for the evaluation preview.
 * @example evaluateExpression(parseExpression('ratio(a, b) > 1'), 'ratio(a, b) > 1', () => ZERO).outcome
 * // { known: false, reason: { code: 'division_by_zero', expression: 'ratio(a, b)' } }
 */
export function evaluateExpression(
  expression: Expression,
  source: string,
  lookup: FigureLookup,
  withSteps = false,
): { outcome: Outcome; steps: EvaluationStep[] } {
  const steps: EvaluationStep[] = [];
  const outcome = evaluateNode(expression, {
    source,
    lookup,
    steps: withSteps ? steps : undefined,
  });
  return { outcome, steps };
}
