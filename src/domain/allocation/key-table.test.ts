import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecipientRegister } from '../recipients/recipient-register';
import type { Table } from '../table';
import { importedKeyAsFormula, validateKeyTable } from './key-table';
import { allocate } from './allocate';

const register = buildRecipientRegister(
  [
    { code: '0114', name: 'Upplands Väsby', type: 'municipality' },
    { code: '0115', name: 'Vallentuna', type: 'municipality' },
    { code: '0583', name: 'Motala', type: 'municipality' },
    { code: '2409', name: 'Robertsfors', type: 'municipality' },
    { code: '0980', name: 'Gotland', type: 'municipality' },
    { code: '01', name: 'Region Stockholm', type: 'region' },
    { code: '09', name: 'Region Gotland', type: 'region' },
  ],
  [
    { label: 'Upplands Väsby kommun', code: '0114' },
    { label: 'Region Gotland', code: '0980' },
    { label: 'Region Gotland', code: '09' },
    { label: 'Motala', code: '2409' },
  ],
);
const context = { register, eligibleTypes: ['municipality'], grantAmountKr: 1000n };

function table(headers: string[], rows: string[][]): Table {
  return {
    file: 'key.csv',
    headers,
    rows: rows.map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(headers.map((header, column) => [header, cells[column] ?? ''])),
    })),
  };
}

function issuesOf(input: Table, overrides: Partial<typeof context> = {}) {
  const result = validateKeyTable(input, { ...context, ...overrides });
  assert.ok(!result.ok, 'expected issues');
  return result.issues.map(({ row, column, code, params }) => ({ row, column, code, params }));
}

describe('validateKeyTable', () => {
  it('reads codes and amounts with thousands separators', () => {
    const result = validateKeyTable(
      table(
        ['Kommunkod', 'Belopp (kr)'],
        [
          ['0114', '600'],
          ['115', '4 00'.replace(' ', '')],
        ],
      ),
      context,
    );
    assert.deepEqual(result, {
      ok: true,
      rows: [
        { line: 2, recipientCode: '0114', amountKr: 600n },
        { line: 3, recipientCode: '0115', amountKr: 400n },
      ],
    });
  });

  it('reports every bad row at once, with line and column', () => {
    const issues = issuesOf(
      table(
        ['kommunkod', 'belopp'],
        [
          ['0114', '12x'],
          ['9999', '100'],
          ['0115', '-5'],
          ['0115', '10,5'],
          ['01', '100'],
          ['', '100'],
          ['0583', ''],
        ],
      ),
    );
    assert.deepEqual(issues, [
      { row: 2, column: 'belopp', code: 'cell.not_whole_kronor', params: { value: '12x' } },
      { row: 3, column: 'kommunkod', code: 'recipient.unknown', params: { value: '9999' } },
      {
        row: 4,
        column: 'kommunkod',
        code: 'recipient.duplicate',
        params: { code: '0115', otherRow: 5 },
      },
      { row: 4, column: 'belopp', code: 'cell.negative', params: { value: '-5' } },
      {
        row: 5,
        column: 'kommunkod',
        code: 'recipient.duplicate',
        params: { code: '0115', otherRow: 4 },
      },
      { row: 5, column: 'belopp', code: 'cell.not_whole_kronor', params: { value: '10,5' } },
      {
        row: 6,
        column: 'kommunkod',
        code: 'recipient.not_eligible',
        params: { code: '01', recipientType: 'region', eligibleTypes: 'municipality' },
      },
      { row: 7, column: 'kommunkod', code: 'cell.missing', params: {} },
      { row: 8, column: 'belopp', code: 'cell.missing', params: { value: '' } },
    ]);
  });

  it('states both sums when the key does not add up to the grant', () => {
    assert.deepEqual(issuesOf(table(['code', 'amount_kr'], [['0114', '999']])), [
      {
        row: undefined,
        column: undefined,
        code: 'key.sum_mismatch',
        params: { sumKr: '999', expectedKr: '1000', differenceKr: '-1' },
      },
    ]);
  });

  it('matches names and printed labels; canonical names win over a misprint alias', () => {
    const result = validateKeyTable(
      table(
        ['Kommun', 'Utfall, kr'],
        [
          ['Upplands Väsby kommun', '100'],
          ['Motala', '200'],
          ['Region Gotland', '700'],
        ],
      ),
      context,
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.rows.map((row) => row.recipientCode),
      ['0114', '0583', '0980'],
    );
  });

  it('checks a totals row instead of reading it as a recipient', () => {
    const rows = [
      ['0114', '600'],
      ['0115', '400'],
    ];
    assert.ok(
      validateKeyTable(table(['kommunkod', 'belopp'], [...rows, ['Summa', '1 000']]), context).ok,
    );
    assert.deepEqual(issuesOf(table(['kommunkod', 'belopp'], [...rows, ['Summa', '1 001']])), [
      {
        row: 4,
        column: 'belopp',
        code: 'key.total_row_mismatch',
        params: { printedKr: '1001', sumKr: '1000' },
      },
    ]);
  });

  it('names the accepted headers when a column is missing', () => {
    const issues = issuesOf(table(['foo', 'bar'], [['1', '2']]));
    assert.deepEqual(
      issues.map((issue) => issue.code),
      ['key.no_recipient_column', 'key.no_amount_column'],
    );
  });

  it('becomes a one-component formula that reproduces the key exactly', () => {
    const result = validateKeyTable(
      table(
        ['kommunkod', 'belopp'],
        [
          ['0114', '333'],
          ['0115', '667'],
        ],
      ),
      context,
    );
    assert.ok(result.ok);
    const formula = importedKeyAsFormula(result.rows, 1000n);
    const allocation = allocate(formula.model, formula.rows);
    assert.deepEqual(
      allocation.rows.map((row) => row.amountKr),
      [333n, 667n],
    );
  });
});
