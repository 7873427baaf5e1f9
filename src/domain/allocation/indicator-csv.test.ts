import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rational } from '../rational';
import { allocate } from './allocate';
import {
  indicatorInputRows,
  MAX_INDICATOR_COLUMNS,
  MAX_INDICATOR_CSV_CHARS,
  MAX_INDICATOR_ROWS,
  readIndicatorCsv,
} from './indicator-csv';

function issuesOf(text: string) {
  const result = readIndicatorCsv(text, 'data.csv');
  assert.equal(result.ok, false, 'the file is refused');
  return result.ok
    ? []
    : result.issues.map(({ row, column, code, params }) => ({ row, column, code, params }));
}

describe('readIndicatorCsv', () => {
  it('reads a plain recipient_code,befolkning_80plus file', () => {
    const result = readIndicatorCsv(
      'recipient_code,befolkning_80plus\n0114,2051\n0115,1600\n',
      'a.csv',
    );
    assert.ok(result.ok);
    assert.equal(result.data.codeColumn, 'recipient_code');
    assert.deepEqual(result.data.numericColumns, ['befolkning_80plus']);
    assert.deepEqual(
      result.data.rows.map((row) => [row.line, row.recipientCode, row.values.befolkning_80plus]),
      [
        [2, '0114', rational(2051n, 1n)],
        [3, '0115', rational(1600n, 1n)],
      ],
    );
  });

  it('reads Swedish headers, semicolons, decimal commas, a BOM, a name column and text columns', () => {
    const text =
      '\uFEFFKommunkod;Kommun;Län;Befolkning 80+;Andel (%);Sökt belopp\r\n' +
      '0114;Upplands Väsby;Stockholms län;1 234,5;0,25;\r\n' +
      '\r\n' +
      '2584;Kiruna;Norrbottens län;2000;1,5;50000\r\n';
    const result = readIndicatorCsv(text, 'b.csv');
    assert.ok(result.ok);
    assert.equal(result.data.codeColumn, 'Kommunkod');
    // "Län" holds no number: it is text, not a column to allocate by.
    assert.deepEqual(result.data.numericColumns, ['Befolkning 80+', 'Andel (%)', 'Sökt belopp']);
    const [first, second] = result.data.rows;
    assert.equal(first?.name, 'Upplands Väsby');
    assert.deepEqual(first?.values['Befolkning 80+'], rational(2469n, 2n));
    assert.deepEqual(first?.values['Andel (%)'], rational(1n, 4n));
    assert.equal(first?.values['Sökt belopp'], undefined);
    // The blank line is skipped but counted: Kiruna is on line 4.
    assert.equal(second?.line, 4);
    assert.deepEqual(second?.values['Sökt belopp'], rational(50000n, 1n));
  });

  it('names the line and column of every bad cell and duplicate code', () => {
    assert.deepEqual(
      issuesOf('recipient_code,befolkning_80plus,platser\n0114,12x,3\n0115,-4,2\n0114,5,\n,7,1\n'),
      [
        {
          row: 2,
          column: 'befolkning_80plus',
          code: 'cell.not_a_number',
          params: { value: '12x' },
        },
        { row: 3, column: 'befolkning_80plus', code: 'cell.negative', params: { value: '-4' } },
        {
          row: 4,
          column: 'recipient_code',
          code: 'recipient.duplicate',
          params: { code: '0114', otherRow: 2 },
        },
        { row: 5, column: 'recipient_code', code: 'cell.missing', params: {} },
      ],
    );
  });

  it('refuses a file without a code column, without numbers, without rows, or with a short row', () => {
    assert.deepEqual(
      issuesOf('kommun,befolkning\nKiruna,1\n').map((issue) => issue.code),
      ['table.missing_column'],
    );
    assert.deepEqual(
      issuesOf('kommunkod,län\n0114,Stockholm\n').map((issue) => issue.code),
      ['table.no_indicator_column'],
    );
    assert.deepEqual(
      issuesOf('kommunkod,befolkning\n').map((issue) => issue.code),
      ['table.no_rows'],
    );
    assert.deepEqual(issuesOf(''), [
      { row: undefined, column: undefined, code: 'file.empty', params: {} },
    ]);
    assert.deepEqual(issuesOf('kommunkod,a,b\n0114,1\n'), [
      {
        row: 2,
        column: undefined,
        code: 'file.wrong_cell_count',
        params: { expected: 3, actual: 2 },
      },
    ]);
  });

  it('is bounded: too many characters, rows or columns are refused before the table is read', () => {
    assert.deepEqual(
      issuesOf('x'.repeat(MAX_INDICATOR_CSV_CHARS + 1)).map((issue) => issue.code),
      ['file.too_large'],
    );
    const rows = Array.from({ length: MAX_INDICATOR_ROWS + 1 }, (_, index) => `${index},1`);
    assert.deepEqual(
      issuesOf(`kod,a\n${rows.join('\n')}\n`).map((issue) => issue.code),
      ['file.too_many_rows'],
    );
    const atLimit = Array.from({ length: MAX_INDICATOR_ROWS }, (_, index) => `${index},1`);
    assert.equal(readIndicatorCsv(`kod,a\n${atLimit.join('\n')}\n`, 'ok.csv').ok, true);
    const headers = Array.from({ length: MAX_INDICATOR_COLUMNS + 1 }, (_, index) => `c${index}`);
    assert.deepEqual(
      issuesOf(`${headers.join(',')}\n`).map((issue) => issue.code),
      ['file.too_many_columns'],
    );
  });
});

describe('indicatorInputRows', () => {
  const read = readIndicatorCsv(
    'kommunkod,befolkning_80plus,sokt_kr\nA,3,\nB,1,10\nC,,5\n',
    'c.csv',
  );
  assert.ok(read.ok);
  const { data } = read;

  it('reports an empty indicator cell by line and column, and a model column the file lacks', () => {
    const model = { components: [{ name: 'p', indicator: 'befolkning_80plus' }] };
    const result = indicatorInputRows(data, model);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.ok
        ? []
        : result.issues.map(({ row, column, columnNumber, code }) => ({
            row,
            column,
            columnNumber,
            code,
          })),
      [{ row: 4, column: 'befolkning_80plus', columnNumber: 2, code: 'cell.missing' }],
    );
    const unknown = indicatorInputRows(data, { components: [{ name: 'x', indicator: 'folk' }] });
    assert.deepEqual(
      unknown.ok ? [] : unknown.issues.map(({ code, params }) => ({ code, params })),
      [{ code: 'table.missing_column', params: { column: 'folk' } }],
    );
  });

  it('gives the engine the indicator and caps (empty cap: none) of every row', () => {
    const twoRows = readIndicatorCsv(
      'kommunkod,befolkning_80plus,sokt_kr\nA,3,\nB,1,10\n',
      'd.csv',
    );
    assert.ok(twoRows.ok);
    const model = {
      budgetKr: 100n,
      minimumKr: 0n,
      components: [{ name: 'p', indicator: 'befolkning_80plus', fraction: rational(1n, 1n) }],
      capColumn: 'sokt_kr',
    };
    const rows = indicatorInputRows(twoRows.data, model);
    assert.ok(rows.ok);
    const result = allocate(model, rows.rows);
    assert.deepEqual(
      result.rows.map((row) => [row.recipientCode, row.amountKr]),
      [
        ['A', 90n],
        ['B', 10n],
      ],
    );
  });
});
