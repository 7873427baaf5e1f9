import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../errors';
import {
  add,
  compare,
  div,
  fromBigInt,
  mul,
  rational,
  sub,
  toCanonicalString,
  ZERO,
  type Rational,
} from '../rational';
import { allocate } from './allocate';
import type { AllocationInputRow, AllocationModel } from './types';

const kr = (value: bigint): Rational => fromBigInt(value);

function oneIndicatorModel(budgetKr: bigint, minimumKr = 0n): AllocationModel {
  return { budgetKr, minimumKr, components: [{ name: 'key', indicator: 'key' }] };
}

function rows(
  keys: Record<string, bigint>,
  caps: Record<string, bigint> = {},
): AllocationInputRow[] {
  return Object.entries(keys).map(([recipientCode, key]) => ({
    recipientCode,
    indicators: { key: kr(key) },
    ...(caps[recipientCode] === undefined ? {} : { capKr: caps[recipientCode] }),
  }));
}

function amountsOf(model: AllocationModel, input: AllocationInputRow[]): Record<string, bigint> {
  return Object.fromEntries(
    allocate(model, input).rows.map((row) => [row.recipientCode, row.amountKr]),
  );
}

function throwsCode(action: () => unknown, code: string): void {
  assert.throws(action, (error) => error instanceof DomainError && error.code === code);
}

describe('allocate: components', () => {
  it('splits the seed-004 model (Stockholm 2025) into 35 264 481 + 6 726 959', () => {
    const model: AllocationModel = {
      budgetKr: 41_991_440n,
      minimumKr: 0n,
      components: [
        { name: 'population', indicator: 'population', amountKr: 35_264_481n },
        {
          name: 'home health care',
          indicator: 'hsl_individuals',
          fraction: rational(6_726_959n, 41_991_440n),
        },
      ],
    };
    const input: AllocationInputRow[] = [
      { recipientCode: 'A', indicators: { population: kr(3n), hsl_individuals: kr(1n) } },
      { recipientCode: 'B', indicators: { population: kr(1n), hsl_individuals: kr(1n) } },
    ];
    const result = allocate(model, input);
    assert.deepEqual(
      result.components.map((component) => component.amountKr),
      [35_264_481n, 6_726_959n],
    );
    assert.equal(result.totalKr, 41_991_440n);
    const [first] = result.rows;
    assert.equal(toCanonicalString(first?.parts[0]?.share ?? ZERO), '3/4');
    assert.equal(toCanonicalString(first?.parts[1]?.exactKr ?? ZERO), '6726959/2');
  });

  it('rounds fractional components by largest remainder so they sum to the budget', () => {
    const third = rational(1n, 3n);
    const model: AllocationModel = {
      budgetKr: 100n,
      minimumKr: 0n,
      components: ['a', 'b', 'c'].map((name) => ({ name, indicator: name, fraction: third })),
    };
    const input = [{ recipientCode: 'X', indicators: { a: kr(1n), b: kr(1n), c: kr(1n) } }];
    assert.deepEqual(
      allocate(model, input).components.map((component) => component.amountKr),
      [34n, 33n, 33n],
    );
  });

  it('gives the whole budget to a single component without amount or fraction', () => {
    assert.deepEqual(amountsOf(oneIndicatorModel(10n), rows({ a: 1n, b: 1n })), { a: 5n, b: 5n });
  });

  const modelErrors: { name: string; model: AllocationModel; code: string }[] = [
    {
      name: 'components that do not sum to the budget',
      model: {
        budgetKr: 100n,
        minimumKr: 0n,
        components: [
          { name: 'a', indicator: 'key', amountKr: 60n },
          { name: 'b', indicator: 'key', fraction: rational(1n, 4n) },
        ],
      },
      code: 'allocation.components_do_not_sum',
    },
    {
      name: 'a second component without amount or fraction',
      model: {
        budgetKr: 100n,
        minimumKr: 0n,
        components: [
          { name: 'a', indicator: 'key', amountKr: 100n },
          { name: 'b', indicator: 'key' },
        ],
      },
      code: 'allocation.component_amount_missing',
    },
    {
      name: 'a component with both amount and fraction',
      model: {
        budgetKr: 100n,
        minimumKr: 0n,
        components: [{ name: 'a', indicator: 'key', amountKr: 100n, fraction: rational(1n, 1n) }],
      },
      code: 'allocation.component_amount_and_fraction',
    },
    {
      name: 'no components',
      model: { budgetKr: 100n, minimumKr: 0n, components: [] },
      code: 'allocation.no_components',
    },
    {
      name: 'a negative budget',
      model: oneIndicatorModel(-1n),
      code: 'allocation.negative_amount',
    },
    {
      name: 'a budget below the minimums',
      model: oneIndicatorModel(299n, 100n),
      code: 'allocation.budget_below_minimums',
    },
  ];
  for (const { name, model, code } of modelErrors) {
    it(`refuses ${name}`, () =>
      throwsCode(() => allocate(model, rows({ a: 1n, b: 1n, c: 1n })), code));
  }

  it('refuses an indicator that is 0 everywhere while its component has money', () => {
    throwsCode(
      () => allocate(oneIndicatorModel(10n), rows({ a: 0n, b: 0n })),
      'allocation.indicator_total_zero',
    );
  });
  it('refuses a missing indicator, a negative value and a repeated recipient', () => {
    throwsCode(
      () => allocate(oneIndicatorModel(10n), [{ recipientCode: 'a', indicators: {} }]),
      'allocation.indicator_missing',
    );
    throwsCode(
      () => allocate(oneIndicatorModel(10n), rows({ a: -1n, b: 2n })),
      'allocation.negative_indicator',
    );
    throwsCode(
      () => allocate(oneIndicatorModel(10n), [...rows({ a: 1n }), ...rows({ a: 1n })]),
      'allocation.duplicate_recipient',
    );
  });
});

