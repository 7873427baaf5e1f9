import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isDomainError } from '../errors';
import { add, compare, fromBigInt, sum, toCanonicalString, ZERO, type Rational } from '../rational';
import { calculatePerformanceGrant, type PerformanceResult } from './calculate';
import { evaluateConditions } from './evaluate-conditions';
import { parsePerformanceModel } from './model';
import { explainRecipient } from './present';
import type { FigureRow, KeyEntry, PerformanceModel } from './types';

function modelOf(json: unknown): PerformanceModel {
  const parsed = parsePerformanceModel(json);
  if (!parsed.ok) assert.fail(JSON.stringify(parsed.issues));
  return parsed.model;
}

/**
 * A model whose condition i is "c<i> = 1", so a test decides who meets what directly; pools get
 * the given weights (fractions w / Σ w) and feed from the given conditions.
 */
function flagModel(
  totalKr: bigint,
  conditionCount: number,
  pools: { weight: number; conditions: number[] }[],
): PerformanceModel {
  const weightSum = pools.reduce((total, pool) => total + pool.weight, 0);
  const ids = Array.from({ length: conditionCount }, (_, index) => index);
  return modelOf({
    name: 'Flags',
    total_kr: Number(totalKr),
    measurement_points: [{ id: 'now', date: '2023-12-31' }],
    figures: ids.map((i) => ({
      name: `c${i}`,
      label: `Flag ${i}`,
      type: 'integer',
      unit: 'flag',
      min: 0,
      max: 1,
      measurement_point: 'now',
    })),
    conditions: ids.map((i) => ({ id: `c${i}`, label: `C${i}`, expression: `c${i} = 1` })),
    pools: pools.map((pool, index) => ({
      id: `p${index}`,
      label: `P${index}`,
      fraction: `${pool.weight}/${weightSum}`,
      conditions: pool.conditions.map((i) => `c${i}`),
    })),
    money_not_taken: 'reallocate_by_key_among_qualifiers',
  });
}

function flagRow(code: string, flags: boolean[]): FigureRow {
  return {
    recipientCode: code,
    values: new Map(flags.map((flag, i) => [`c${i}`, fromBigInt(flag ? 1n : 0n)])),
  };
}

function amounts(result: PerformanceResult): Map<string, bigint> {
  return new Map(result.recipients.map((r) => [r.recipientCode, r.amountKr]));
}

function exactTotals(result: PerformanceResult): Map<string, Rational> {
  return new Map(
    result.recipients.map((r) => [r.recipientCode, sum(r.pools.map((p) => p.exactKr))]),
  );
}

