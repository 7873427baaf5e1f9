import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../errors';
import { add, compare, fromBigInt, rational, sub, ZERO, type Rational } from '../rational';
import { splitByWeights, type WeightedEntry } from './split-by-weights';

const integer = (value: bigint): Rational => fromBigInt(value);

function amounts(total: bigint, entries: WeightedEntry[]): Record<string, bigint> {
  return Object.fromEntries(
    splitByWeights(total, entries).map((share) => [share.id, share.amount]),
  );
}

/** Weights up to 10^15, as integers, decimals (den 10^k) or other fractions; small ones tie often. */
const weightArbitrary = fc.oneof(
  fc.constantFrom(0n, 1n, 2n, 3n).map(integer),
  fc
    .tuple(
      fc.bigInt({ min: 0n, max: 10n ** 15n }),
      fc.constantFrom(1n, 10n, 100n, 1000n, 10n ** 6n, 3n, 7n),
    )
    .map(([num, den]) => rational(num, den)),
);

const entriesArbitrary = fc
  .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), weightArbitrary), {
    minLength: 1,
    maxLength: 60,
    selector: ([id]) => id,
  })
  .map((pairs) => pairs.map(([id, weight]) => ({ id, weight })))
  .filter((entries) => entries.some((entry) => entry.weight.num > 0n));

const totalArbitrary = fc.bigInt({ min: 0n, max: 10n ** 12n });