describe('allocate: minimum amount', () => {
  it('gives each recipient with a key the minimum, then the rest by key', () => {
    // 1 000 − 3 × 100 = 700 by key 1:1:2 → 175, 175, 350.
    assert.deepEqual(amountsOf(oneIndicatorModel(1000n, 100n), rows({ a: 1n, b: 1n, c: 2n })), {
      a: 275n,
      b: 275n,
      c: 450n,
    });
  });
  it('gives no minimum to a recipient whose key quota is 0', () => {
    const result = allocate(oneIndicatorModel(1000n, 100n), rows({ a: 1n, z: 0n }));
    assert.deepEqual(
      result.rows.map((row) => [row.recipientCode, row.amountKr, row.minimumApplied]),
      [
        ['a', 1000n, true],
        ['z', 0n, false],
      ],
    );
  });
  it('accepts a budget exactly equal to the minimums', () => {
    assert.deepEqual(amountsOf(oneIndicatorModel(300n, 100n), rows({ a: 1n, b: 1n, c: 5n })), {
      a: 100n,
      b: 100n,
      c: 100n,
    });
  });
});

describe('allocate: caps', () => {
  it('caps a recipient and redistributes the excess by key', () => {
    assert.deepEqual(
      amountsOf(oneIndicatorModel(100n), rows({ a: 1n, b: 1n, c: 1n, d: 1n }, { a: 10n })),
      {
        a: 10n,
        b: 30n,
        c: 30n,
        d: 30n,
      },
    );
  });
  it('repeats until stable when the redistribution pushes another over its cap', () => {
    // First pass: a capped at 20 → 80/3 = 26.67 each, above b's cap 26 → b capped → 27, 27.
    const result = allocate(
      oneIndicatorModel(100n),
      rows({ a: 1n, b: 1n, c: 1n, d: 1n }, { a: 20n, b: 26n }),
    );
    assert.deepEqual(
      result.rows.map((row) => [row.amountKr, row.capApplied]),
      [
        [20n, true],
        [26n, true],
        [27n, false],
        [27n, false],
      ],
    );
    assert.equal(result.unallocatedKr, 0n);
  });
  it('leaves the budget the caps cannot take unallocated', () => {
    const result = allocate(oneIndicatorModel(100n), rows({ a: 1n, b: 3n }, { a: 10n, b: 20n }));
    assert.deepEqual([result.totalKr, result.unallocatedKr], [30n, 70n]);
  });
  it('lets a cap below the minimum win', () => {
    const result = allocate(oneIndicatorModel(1000n, 100n), rows({ a: 1n, b: 1n }, { a: 40n }));
    assert.deepEqual(
      result.rows.map((row) => [row.amountKr, row.capApplied, row.minimumApplied]),
      [
        [40n, true, false],
        [960n, false, true],
      ],
    );
  });
  it('does not mark a cap applied when the amount lands exactly on it', () => {
    const result = allocate(oneIndicatorModel(100n), rows({ a: 1n, b: 1n }, { a: 50n }));
    assert.deepEqual(
      result.rows.map((row) => [row.amountKr, row.capApplied]),
      [
        [50n, false],
        [50n, false],
      ],
    );
  });
});