describe('calculatePerformanceGrant', () => {
  const twoPools = flagModel(1000n, 2, [
    { weight: 1, conditions: [0] },
    { weight: 2, conditions: [1] },
  ]);
  const key: KeyEntry[] = [
    { recipientCode: 'A', keyKr: 100n },
    { recipientCode: 'B', keyKr: 200n },
    { recipientCode: 'C', keyKr: 300n },
    { recipientCode: 'D', keyKr: 400n },
  ];
  const rows = [
    flagRow('A', [true, true]),
    flagRow('B', [true, false]),
    flagRow('C', [false, false]),
  ];

  it('splits each pool by key among its qualifiers and adds the parts', () => {
    const result = calculatePerformanceGrant(twoPools, key, rows);
    assert.deepEqual(
      result.pools.map((pool) => [pool.poolId, pool.amountKr, pool.qualifierCount]),
      [
        ['p0', 333n, 2],
        ['p1', 667n, 1],
      ],
    );
    // p0: 333 × 100/300 = 111 and 333 × 200/300 = 222; p1: all 667 to A.
    assert.deepEqual(
      [...amounts(result)],
      [
        ['A', 778n],
        ['B', 222n],
        ['C', 0n],
        ['D', 0n],
      ],
    );
    assert.deepEqual(
      result.recipients.map((r) => r.status),
      ['qualified', 'qualified', 'no_condition_met', 'not_reported'],
    );
  });

  it('explains an amount with its pools, key, share and rounding', () => {
    const result = calculatePerformanceGrant(twoPools, key, rows);
    const [a, , c, d] = result.recipients;
    assert.ok(a && c && d);
    assert.equal(
      explainRecipient(twoPools, result, a),
      'Met c0, c1. Pool p0 (333 kr, 2 qualifiers): key 100 kr of 300 kr = share 1/3 ≈ 0.333333; exact 111 kr, rounded down to 111 kr → 111 kr. ' +
        'Pool p1 (667 kr, 1 qualifier): key 100 kr of 100 kr = share 1; exact 667 kr, rounded down to 667 kr → 667 kr. Sum of the pools: 778 kr.',
    );
    assert.match(explainRecipient(twoPools, result, c), /^Met no condition\. 0 kr/);
    assert.match(explainRecipient(twoPools, result, d), /^No figures reported/);
  });

  it('gives the money of a pool nobody qualifies for to the other pools', () => {
    const result = calculatePerformanceGrant(twoPools, key, [flagRow('B', [true, false])]);
    assert.deepEqual(
      [...amounts(result)].filter(([, kr]) => kr > 0n),
      [['B', 1000n]],
    );
    assert.deepEqual(
      result.pools.map((pool) => pool.amountKr),
      [1000n, 0n],
    );
  });

  it('refuses to allocate when nobody qualifies', () => {
    assert.throws(
      () => calculatePerformanceGrant(twoPools, key, [flagRow('C', [false, false])]),
      (error) => isDomainError(error) && error.code === 'performance.no_qualifiers',
    );
  });

  it('refuses figures of a recipient outside the key', () => {
    assert.throws(
      () => calculatePerformanceGrant(twoPools, key, [flagRow('X', [true, true])]),
      (error) => isDomainError(error) && error.code === 'performance.recipient_not_in_key',
    );
  });

  it('does not meet a condition it cannot decide, and says why', () => {
    const row: FigureRow = {
      recipientCode: 'A',
      values: new Map([
        ['c0', undefined],
        ['c1', fromBigInt(1n)],
      ]),
    };
    const result = calculatePerformanceGrant(twoPools, key, [row]);
    assert.deepEqual(result.recipients[0]?.conditions, [
      { conditionId: 'c0', met: false, unknown: { code: 'missing_figure', figure: 'c0' } },
      { conditionId: 'c1', met: true },
    ]);
  });
});

describe('evaluateConditions (the preview)', () => {
  it('shows inputs, each computed value exactly and as a decimal, and the verdict', () => {
    const model = modelOf({
      name: 'Preview',
      total_kr: 10,
      measurement_points: [{ id: 'now', date: '2023-11-01' }],
      figures: ['h', 'p'].map((name) => ({
        name,
        label: name,
        type: 'integer',
        unit: 'persons',
        measurement_point: 'now',
      })),
      conditions: [{ id: 'good', label: 'Good', expression: 'share(h, p) <= 17%' }],
      pools: [{ id: 'all', label: 'All', fraction: '1', conditions: ['good'] }],
      money_not_taken: 'reallocate_by_key_among_qualifiers',
    });
    const [preview] = evaluateConditions(model, [
      {
        recipientCode: '0114',
        values: new Map([
          ['h', fromBigInt(29n)],
          ['p', fromBigInt(141n)],
        ]),
      },
    ]);
    assert.deepEqual(preview?.conditions[0], {
      conditionId: 'good',
      label: 'Good',
      expression: 'share(h, p) <= 17%',
      inputs: [
        { figure: 'h', value: { exact: '29', decimal: '29.000000' } },
        { figure: 'p', value: { exact: '141', decimal: '141.000000' } },
      ],
      steps: [
        { expression: 'share(h, p)', value: { exact: '29/170', decimal: '0.170588' } },
        { expression: 'share(h, p) <= 17%', value: { exact: 'false' } },
      ],
      met: false,
    });
  });
});

