import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatKronor, formatPercent, parseWholeKronor } from './money';

const NBSP = '\u00a0';

describe('formatKronor', () => {
  it('groups with no-break spaces in Swedish', () => {
    assert.equal(formatKronor(3_998_500_000n, 'sv'), `3${NBSP}998${NBSP}500${NBSP}000${NBSP}kr`);
    assert.equal(formatKronor(0, 'sv'), `0${NBSP}kr`);
  });
  it('uses commas in English', () =>
    assert.equal(formatKronor(3_998_500_000n, 'en'), `3,998,500,000${NBSP}kr`));
  it('prints amounts beyond 2^53 exactly', () => {
    assert.equal(
      formatKronor(12_345_678_901_234_567_891n, 'en'),
      `12,345,678,901,234,567,891${NBSP}kr`,
    );
  });
  it('prints a negative amount with the minus sign U+2212', () => {
    assert.equal(formatKronor(-5n, 'sv'), `\u22125${NBSP}kr`);
  });
});

describe('formatPercent', () => {
  const cases: [string, 'sv' | 'en', number, string][] = [
    ['2.5', 'sv', 1, `2,5${NBSP}%`],
    ['2.5', 'en', 1, '2.5%'],
    ['0.375', 'sv', 2, `0,38${NBSP}%`],
    ['-12.25', 'sv', 1, `\u221212,3${NBSP}%`],
    ['12.345678', 'sv', 0, `12${NBSP}%`],
    ['0.125000000000000000001', 'en', 2, '0.13%'],
  ];
  for (const [value, locale, decimals, expected] of cases) {
    it(`${value} (${locale}, ${decimals}) → ${JSON.stringify(expected)}`, () => {
      assert.equal(formatPercent(value, locale, decimals), expected);
    });
  }
});

describe('parseWholeKronor', () => {
  const cases: [string, ReturnType<typeof parseWholeKronor>][] = [
    ['1 310 223', { ok: true, value: 1_310_223n }],
    ['1310223', { ok: true, value: 1_310_223n }],
    ['1\u00a0310\u00a0223 kr', { ok: true, value: 1_310_223n }],
    ['1310223,00', { ok: true, value: 1_310_223n }],
    ['-5', { ok: true, value: -5n }],
    ['12,50', { ok: false, reason: 'not_whole_kronor' }],
    ['12x', { ok: false, reason: 'not_a_number' }],
    ['1e6', { ok: false, reason: 'not_a_number' }],
    ['', { ok: false, reason: 'empty' }],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)}`, () => assert.deepEqual(parseWholeKronor(text), expected));
  }
});
