import { DomainError } from '../errors';
import { labelFields } from './component-labels';
import {
  fromBigInt,
  isNegative,
  lcm,
  rational,
  splitIntoWholeAndFraction,
  toCanonicalString,
  ZERO,
  type Rational,
} from '../rational';
import { fillToCaps, type FillState } from './fill-to-caps';
import { resolveComponentAmounts } from './resolve-component-amounts';
import { splitByIntegerWeights } from './split-by-weights';
import type {
  AllocationInputRow,
  AllocationModel,
  AllocationResult,
  AllocationRowResult,
  ComponentPart,
} from './types';

/** One component's indicator as integers: value_i = weights[i] / scale, total = weightSum / scale. */
interface IndicatorColumn {
  name: string;
  indicator: string;
  amountKr: bigint;
  values: Rational[];
  weights: bigint[];
  weightSum: bigint;
  scale: bigint;
}

function checkInput(model: AllocationModel, rows: readonly AllocationInputRow[]): void {
  const amounts: [string, bigint][] = [
    ['budget_kr', model.budgetKr],
    ['minimum_kr', model.minimumKr],
  ];
  for (const [field, value] of amounts) {
    if (value < 0n)
      throw new DomainError('allocation.negative_amount', { field, value: value.toString() });
  }
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.recipientCode)) {
      throw new DomainError('allocation.duplicate_recipient', { recipientCode: row.recipientCode });
    }
    seen.add(row.recipientCode);
    if (row.capKr !== undefined && row.capKr < 0n) {
      throw new DomainError('allocation.negative_amount', {
        field: `cap ${row.recipientCode}`,
        value: row.capKr.toString(),
      });
    }
  }
  if (rows.length === 0 && model.budgetKr > 0n) throw new DomainError('allocation.no_recipients');
}

function indicatorValue(row: AllocationInputRow, indicator: string): Rational {
  const value = row.indicators[indicator];
  if (value === undefined) {
    throw new DomainError('allocation.indicator_missing', {
      recipientCode: row.recipientCode,
      indicator,
    });
  }
  if (isNegative(value)) {
    throw new DomainError('allocation.negative_indicator', {
      recipientCode: row.recipientCode,
      indicator,
      value: toCanonicalString(value),
    });
  }
  return value;
}

function readIndicatorColumns(
  model: AllocationModel,
  rows: readonly AllocationInputRow[],
  amountsKr: readonly bigint[],
): IndicatorColumn[] {
  return model.components.map((component, componentIndex) => {
    const values = rows.map((row) => indicatorValue(row, component.indicator));
    const scale = values.reduce((acc, value) => lcm(acc, value.den), 1n);
    const weights = values.map((value) => value.num * (scale / value.den));
    const weightSum = weights.reduce((acc, weight) => acc + weight, 0n);
    const amountKr = amountsKr[componentIndex] ?? 0n;
    if (amountKr > 0n && weightSum === 0n) {
      throw new DomainError('allocation.indicator_total_zero', {
        component: component.name,
        indicator: component.indicator,
      });
    }
    return {
      name: component.name,
      indicator: component.indicator,
      amountKr,
      values,
      weights,
      weightSum,
      scale,
    };
  });
}

/**
 * Key quotas as integer numerators over one common denominator: quota_i = Σ_c amount_c ×
 * weight_ic / weightSum_c = numerators[i] / denominator, with denominator = lcm of the sums.
 */
function keyQuotaNumerators(columns: readonly IndicatorColumn[], rowCount: number) {
  const funded = columns.filter((column) => column.amountKr > 0n);
  const denominator = funded.reduce((acc, column) => lcm(acc, column.weightSum), 1n);
  const numerators = new Array<bigint>(rowCount).fill(0n);
  for (const column of funded) {
    const factor = column.amountKr * (denominator / column.weightSum);
    column.weights.forEach((weight, index) => {
      numerators[index] = (numerators[index] ?? 0n) + weight * factor;
    });
  }
  return { numerators, denominator };
}

function explainParts(columns: readonly IndicatorColumn[], index: number): ComponentPart[] {
  return columns.map((column) => {
    const weight = column.weights[index] ?? 0n;
    const share = column.weightSum === 0n ? ZERO : rational(weight, column.weightSum);
    return {
      name: column.name,
      indicator: column.indicator,
      indicatorValue: column.values[index] ?? ZERO,
      share,
      exactKr:
        column.weightSum === 0n ? ZERO : rational(column.amountKr * weight, column.weightSum),
    };
  });
}

interface Rounding {
  exactQuotaKr: Rational;
  roundedDownKr: bigint;
  remainder: Rational;
  roundedUp: boolean;
}