describe('splitByWeights', () => {
  it('gives the remaining krona to the largest remainder', () => {
    // 10 × 1/3 = 3.33…, 10 × 2/3 = 6.66…: b's remainder 2/3 is larger.
    assert.deepEqual(
      amounts(10n, [
        { id: 'a', weight: integer(1n) },
        { id: 'b', weight: integer(2n) },
      ]),
      {
        a: 3n,
        b: 7n,
      },
    );
  });

  const tieBreaks: {
    rule: string;
    total: bigint;
    entries: [string, Rational][];
    expected: Record<string, bigint>;
  }[] = [
    {
      rule: 'equal remainders: the larger weight first',
      total: 2n,
      entries: [
        ['a', integer(1n)],
        ['b', integer(3n)],
      ],
      // 2·1/4 = 0.5 and 2·3/4 = 1.5: both remainders 1/2, b has the larger weight.
      expected: { a: 0n, b: 2n },
    },
    {
      rule: 'equal remainders and weights: the id ascending in code-unit order',
      total: 1n,
      entries: [
        ['0115', integer(1n)],
        ['0114', integer(1n)],
      ],
      expected: { '0114': 1n, '0115': 0n },
    },
    {
      rule: 'code-unit order, not locale order: "B" before "a"',
      total: 1n,
      entries: [
        ['a', integer(5n)],
        ['B', integer(5n)],
      ],
      expected: { B: 1n, a: 0n },
    },
    {
      rule: 'three-way tie with two leftover kronor: the two smallest ids',
      total: 2n,
      entries: [
        ['c', integer(1n)],
        ['b', integer(1n)],
        ['a', integer(1n)],
      ],
      expected: { a: 1n, b: 1n, c: 0n },
    },
    {
      rule: 'a larger remainder beats a larger weight',
      total: 10n,
      // 10·1/7 = 1.43 (0.43), 10·6/7 = 8.57 (0.57): the larger remainder wins, weight is not asked.
      entries: [
        ['big', integer(1n)],
        ['small', integer(6n)],
      ],
      expected: { big: 1n, small: 9n },
    },
    {
      rule: 'a zero weight gets nothing, even in a tie',
      total: 3n,
      entries: [
        ['a', ZERO],
        ['b', integer(1n)],
        ['c', integer(1n)],
      ],
      expected: { a: 0n, b: 2n, c: 1n },
    },
  ];
  for (const { rule, total, entries, expected } of tieBreaks) {
    it(`tie-break: ${rule}`, () => {
      const input = entries.map(([id, weight]) => ({ id, weight }));
      assert.deepEqual(amounts(total, input), expected);
      assert.deepEqual(amounts(total, [...input].reverse()), expected);
    });
  }

  it('reports quota, rounded-down amount and remainder exactly', () => {
    const [share] = splitByWeights(100n, [
      { id: 'a', weight: rational(1n, 3n) },
      { id: 'b', weight: rational(2n, 3n) },
    ]);
    assert.deepEqual(share, {
      id: 'a',
      quota: rational(100n, 3n),
      roundedDown: 33n,
      remainder: rational(1n, 3n),
      roundedUp: false,
      amount: 33n,
    });
  });

  it('splits zero among all-zero weights without an error', () => {
    assert.deepEqual(amounts(0n, [{ id: 'a', weight: ZERO }]), { a: 0n });
    assert.deepEqual(amounts(0n, []), {});
  });

  const errors: { name: string; total: bigint; entries: WeightedEntry[]; code: string }[] = [
    {
      name: 'all-zero weights with a positive total',
      total: 5n,
      entries: [{ id: 'a', weight: ZERO }],
      code: 'allocation.all_weights_zero',
    },
    {
      name: 'no entries with a positive total',
      total: 5n,
      entries: [],
      code: 'allocation.all_weights_zero',
    },
    {
      name: 'a negative weight',
      total: 5n,
      entries: [{ id: 'a', weight: integer(-1n) }],
      code: 'allocation.negative_weight',
    },
    {
      name: 'a repeated id',
      total: 5n,
      entries: [
        { id: 'a', weight: integer(1n) },
        { id: 'a', weight: integer(1n) },
      ],
      code: 'allocation.duplicate_id',
    },
    {
      name: 'a negative total',
      total: -1n,
      entries: [{ id: 'a', weight: integer(1n) }],
      code: 'allocation.negative_amount',
    },
  ];
  for (const { name, total, entries, code } of errors) {
    it(`refuses ${name}`, () => {
      assert.throws(
        () => splitByWeights(total, entries),
        (error) => error instanceof DomainError && error.code === code,
      );
    });
  }

  it('property: the amounts sum to the total exactly', () => {
    fc.assert(
      fc.property(totalArbitrary, entriesArbitrary, (total, entries) => {
        const sum = splitByWeights(total, entries).reduce((acc, share) => acc + share.amount, 0n);
        assert.equal(sum, total);
      }),
      { numRuns: 300 },
    );
  });

  it('property: every amount is within one krona of its exact quota', () => {
    fc.assert(
      fc.property(totalArbitrary, entriesArbitrary, (total, entries) => {
        const weightSum = entries.reduce((acc, entry) => add(acc, entry.weight), ZERO);
        for (const [index, share] of splitByWeights(total, entries).entries()) {
          const weight = entries[index]?.weight ?? ZERO;
          const expectedQuota = rational(
            total * weight.num * weightSum.den,
            weight.den * weightSum.num,
          );
          assert.equal(compare(share.quota, expectedQuota), 0);
          const difference = sub(fromBigInt(share.amount), share.quota);
          assert.ok(
            compare(difference, fromBigInt(1n)) < 0 && compare(difference, fromBigInt(-1n)) > 0,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: shuffling the input does not change any amount', () => {
    fc.assert(
      fc.property(
        totalArbitrary,
        entriesArbitrary.chain((entries) =>
          fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(entries, { minLength: entries.length }),
          ),
        ),
        (total, [entries, shuffled]) => {
          assert.deepEqual(amounts(total, shuffled), amounts(total, entries));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: one recipient gets everything', () => {
    fc.assert(
      fc.property(
        totalArbitrary,
        weightArbitrary.filter((weight) => weight.num > 0n),
        (total, weight) => {
          assert.deepEqual(amounts(total, [{ id: 'only', weight }]), { only: total });
        },
      ),
    );
  });

  it('splits among 100 000 recipients with weights up to 10^15 exactly', () => {
    const entries = fc
      .sample(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.constantFrom(1n, 100n, 1000n)), {
        numRuns: 100_000,
        seed: 42,
      })
      .map(([num, den], index) => ({ id: `r${index}`, weight: rational(num, den) }));
    const total = 3_998_500_000n;
    const shares = splitByWeights(total, entries);
    assert.equal(
      shares.reduce((acc, share) => acc + share.amount, 0n),
      total,
    );
    assert.equal(shares.filter((share) => share.roundedUp).length > 0, true);
  });
});
