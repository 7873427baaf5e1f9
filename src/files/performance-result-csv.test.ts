import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { calculatePerformanceGrant } from '../domain/performance/calculate';
import { parsePerformanceModel } from '../domain/performance/model';
import { fromBigInt } from '../domain/rational';
import { performanceResultCsv } from './performance-result-csv';

const parsed = parsePerformanceModel({
  name: 'Two flags',
  total_kr: 1000,
  measurement_points: [{ id: 'now', date: '2023-12-31' }],
  figures: ['a', 'b'].map((name) => ({
    name,
    label: name,
    type: 'integer',
    unit: 'flag',
    min: 0,
    max: 1,
    measurement_point: 'now',
  })),
  conditions: [
    { id: 'a_met', label: 'A', expression: 'a = 1' },
    { id: 'b_met', label: 'B', expression: 'b = 1' },
  ],
  pools: [
    { id: 'first', label: 'First', fraction: '1/2', conditions: ['a_met'] },
    { id: 'second', label: 'Second', fraction: '1/2', conditions: ['b_met'] },
  ],
  money_not_taken: 'reallocate_by_key_among_qualifiers',
});

const flags = (code: string, a: bigint, b: bigint) => ({
  recipientCode: code,
  values: new Map([
    ['a', fromBigInt(a)],
    ['b', fromBigInt(b)],
  ]),
});

describe('performanceResultCsv', () => {
  it('writes the exact bytes the checksum covers: no BOM, \\n, quoted and protected names', () => {
    assert.ok(parsed.ok);
    const result = calculatePerformanceGrant(
      parsed.model,
      [
        { recipientCode: '0001', keyKr: 1n },
        { recipientCode: '0002', keyKr: 2n },
        { recipientCode: '0003', keyKr: 3n },
      ],
      [flags('0001', 1n, 1n), flags('0002', 1n, 0n)],
    );
    const names = new Map([
      ['0001', 'Ett, två'],
      ['0002', '=HYPERLINK("x")'],
    ]);
    assert.equal(
      performanceResultCsv(parsed.model, result, names),
      'recipient_code,name,amount_kr,condition_a_met,condition_b_met,pool_first_kr,pool_second_kr,status\n' +
        '0001,"Ett, två",667,true,true,167,500,qualified\n' +
        `0002,"'=HYPERLINK(""x"")",333,true,false,333,0,qualified\n` +
        '0003,,0,,,0,0,not_reported\n',
    );
  });
});
