import { DomainError } from '../errors';
import { add, compare, fromBigInt, mul, toCanonicalString, ZERO, type Rational } from '../rational';
import { splitByWeights } from './split-by-weights';
import type { AllocationModel } from './types';

function describeSum(sum: Rational): string {
  return toCanonicalString(sum);
}

function checkEachComponentHasOneAmount(model: AllocationModel): void {
  if (model.components.length === 0) throw new DomainError('allocation.no_components');
  for (const component of model.components) {
    const hasAmount = component.amountKr !== undefined;
    const hasFraction = component.fraction !== undefined;
    if (hasAmount && hasFraction) {
      throw new DomainError('allocation.component_amount_and_fraction', {
        component: component.name,
      });
    }
    if (!hasAmount && !hasFraction) {
      throw new DomainError('allocation.component_amount_missing', { component: component.name });
    }
    if (hasAmount && (component.amountKr ?? 0n) < 0n) {
      throw new DomainError('allocation.negative_amount', {
        field: component.name,
        value: String(component.amountKr),
      });
    }
  }
}

/**
 * Whole-kronor amount of each component, in model order. Fixed amounts are taken as they are; the
 * money given as fractions of the budget (e.g. "6726959/41991440") is split by the same
 * largest-remainder rule as the recipients, so the components always sum to the budget exactly.
 * A model with a single component that names neither takes the whole budget. Components that do
 * not add up to the budget are an error rather than silently scaled: a model that does not add up
 * is a typo in a decision.
 */
export function resolveComponentAmounts(model: AllocationModel): bigint[] {
  const [only] = model.components;
  if (
    model.components.length === 1 &&
    only &&
    only.amountKr === undefined &&
    only.fraction === undefined
  ) {
    return [model.budgetKr];
  }
  checkEachComponentHasOneAmount(model);
  let fixedKr = 0n;
  let fractionSum = ZERO;
  for (const component of model.components) {
    if (component.amountKr !== undefined) fixedKr += component.amountKr;
    if (component.fraction !== undefined) fractionSum = add(fractionSum, component.fraction);
  }
  const budget = fromBigInt(model.budgetKr);
  const componentSum = add(fromBigInt(fixedKr), mul(fractionSum, budget));
  if (compare(componentSum, budget) !== 0) {
    throw new DomainError('allocation.components_do_not_sum', {
      sumKr: describeSum(componentSum),
      budgetKr: model.budgetKr.toString(),
    });
  }
  const fractional = model.components.flatMap((component) =>
    component.fraction === undefined ? [] : [{ id: component.name, weight: component.fraction }],
  );
  const fractionalAmounts = new Map(
    splitByWeights(model.budgetKr - fixedKr, fractional).map((share) => [share.id, share.amount]),
  );
  return model.components.map(
    (component) => component.amountKr ?? fractionalAmounts.get(component.name) ?? 0n,
  );
}
