import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rational } from '../rational';
import { buildRecipientRegister } from '../recipients/recipient-register';
import type { Table } from '../table';
import { validateIndicatorTable } from './indicator-table';
import type { AllocationModel } from './types';

const register = buildRecipientRegister(
  ['A', 'B', 'C'].map((code) => ({ code, name: `District ${code}`, type: 'district' })),
);
const model: AllocationModel = {
  budgetKr: 100n,
  minimumKr: 0n,
  components: [
    { name: 'population', indicator: 'population', amountKr: 60n },
    { name: 'places', indicator: 'places', amountKr: 40n },
  ],
  capColumn: 'requested_kr',
};
const context = { model, register, eligibleTypes: ['district'] };

function table(headers: string[], rows: string[][]): Table {
  return {
    file: 'data.csv',
    headers,
    rows: rows.map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(headers.map((header, column) => [header, cells[column] ?? ''])),
    })),
  };
}

describe('validateIndicatorTable', () => {
  it('reads decimals with . or , and empty caps as no cap', () => {
    const result = validateIndicatorTable(
      table(
        ['recipient_code', 'population', 'places', 'requested_kr'],
        [
          ['A', '1 234,5', '10', ''],
          ['B', '0.25', '0', '50'],
        ],
      ),
      context,
    );
    assert.deepEqual(result, {
      ok: true,
      lines: [2, 3],
      rows: [
        {
          recipientCode: 'A',
          indicators: { population: rational(2469n, 2n), places: rational(10n, 1n) },
        },
        {
          recipientCode: 'B',
          indicators: { population: rational(1n, 4n), places: rational(0n, 1n) },
          capKr: 50n,
        },
      ],
    });
  });

  it('names every missing column', () => {
    const result = validateIndicatorTable(table(['kod', 'population'], [['A', '1']]), context);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.params.column]),
      [
        ['table.missing_column', 'places'],
        ['table.missing_column', 'requested_kr'],
      ],
    );
  });

  it('reports bad values, caps and recipients with line and column', () => {
    const result = validateIndicatorTable(
      table(
        ['recipient_code', 'population', 'places', 'requested_kr'],
        [
          ['A', '', '1e3', '10.5'],
          ['X', '-1', '2', '-3'],
          ['A', '1', '2', ''],
        ],
      ),
      context,
    );
    assert.ok(!result.ok);
    assert.deepEqual(
      result.issues.map((issue) => [issue.row, issue.columnNumber, issue.code]),
      [
        [2, 1, 'recipient.duplicate'],
        [2, 2, 'cell.missing'],
        [2, 3, 'cell.not_a_number'],
        [2, 4, 'cell.not_whole_kronor'],
        [3, 1, 'recipient.unknown'],
        [3, 2, 'cell.negative'],
        [3, 4, 'cell.negative'],
        [4, 1, 'recipient.duplicate'],
      ],
    );
  });
});
