import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  add,
  compare,
  gcd,
  splitIntoWholeAndFraction,
  div,
  floor,
  fromBigInt,
  isZero,
  mul,
  parseRational,
  rational,
  sub,
  toCanonicalString,
  toDecimalString,
} from './rational';

describe('parseRational', () => {
  const accepted: [string, string][] = [
    ['123', '123'],
    ['-5', '-5'],
    ['+7', '7'],
    ['1234.5', '2469/2'],
    ['1234,5', '2469/2'],
    ['1 234,56', '30864/25'],
    ['1\u00a0234\u00a0567,5', '2469135/2'],
    ['1\u202f234', '1234'],
    ['1/3', '1/3'],
    ['2/4', '1/2'],
    ['-6/4', '-3/2'],
    ['\u22125', '-5'],
    ['  42  ', '42'],
    ['0.000', '0'],
    ['007', '7'],
  ];
  for (const [input, expected] of accepted) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
      const parsed = parseRational(input);
      assert.ok(parsed.ok);
      assert.equal(toCanonicalString(parsed.value), expected);
    });
  }
  const refused: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not_a_number'],
    ['1e5', 'not_a_number'],
    ['1E-3', 'not_a_number'],
    ['12x', 'not_a_number'],
    ['1.234,56', 'not_a_number'],
    ['1,234.56', 'not_a_number'],
    ['1 23', 'not_a_number'],
    ['.5', 'not_a_number'],
    ['5.', 'not_a_number'],
    ['1/0', 'zero_denominator'],
    ['1/-3', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['0x10', 'not_a_number'],
  ];
  for (const [input, reason] of refused) {
    it(`refuses ${JSON.stringify(input)} (${reason})`, () => {
      assert.deepEqual(parseRational(input), { ok: false, reason });
    });
  }
});

describe('rational arithmetic', () => {
  it('normalizes the sign into the numerator and reduces', () => {
    assert.deepEqual(rational(6n, -4n), { num: -3n, den: 2n });
    assert.deepEqual(rational(0n, -7n), { num: 0n, den: 1n });
  });
  it('adds, subtracts, multiplies and divides exactly', () => {
    const third = rational(1n, 3n);
    const sixth = rational(1n, 6n);
    assert.deepEqual(add(third, sixth), rational(1n, 2n));
    assert.deepEqual(sub(third, sixth), sixth);
    assert.deepEqual(mul(third, fromBigInt(3n)), fromBigInt(1n));
    assert.deepEqual(div(third, sixth), fromBigInt(2n));
    assert.throws(() => div(third, fromBigInt(0n)), RangeError);
  });
  it('compares by value, not by representation', () => {
    assert.equal(compare(rational(1n, 3n), rational(2n, 6n)), 0);
    assert.equal(compare(rational(-1n, 2n), rational(1n, 3n)), -1);
    assert.equal(compare(rational(7n, 2n), fromBigInt(3n)), 1);
    assert.ok(isZero(rational(0n, 5n)));
  });
  it('floors towards minus infinity', () => {
    assert.equal(floor(rational(7n, 2n)), 3n);
    assert.equal(floor(rational(-7n, 2n)), -4n);
    assert.equal(floor(fromBigInt(-4n)), -4n);
  });
  it('never loses a digit on huge values', () => {
    const big = rational(10n ** 30n + 1n, 3n);
    assert.equal(toCanonicalString(mul(big, fromBigInt(3n))), '1000000000000000000000000000001');
  });
});

describe('toDecimalString', () => {
  const cases: [bigint, bigint, number, string][] = [
    [1n, 8n, 2, '0.13'],
    [1n, 3n, 4, '0.3333'],
    [2n, 3n, 0, '1'],
    [1n, 2n, 0, '1'],
    [-1n, 2n, 0, '-1'],
    [-1n, 8n, 2, '-0.13'],
    [-1n, 1000n, 2, '0.00'],
    [1310223n * 100n, 350000000n, 2, '0.37'],
    [5n, 1n, 3, '5.000'],
    [12345n, 100n, 1, '123.5'],
  ];
  for (const [num, den, places, expected] of cases) {
    it(`${num}/${den} to ${places} places is ${expected} (half away from zero)`, () => {
      assert.equal(toDecimalString(rational(num, den), places), expected);
    });
  }
});

describe('gcd', () => {
  function slowGcd(a: bigint, b: bigint): bigint {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
  }
  it('property: equals plain bigint Euclid, across the 2^53 boundary and with mixed sizes', () => {
    const magnitude = fc.oneof(
      fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
      fc.bigInt({ min: 0n, max: 2n ** 200n }),
      fc.constantFrom(0n, 1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n),
    );
    fc.assert(
      fc.property(magnitude, magnitude, fc.bigInt({ min: 1n, max: 2n ** 70n }), (a, b, factor) => {
        assert.equal(gcd(a, b), slowGcd(a, b));
        assert.equal(gcd(a * factor, b * factor), slowGcd(a * factor, b * factor));
      }),
      { numRuns: 2000 },
    );
  });
  it('splits a quota into its total and fraction with one gcd, both reduced', () => {
    assert.deepEqual(splitIntoWholeAndFraction(3n, 2n, 6n), {
      total: rational(20n, 6n),
      fraction: rational(1n, 3n),
    });
    assert.deepEqual(splitIntoWholeAndFraction(5n, 0n, 7n), {
      total: fromBigInt(5n),
      fraction: fromBigInt(0n),
    });
  });
});