// ---- properties ---------------------------------------------------------------------------------

const poolsArbitrary = (conditionCount: number) =>
  fc.array(
    fc.record({
      weight: fc.integer({ min: 1, max: 12 }),
      conditions: fc.uniqueArray(fc.integer({ min: 0, max: conditionCount - 1 }), {
        minLength: 1,
        maxLength: conditionCount,
      }),
    }),
    { minLength: 1, maxLength: 3 },
  );

const scenarioArbitrary = fc.integer({ min: 1, max: 3 }).chain((conditionCount) =>
  fc.record({
    conditionCount: fc.constant(conditionCount),
    totalKr: fc.bigInt({ min: 0n, max: 10_000_000_000n }),
    pools: poolsArbitrary(conditionCount),
    recipients: fc.uniqueArray(
      fc.record({
        code: fc.stringMatching(/^[0-9]{4}$/),
        keyKr: fc.bigInt({ min: 0n, max: 500_000_000n }),
        reported: fc.boolean(),
        flags: fc.array(fc.boolean(), { minLength: conditionCount, maxLength: conditionCount }),
      }),
      { minLength: 1, maxLength: 25, selector: (recipient) => recipient.code },
    ),
  }),
);

type Scenario = typeof scenarioArbitrary extends fc.Arbitrary<infer T> ? T : never;

function inputsOf(scenario: Scenario) {
  const model = flagModel(scenario.totalKr, scenario.conditionCount, scenario.pools);
  const key = scenario.recipients.map((r) => ({ recipientCode: r.code, keyKr: r.keyKr }));
  const rows = scenario.recipients.filter((r) => r.reported).map((r) => flagRow(r.code, r.flags));
  return { model, key, rows };
}

/**
 * The scenario with its first recipient reporting, holding a key and meeting `conditions`: then
 * someone qualifies, so the calculation has a result for every generated case (with nobody
 * qualifying it refuses with performance.no_qualifiers, tested above).
 */
function withQualifier(scenario: Scenario, conditions: 'first pool' | 'every pool'): Scenario {
  const [first, ...rest] = scenario.recipients;
  if (first === undefined) throw new Error('the arbitrary makes at least one recipient');
  const firstPoolCondition = scenario.pools[0]?.conditions[0];
  const flags = first.flags.map(
    (flag, index) => conditions === 'every pool' || flag || index === firstPoolCondition,
  );
  const keyKr = first.keyKr > 0n ? first.keyKr : 1n;
  return { ...scenario, recipients: [{ ...first, keyKr, reported: true, flags }, ...rest] };
}

/** Cases where at least one pool has a qualifier with a key above 0. */
const qualifyingScenario = scenarioArbitrary.map((scenario) =>
  withQualifier(scenario, 'first pool'),
);

/** Cases where every pool has such a qualifier, so no pool's money is reallocated. */
const everyPoolActiveScenario = scenarioArbitrary.map((scenario) =>
  withQualifier(scenario, 'every pool'),
);

