import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecipientRegister } from '../recipients/recipient-register';
import type { Table } from '../table';
import { readUsageTable } from './read-usage-table';

const register = buildRecipientRegister([
  { code: '0114', name: 'Upplands Väsby', type: 'municipality' },
  { code: '0115', name: 'Vallentuna', type: 'municipality' },
  { code: '1443', name: 'Bollebygd', type: 'municipality' },
  { code: '01', name: 'Region Stockholm', type: 'region' },
]);

function table(headers: string[], rows: string[][]): Table {
  return {
    file: 'usage.csv',
    headers,
    rows: rows.map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(headers.map((header, column) => [header, cells[column] ?? ''])),
    })),
  };
}

const HEADERS = ['recipient_code', 'received', 'used'];

function issuesOf(input: Table) {
  const result = readUsageTable(input, register);
  assert.ok(!result.ok, 'expected issues');
  return result.issues.map(({ row, column, columnNumber, code, params }) => ({
    row,
    column,
    columnNumber,
    code,
    params,
  }));
}

describe('readUsageTable', () => {
  it('reads codes and whole kronor, ignoring other columns', () => {
    const result = readUsageTable(
      table(
        ['recipient_code', 'name', 'received', 'used'],
        [
          ['0114', 'Upplands Väsby', '15 460 474', '13659293'],
          ['01', 'Region Stockholm', '100 kr', '100'],
          ['1443', 'Bollebygd', '3725949,00', '3725765'],
        ],
      ),
      register,
    );
    assert.deepEqual(result, {
      ok: true,
      reports: [
        { recipientCode: '0114', receivedKr: 15460474n, usedKr: 13659293n },
        { recipientCode: '01', receivedKr: 100n, usedKr: 100n },
        { recipientCode: '1443', receivedKr: 3725949n, usedKr: 3725765n },
      ],
    });
  });

  it('accepts received_kr/used_kr and a code without its leading zero', () => {
    const result = readUsageTable(
      table(['Kommunkod', 'Received (kr)', 'used_kr'], [['114', '10', '5']]),
      register,
    );
    assert.deepEqual(result, {
      ok: true,
      reports: [{ recipientCode: '0114', receivedKr: 10n, usedKr: 5n }],
    });
  });

  it('reports every bad cell with its line and column', () => {
    assert.deepEqual(
      issuesOf(
        table(HEADERS, [
          ['0114', '100', '50'],
          ['9999', '100', '50'],
          ['0115', '100', '101'],
          ['1443', '-5', '0'],
          ['01', '100', '12,5'],
          ['', '100', 'abc'],
          ['114', '100', '100'],
          ['0115x', '', '1'],
        ]),
      ),
      [
        {
          row: 3,
          column: 'recipient_code',
          columnNumber: 1,
          code: 'recipient.unknown',
          params: { value: '9999' },
        },
        {
          row: 4,
          column: 'used',
          columnNumber: 3,
          code: 'repayment.used_exceeds_received',
          params: { usedKr: '101', receivedKr: '100' },
        },
        {
          row: 5,
          column: 'received',
          columnNumber: 2,
          code: 'cell.negative',
          params: { value: '-5' },
        },
        {
          row: 6,
          column: 'used',
          columnNumber: 3,
          code: 'cell.not_whole_kronor',
          params: { value: '12,5' },
        },
        { row: 7, column: 'recipient_code', columnNumber: 1, code: 'cell.missing', params: {} },
        {
          row: 7,
          column: 'used',
          columnNumber: 3,
          code: 'cell.not_a_number',
          params: { value: 'abc' },
        },
        {
          row: 8,
          column: 'recipient_code',
          columnNumber: 1,
          code: 'recipient.duplicate',
          params: { code: '0114', otherRow: 2 },
        },
        {
          row: 9,
          column: 'recipient_code',
          columnNumber: 1,
          code: 'recipient.unknown',
          params: { value: '0115x' },
        },
        {
          row: 9,
          column: 'received',
          columnNumber: 2,
          code: 'cell.missing',
          params: { value: '' },
        },
      ],
    );
  });

  it('names every missing column, and an empty table', () => {
    assert.deepEqual(
      issuesOf(table(['kommun', 'received'], [['0114', '1']])).map((issue) => issue.params),
      [{ column: 'recipient_code' }, { column: 'used' }],
    );
    assert.deepEqual(
      issuesOf(table(HEADERS, [])).map((issue) => issue.code),
      ['table.no_rows'],
    );
  });
});
