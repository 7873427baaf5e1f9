import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allocate } from '../../domain/allocation/allocate';
import { fromBigInt } from '../../domain/rational';
import { componentsToJson, explanationToJson, krToJson } from './present';

describe('explanationToJson and componentsToJson', () => {
  it('give integers for kronor and exact strings with display decimals for rationals', () => {
    const result = allocate(
      { budgetKr: 10n, minimumKr: 0n, components: [{ name: 'k', indicator: 'k' }] },
      [
        { recipientCode: 'a', indicators: { k: fromBigInt(1n) }, capKr: 9n },
        { recipientCode: 'b', indicators: { k: fromBigInt(2n) } },
      ],
    );
    const [first] = result.rows;
    assert.ok(first);
    assert.deepEqual(explanationToJson(first), {
      parts: [
        {
          name: 'k',
          indicator: 'k',
          indicatorValue: '1',
          share: '1/3',
          sharePercent: '33.333333',
          exactKr: '10/3',
          exactKrDecimal: '3.3333',
        },
      ],
      keyQuotaKr: '10/3',
      exactQuotaKr: '10/3',
      exactQuotaKrDecimal: '3.3333',
      minimumKr: 0,
      minimumApplied: false,
      capKr: 9,
      capApplied: false,
      roundedDownKr: 3,
      remainder: '1/3',
      roundedUp: false,
    });
    assert.deepEqual(componentsToJson(result), [
      { name: 'k', indicator: 'k', amountKr: 10, indicatorTotal: '3' },
    ]);
  });

  it('refuses kronor that a JSON number cannot hold exactly', () => {
    assert.equal(krToJson(2n ** 53n - 1n), 9007199254740991);
    assert.throws(() => krToJson(2n ** 53n + 1n), RangeError);
  });
});