describe('allocate: explanation', () => {
  it('explains every step for one row', () => {
    const result = allocate(oneIndicatorModel(10n), rows({ a: 1n, b: 2n }, { b: 100n }));
    assert.deepEqual(result.rows[1], {
      recipientCode: 'b',
      amountKr: 7n,
      parts: [
        {
          name: 'key',
          indicator: 'key',
          indicatorValue: kr(2n),
          share: rational(2n, 3n),
          exactKr: rational(20n, 3n),
        },
      ],
      keyQuotaKr: rational(20n, 3n),
      exactQuotaKr: rational(20n, 3n),
      minimumKr: 0n,
      minimumApplied: false,
      capKr: 100n,
      capApplied: false,
      roundedDownKr: 6n,
      remainder: rational(2n, 3n),
      roundedUp: true,
    });
  });
});

/** The engine's rule stated the slow way, as the brief words it, to check the fast one against. */
function referenceExactAmounts(
  budgetKr: bigint,
  minimumKr: bigint,
  input: AllocationInputRow[],
): Rational[] {
  const keys = input.map((row) => row.indicators.key ?? ZERO);
  const eligible = keys.map((key) => key.num > 0n);
  const capped = input.map(
    (row, index) => eligible[index] === true && row.capKr !== undefined && row.capKr < minimumKr,
  );
  for (;;) {
    let rest = kr(budgetKr);
    let keySum = ZERO;
    input.forEach((row, index) => {
      if (!eligible[index]) return;
      if (capped[index]) rest = sub(rest, kr(row.capKr ?? 0n));
      else {
        rest = sub(rest, kr(minimumKr));
        keySum = add(keySum, keys[index] ?? ZERO);
      }
    });
    const amounts = input.map((row, index) => {
      if (!eligible[index]) return ZERO;
      if (capped[index]) return kr(row.capKr ?? 0n);
      return add(kr(minimumKr), mul(rest, div(keys[index] ?? ZERO, keySum)));
    });
    const over = input.findIndex(
      (row, index) =>
        !capped[index] &&
        eligible[index] &&
        row.capKr !== undefined &&
        compare(amounts[index] ?? ZERO, kr(row.capKr)) > 0,
    );
    if (over < 0) return amounts;
    input.forEach((row, index) => {
      if (
        !capped[index] &&
        eligible[index] &&
        row.capKr !== undefined &&
        compare(amounts[index] ?? ZERO, kr(row.capKr)) > 0
      )
        capped[index] = true;
    });
    if (keySum.num === 0n) return amounts;
    if (capped.every((isCapped, index) => isCapped || !eligible[index])) {
      return input.map((row, index) => (eligible[index] ? kr(row.capKr ?? 0n) : ZERO));
    }
  }
}

