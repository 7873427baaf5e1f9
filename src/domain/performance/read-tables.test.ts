import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toCanonicalString } from '../rational';
import type { Table } from '../table';
import { parsePerformanceModel } from './model';
import { readFigureTable, readKeyTable } from './read-tables';

function csvTable(file: string, text: string): Table {
  const [header = '', ...lines] = text.trim().split('\n');
  const headers = header.split(',');
  return {
    file,
    headers,
    rows: lines.map((line, index) => {
      const cells = line.split(',');
      return {
        line: index + 2,
        cells: Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])),
      };
    }),
  };
}

const parsed = parsePerformanceModel({
  name: 'Test',
  total_kr: 100,
  measurement_points: [{ id: 'now', date: '2023-11-01' }],
  figures: [
    {
      name: 'staff',
      label: 'Staff',
      type: 'integer',
      unit: 'persons',
      min: 0,
      max: 100000,
      measurement_point: 'now',
    },
    {
      name: 'hours',
      label: 'Hours',
      type: 'decimal',
      unit: 'hours',
      min: '0',
      measurement_point: 'now',
      required: false,
    },
  ],
  conditions: [{ id: 'c', label: 'C', expression: 'staff > 0' }],
  pools: [{ id: 'p', label: 'P', fraction: '1', conditions: ['c'] }],
  money_not_taken: 'reallocate_by_key_among_qualifiers',
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const model = parsed.model;
const keyCodes = new Set(['0114', '0115', '0117']);

describe('readFigureTable', () => {
  it('reads exact values; an optional figure may be empty', () => {
    const read = readFigureTable(
      csvTable(
        'figures.csv',
        'recipient_code,staff,hours,name\n0114,12,7.5,Upplands Väsby\n0115,3,,Vallentuna',
      ),
      model,
      keyCodes,
    );
    assert.ok(read.ok);
    assert.deepEqual(
      read.rows.map((row) => [
        row.recipientCode,
        row.line,
        [...row.values].map(([k, v]) => [k, v && toCanonicalString(v)]),
      ]),
      [
        [
          '0114',
          2,
          [
            ['staff', '12'],
            ['hours', '15/2'],
          ],
        ],
        [
          '0115',
          3,
          [
            ['staff', '3'],
            ['hours', undefined],
          ],
        ],
      ],
    );
  });

  it('reports every bad cell with line and column', () => {
    const read = readFigureTable(
      csvTable(
        'figures.csv',
        [
          'recipient_code,staff,hours',
          '0114,12.5,1',
          '0115,,-1',
          '9999,x,2',
          '0114,100001,3',
          ',4,4',
        ].join('\n'),
      ),
      model,
      keyCodes,
    );
    assert.ok(!read.ok);
    assert.deepEqual(
      read.issues.map((issue) => [issue.file, issue.row, issue.columnNumber, issue.code]),
      [
        ['figures.csv', 5, 1, 'recipient.duplicate'],
        ['figures.csv', 6, 1, 'cell.missing'],
        ['figures.csv', 2, 2, 'performance.not_integer'],
        ['figures.csv', 3, 2, 'cell.missing'],
        ['figures.csv', 3, 3, 'performance.out_of_range'],
        ['figures.csv', 4, 1, 'performance.recipient_not_in_key'],
        ['figures.csv', 4, 2, 'cell.not_a_number'],
        ['figures.csv', 5, 2, 'performance.out_of_range'],
      ],
    );
  });

  it('names the missing figure columns', () => {
    const read = readFigureTable(csvTable('f.csv', 'recipient_code,staf\n0114,1'), model, keyCodes);
    assert.ok(!read.ok);
    assert.deepEqual(read.issues, [
      { file: 'f.csv', code: 'table.missing_column', params: { column: 'staff' } },
      { file: 'f.csv', code: 'table.missing_column', params: { column: 'hours' } },
    ]);
  });
});

describe('readKeyTable', () => {
  it('reads recipient_code,key_kr in whole kronor', () => {
    const read = readKeyTable(csvTable('key.csv', 'recipient_code,key_kr\n0114,14962097\n0115,0'));
    assert.ok(read.ok);
    assert.deepEqual(read.entries, [
      { recipientCode: '0114', keyKr: 14962097n },
      { recipientCode: '0115', keyKr: 0n },
    ]);
  });

  it('reports decimals, negatives, empty cells and repeated codes', () => {
    const read = readKeyTable(
      csvTable('key.csv', 'recipient_code,key_kr\n0114,12.5\n0115,-3\n0117,\n0114,5'),
    );
    assert.ok(!read.ok);
    assert.deepEqual(
      read.issues.map((issue) => [issue.row, issue.column, issue.code]),
      [
        [5, 'recipient_code', 'recipient.duplicate'],
        [2, 'key_kr', 'cell.not_whole_kronor'],
        [3, 'key_kr', 'cell.negative'],
        [4, 'key_kr', 'cell.missing'],
      ],
    );
  });
});