const NOTHING: Rounding = {
  exactQuotaKr: ZERO,
  roundedDownKr: 0n,
  remainder: ZERO,
  roundedUp: false,
};

/**
 * ONE largest-remainder rounding for the whole allocation. Minimums and caps are whole kronor, so
 * the fractional part of every exact amount is the fractional part of its share of the rest: the
 * rest is split by key among the uncapped recipients and the minimum added afterwards. Rounding
 * only the fractional parts keeps every floor (amount ≥ minimum) and every cap (amount ≤ cap,
 * because the exact amount ≤ cap and the cap is an integer, so its ceiling is too).
 */
function roundAmounts(
  states: readonly FillState[],
  keyNumerators: readonly bigint[],
  rows: readonly AllocationInputRow[],
  restKr: bigint,
  minimumKr: bigint,
): Rounding[] {
  const shared = states.flatMap((state, index) => (state === 'shared' ? [index] : []));
  const split = splitByIntegerWeights(
    restKr,
    shared.map((index) => rows[index]?.recipientCode ?? ''),
    shared.map((index) => keyNumerators[index] ?? 0n),
  );
  const roundings = states.map((state, index): Rounding => {
    if (state !== 'capped') return NOTHING;
    const capKr = rows[index]?.capKr ?? 0n;
    return {
      exactQuotaKr: fromBigInt(capKr),
      roundedDownKr: capKr,
      remainder: ZERO,
      roundedUp: false,
    };
  });
  shared.forEach((rowIndex, position) => {
    const roundedDownKr = minimumKr + (split.roundedDown[position] ?? 0n);
    const exact = splitIntoWholeAndFraction(
      roundedDownKr,
      split.remainderNumerators[position] ?? 0n,
      split.denominator,
    );
    roundings[rowIndex] = {
      exactQuotaKr: exact.total,
      roundedDownKr,
      remainder: exact.fraction,
      roundedUp: split.roundedUp[position] ?? false,
    };
  });
  return roundings;
}

/**
 * Computes every recipient's whole-kronor amount from a model and indicator rows, with a full
 * explanation per row. In order: component amounts (fixed, or fractions of the budget rounded so
 * they sum to it); each recipient's exact key quota Σ amount × value / Σ values; the minimum for
 * every recipient with a positive key quota and the rest by key; caps by exact water-filling (the
 * leftover when everyone is capped is `unallocatedKr`); then one largest-remainder rounding so
 * the amounts sum to budget − unallocated exactly. Throws DomainError for a model or data that
 * cannot give an allocation (codes `allocation.*` in issues.ts).
 * @example allocate({ budgetKr: 100n, minimumKr: 0n, components: [{ name: 'p', indicator: 'p' }] }, rows)
 */
export function allocate(model: AllocationModel, rows: AllocationInputRow[]): AllocationResult {
  checkInput(model, rows);
  const columns = readIndicatorColumns(model, rows, resolveComponentAmounts(model));
  const key = keyQuotaNumerators(columns, rows.length);
  const fill = fillToCaps({
    budgetKr: model.budgetKr,
    minimumKr: model.minimumKr,
    keyNumerators: key.numerators,
    capsKr: rows.map((row) => row.capKr),
  });
  const roundings = roundAmounts(fill.states, key.numerators, rows, fill.restKr, model.minimumKr);
  const resultRows = rows.map((row, index): AllocationRowResult => {
    const state = fill.states[index] ?? 'no_key';
    const rounding = roundings[index] ?? NOTHING;
    return {
      recipientCode: row.recipientCode,
      amountKr: rounding.roundedUp ? rounding.roundedDownKr + 1n : rounding.roundedDownKr,
      parts: explainParts(columns, index),
      keyQuotaKr: rational(key.numerators[index] ?? 0n, key.denominator),
      minimumKr: state === 'no_key' ? 0n : model.minimumKr,
      minimumApplied: state === 'shared' && model.minimumKr > 0n,
      ...(row.capKr === undefined ? {} : { capKr: row.capKr }),
      capApplied: state === 'capped',
      ...rounding,
    };
  });
  return {
    budgetKr: model.budgetKr,
    components: columns.map((column, index) => ({
      name: column.name,
      indicator: column.indicator,
      ...labelFields(model.components[index] ?? {}),
      amountKr: column.amountKr,
      indicatorTotal: rational(column.weightSum, column.scale),
    })),
    rows: resultRows,
    totalKr: resultRows.reduce((total, row) => total + row.amountKr, 0n),
    unallocatedKr: fill.unallocatedKr,
  };
}