const allocationCase = fc
  .record({
    keys: fc.array(
      fc.record({
        key: fc.oneof(fc.constantFrom(0n, 1n, 2n), fc.bigInt({ min: 0n, max: 10n ** 15n })),
        keyDen: fc.constantFrom(1n, 10n, 1000n),
        cap: fc.option(fc.bigInt({ min: 0n, max: 2_000_000n }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    budgetKr: fc.bigInt({ min: 0n, max: 50_000_000n }),
    minimumKr: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 200_000n })),
  })
  .filter(({ keys }) => keys.some((entry) => entry.key > 0n))
  .map(({ keys, budgetKr, minimumKr }) => {
    const input: AllocationInputRow[] = keys.map((entry, index) => ({
      recipientCode: `r${String(index).padStart(3, '0')}`,
      indicators: { key: rational(entry.key, entry.keyDen) },
      ...(entry.cap === undefined ? {} : { capKr: entry.cap }),
    }));
    const required = input.reduce((sum, row) => {
      if ((row.indicators.key?.num ?? 0n) === 0n) return sum;
      return sum + (row.capKr !== undefined && row.capKr < minimumKr ? row.capKr : minimumKr);
    }, 0n);
    return {
      model: oneIndicatorModel(budgetKr > required ? budgetKr : required, minimumKr),
      input,
    };
  });

describe('allocate: properties', () => {
  it('property: amounts sum to budget − unallocated exactly; floors and caps hold after rounding', () => {
    fc.assert(
      fc.property(allocationCase, ({ model, input }) => {
        const result = allocate(model, input);
        assert.equal(result.totalKr + result.unallocatedKr, model.budgetKr);
        assert.equal(
          result.rows.reduce((sum, row) => sum + row.amountKr, 0n),
          result.totalKr,
        );
        for (const row of result.rows) {
          if (row.capKr !== undefined)
            assert.ok(row.amountKr <= row.capKr, `${row.recipientCode} over its cap`);
          if (row.keyQuotaKr.num > 0n) {
            const floorKr =
              row.capKr !== undefined && row.capKr < model.minimumKr ? row.capKr : model.minimumKr;
            assert.ok(row.amountKr >= floorKr, `${row.recipientCode} below its minimum`);
          } else assert.equal(row.amountKr, 0n);
          const difference = sub(kr(row.amountKr), row.exactQuotaKr);
          assert.ok(compare(difference, kr(1n)) < 0 && compare(difference, kr(-1n)) > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: the exact amounts equal the iterate-until-stable water-filling', () => {
    fc.assert(
      fc.property(allocationCase, ({ model, input }) => {
        const expected = referenceExactAmounts(model.budgetKr, model.minimumKr, input);
        const result = allocate(model, input);
        result.rows.forEach((row, index) => {
          assert.equal(
            toCanonicalString(row.exactQuotaKr),
            toCanonicalString(expected[index] ?? ZERO),
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('property: without minimum and caps each amount is within 1 kr of its key quota', () => {
    fc.assert(
      fc.property(
        allocationCase.map(({ model, input }) => ({
          model: { ...model, minimumKr: 0n },
          input: input.map(({ recipientCode, indicators }) => ({ recipientCode, indicators })),
        })),
        ({ model, input }) => {
          const result = allocate(model, input);
          assert.equal(result.totalKr, model.budgetKr);
          for (const row of result.rows) {
            const difference = sub(kr(row.amountKr), row.keyQuotaKr);
            assert.ok(compare(difference, kr(1n)) < 0 && compare(difference, kr(-1n)) > 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: shuffling the rows does not change any amount', () => {
    fc.assert(
      fc.property(
        allocationCase.chain((testCase) =>
          fc.tuple(
            fc.constant(testCase),
            fc.shuffledSubarray(testCase.input, { minLength: testCase.input.length }),
          ),
        ),
        ([{ model, input }, shuffled]) => {
          assert.deepEqual(amountsOf(model, shuffled), amountsOf(model, input));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('allocates among 100 000 recipients with a minimum and caps exactly', () => {
    const input: AllocationInputRow[] = fc
      .sample(
        fc.tuple(
          fc.bigInt({ min: 0n, max: 10n ** 15n }),
          fc.option(fc.bigInt({ min: 0n, max: 80_000n })),
        ),
        {
          numRuns: 100_000,
          seed: 7,
        },
      )
      .map(([key, cap], index) => ({
        recipientCode: `r${index}`,
        indicators: { key: rational(key, 100n) },
        ...(cap === null ? {} : { capKr: cap }),
      }));
    const model = oneIndicatorModel(3_998_500_000n, 10_000n);
    const result = allocate(model, input);
    assert.equal(result.totalKr + result.unallocatedKr, model.budgetKr);
    assert.ok(result.rows.every((row) => row.capKr === undefined || row.amountKr <= row.capKr));
  });
});