describe('calculatePerformanceGrant: properties', () => {
  it('allocates exactly the total whenever anyone qualifies', () => {
    fc.assert(
      fc.property(qualifyingScenario, (scenario) => {
        const { model, key, rows } = inputsOf(scenario);
        const result = calculatePerformanceGrant(model, key, rows);
        const allocated = result.recipients.reduce((total, r) => total + r.amountKr, 0n);
        assert.equal(allocated, scenario.totalKr);
        assert.equal(
          result.pools.reduce((total, p) => total + p.amountKr, 0n),
          scenario.totalKr,
        );
      }),
    );
  });

  it('gives a recipient the sum of its pool parts, each its key share of the pool', () => {
    fc.assert(
      fc.property(qualifyingScenario, (scenario) => {
        const { model, key, rows } = inputsOf(scenario);
        const result = calculatePerformanceGrant(model, key, rows);
        for (const recipient of result.recipients) {
          assert.equal(
            recipient.amountKr,
            recipient.pools.reduce((t, p) => t + p.amountKr, 0n),
          );
          recipient.pools.forEach((part, index) => {
            const pool = result.pools[index];
            assert.ok(pool);
            if (!part.qualifies || pool.qualifierKeyKr === 0n) return;
            const expected = { num: pool.amountKr * recipient.keyKr, den: pool.qualifierKeyKr };
            assert.equal(compare(part.exactKr, expected), 0);
            assert.ok(
              part.amountKr === part.roundedDownKr || part.amountKr === part.roundedDownKr + 1n,
            );
          });
        }
      }),
    );
  });

  it('gives nothing to a recipient that did not report or meets no condition of a pool', () => {
    fc.assert(
      fc.property(qualifyingScenario, (scenario) => {
        const { model, key, rows } = inputsOf(scenario);
        const result = calculatePerformanceGrant(model, key, rows);
        for (const recipient of result.recipients) {
          if (recipient.status !== 'qualified') assert.equal(recipient.amountKr, 0n);
          for (const part of recipient.pools) if (!part.qualifies) assert.equal(part.amountKr, 0n);
        }
      }),
    );
  });

  it('never raises another recipient’s exact share by adding a qualifier (rounded: at most 1 kr per pool)', () => {
    fc.assert(
      fc.property(
        qualifyingScenario,
        fc.bigInt({ min: 1n, max: 500_000_000n }),
        (scenario, newKeyKr) => {
          const { model, key, rows } = inputsOf(scenario);
          const before = calculatePerformanceGrant(model, key, rows);
          const newcomer = { recipientCode: 'NEW', keyKr: newKeyKr };
          const flags = Array.from({ length: scenario.conditionCount }, () => true);
          const after = calculatePerformanceGrant(
            model,
            [...key, newcomer],
            [...rows, flagRow('NEW', flags)],
          );
          const exactBefore = exactTotals(before);
          const amountsBefore = amounts(before);
          for (const recipient of after.recipients) {
            if (recipient.recipientCode === 'NEW') continue;
            const exact = sum(recipient.pools.map((p) => p.exactKr));
            assert.ok(compare(exact, exactBefore.get(recipient.recipientCode) ?? ZERO) <= 0);
            const slack = BigInt(recipient.pools.filter((p) => p.qualifies).length);
            assert.ok(
              recipient.amountKr <= (amountsBefore.get(recipient.recipientCode) ?? 0n) + slack,
            );
          }
        },
      ),
    );
  });

  it('gives the same result whatever the order of the key and the figures', () => {
    fc.assert(
      fc.property(qualifyingScenario, fc.integer(), (scenario, seed) => {
        const { model, key, rows } = inputsOf(scenario);
        const result = calculatePerformanceGrant(model, key, rows);
        const shuffle = <T>(items: T[]): T[] =>
          items
            .map((item, index) => ({ item, order: (index * 7919 + seed) % 104729 }))
            .sort((a, b) => a.order - b.order)
            .map(({ item }) => item);
        const shuffled = calculatePerformanceGrant(
          model,
          shuffle([...key].reverse()),
          shuffle(rows),
        );
        assert.deepEqual(shuffled, result);
      }),
    );
  });

  it('keeps pool amounts exact fractions of the total, rounded by at most 1 kr', () => {
    fc.assert(
      fc.property(everyPoolActiveScenario, (scenario) => {
        const { model, key, rows } = inputsOf(scenario);
        const result = calculatePerformanceGrant(model, key, rows);
        assert.ok(result.pools.every((pool) => pool.qualifierKeyKr > 0n));
        for (const pool of result.pools) {
          const difference = add(fromBigInt(pool.amountKr), {
            num: -pool.exactKr.num,
            den: pool.exactKr.den,
          });
          assert.ok(
            compare(difference, fromBigInt(-1n)) > 0 && compare(difference, fromBigInt(1n)) < 0,
            toCanonicalString(difference),
          );
        }
      }),
    );
  });
});
