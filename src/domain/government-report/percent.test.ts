import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { integerSv, percentHalfUp, shareSv } from './percent';

describe('percentHalfUp', () => {
  it('rounds an exact half up, not to even (44 of 160 = 27.5 % → 28; 1 of 8 = 12.5 % → 13)', () => {
    assert.equal(percentHalfUp(44, 160), '28');
    assert.equal(percentHalfUp(1, 8), '13');
    assert.equal(percentHalfUp(5, 8), '63');
  });
  it('rounds the exact share, not a share first rounded to one decimal (122/166 = 73.49 → 73)', () => {
    assert.equal(percentHalfUp(122, 166), '73');
  });
  it('prints a non-zero share under 0.5 % as "<1", zero as 0, a base of zero as no share', () => {
    assert.equal(percentHalfUp(1, 290), '<1');
    assert.equal(percentHalfUp(2, 290), '1');
    assert.equal(percentHalfUp(0, 290), '0');
    assert.equal(percentHalfUp(0, 0), null);
  });
  it('gives a decimal where the report asks for one, half up at that place', () => {
    assert.equal(percentHalfUp(1, 3, 1), '33.3');
    assert.equal(percentHalfUp(1, 400, 1), '0.3');
    assert.equal(percentHalfUp(1, 16, 2), '6.25');
    assert.equal(percentHalfUp(1, 3000, 1), '<0.1');
  });
  it('stays exact with amounts far beyond 2^53', () => {
    assert.equal(percentHalfUp(60_207_927n * 10n ** 9n, 3_998_500_000n * 10n ** 9n), '2');
  });
});

describe('Swedish number format', () => {
  it('groups thousands with a no-break space and writes a decimal comma', () => {
    assert.equal(integerSv(60207927n), '60\u00a0207\u00a0927');
    assert.equal(integerSv(290), '290');
    assert.equal(shareSv('27.5'), '27,5');
    assert.equal(shareSv('<1'), '<1');
  });
});
