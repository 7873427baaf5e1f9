import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareAllocations } from './compare';

describe('compareAllocations', () => {
  it('lists the largest absolute change first, then by code, with exact percentages', () => {
    const comparison = compareAllocations(
      [
        { recipientCode: '0115', amountKr: 300n },
        { recipientCode: '0114', amountKr: 1000n },
        { recipientCode: '0117', amountKr: 3n },
      ],
      [
        { recipientCode: '0114', amountKr: 1100n },
        { recipientCode: '0115', amountKr: 200n },
        { recipientCode: '0117', amountKr: 4n },
        { recipientCode: '0120', amountKr: 50n },
      ],
    );
    assert.deepEqual(comparison.rows, [
      {
        recipientCode: '0114',
        amountAKr: 1000n,
        amountBKr: 1100n,
        differenceKr: 100n,
        differencePercent: '10.0',
      },
      {
        recipientCode: '0115',
        amountAKr: 300n,
        amountBKr: 200n,
        differenceKr: -100n,
        differencePercent: '-33.3',
      },
      {
        recipientCode: '0120',
        amountAKr: 0n,
        amountBKr: 50n,
        differenceKr: 50n,
        differencePercent: null,
      },
      {
        recipientCode: '0117',
        amountAKr: 3n,
        amountBKr: 4n,
        differenceKr: 1n,
        differencePercent: '33.3',
      },
    ]);
    assert.deepEqual(comparison.totals, { amountAKr: 1303n, amountBKr: 1354n, differenceKr: 51n });
  });

  it('rounds the percentage half away from zero', () => {
    // 1/8 = 12.5 % exactly; −1/8 = −12.5 %; 1/16 = 6.25 % → 6.3.
    const { rows } = compareAllocations(
      [
        { recipientCode: 'a', amountKr: 16n },
        { recipientCode: 'b', amountKr: 8n },
      ],
      [
        { recipientCode: 'a', amountKr: 17n },
        { recipientCode: 'b', amountKr: 7n },
      ],
    );
    assert.deepEqual(
      rows.map((row) => row.differencePercent),
      ['6.3', '-12.5'],
    );
  });
});
