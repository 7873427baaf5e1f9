import { toCanonicalString, toDecimalString, type Rational } from '../rational';
import {
  evaluateExpression,
  type EvaluationStep,
  type Outcome,
  type UnknownReason,
} from './expression/evaluate';
import type { Condition, FigureRow, PerformanceModel } from './types';

/** Decimals shown next to every exact value: enough to see 0.170000 against 0.170001. */
export const DISPLAY_DECIMALS = 6;

/** A value as the preview shows it: exact (`"29/170"`), and rounded for reading (`"0.170588"`). */
export interface ShownValue {
  /** The exact rational ("29/170"), "true"/"false", or undefined when unknown. */
  exact?: string;
  /** Half away from zero to DISPLAY_DECIMALS places; for display only, never compared. */
  decimal?: string;
  /** Why the value is unknown (a missing figure, a division by zero). */
  unknown?: UnknownReason;
}

export interface ConditionEvaluation {
  conditionId: string;
  label: string;
  expression: string;
  /** Each figure the condition reads, with the recipient's value. */
  inputs: { figure: string; value: ShownValue }[];
  /** Every computed sub-expression, innermost first. */
  steps: { expression: string; value: ShownValue }[];
  /** True only when the expression is known to be true. */
  met: boolean;
  /** Set when the expression could not be decided; the condition is then not met. */
  unknown?: UnknownReason;
}

export interface RecipientEvaluation {
  recipientCode: string;
  conditions: ConditionEvaluation[];
}

function showRational(value: Rational): ShownValue {
  return { exact: toCanonicalString(value), decimal: toDecimalString(value, DISPLAY_DECIMALS) };
}

function showOutcome(outcome: Outcome): ShownValue {
  if (!outcome.known) return { unknown: outcome.reason };
  return typeof outcome.value === 'boolean'
    ? { exact: String(outcome.value) }
    : showRational(outcome.value);
}

/** The verdict of one condition for one recipient: met only when known to be true. */
export function isConditionMet(condition: Condition, row: FigureRow): boolean {
  const { outcome } = evaluateExpression(condition.expression, condition.source, (name) =>
    row.values.get(name),
  );
  return outcome.known && outcome.value === true;
}

/** One condition for one recipient, with its inputs and every step, for the preview. */
export function evaluateCondition(condition: Condition, row: FigureRow): ConditionEvaluation {
  const { outcome, steps } = evaluateExpression(
    condition.expression,
    condition.source,
    (name) => row.values.get(name),
    true,
  );
  return {
    conditionId: condition.id,
    label: condition.label,
    expression: condition.source,
    inputs: condition.figures.map((figure) => {
      const value = row.values.get(figure);
      return {
        figure,
        value:
          value === undefined
            ? { unknown: { code: 'missing_figure', figure } }
            : showRational(value),
      };
    }),
    steps: steps.map((step: EvaluationStep) => ({
      expression: step.expression,
      value: showOutcome(step.outcome),
    })),
    met: outcome.known && outcome.value === true,
    ...(outcome.known ? {} : { unknown: outcome.reason }),
  };
}

/**
 * The evaluation preview: every condition of the model for every recipient that reported, with
 * the figures read, each computed value (exact and as a decimal) and the verdict. Pure; the
 * order of `rows` is kept.
 */
export function evaluateConditions(
  model: PerformanceModel,
  rows: readonly FigureRow[],
): RecipientEvaluation[] {
  return rows.map((row) => ({
    recipientCode: row.recipientCode,
    conditions: model.conditions.map((condition) => evaluateCondition(condition, row)),
  }));
}
