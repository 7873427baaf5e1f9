import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readTable, type ReadTableResult } from './read-table';
import { numberToExactText } from './read-xlsx-grid';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function tableOf(result: ReadTableResult) {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.table;
}

function issuesOf(result: ReadTableResult) {
  assert.ok(!result.ok, 'expected issues');
  return result.issues;
}

describe('readTable: CSV', () => {
  it('reads UTF-8 with a BOM and comma delimiter, header as line 1', async () => {
    const table = tableOf(
      await readTable(utf8('\ufeffkommunkod,belopp\n0114,1 310 223\n'), 'key.csv'),
    );
    assert.deepEqual(table, {
      file: 'key.csv',
      headers: ['kommunkod', 'belopp'],
      rows: [{ line: 2, cells: { kommunkod: '0114', belopp: '1 310 223' } }],
    });
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', async () => {
    // "Håbo;Växjö" in windows-1252: å = 0xE5, ä = 0xE4, ö = 0xF6.
    const bytes = Uint8Array.from([
      0x6e, 0x61, 0x6d, 0x6e, 0x0a, 0x48, 0xe5, 0x62, 0x6f, 0x0a, 0x56, 0xe4, 0x78, 0x6a, 0xf6,
      0x0a,
    ]);
    const table = tableOf(await readTable(bytes, 'names.csv'));
    assert.deepEqual(
      table.rows.map((row) => row.cells.namn),
      ['Håbo', 'Växjö'],
    );
  });

  it('detects ; and tab delimiters even when values hold decimal commas', async () => {
    const semicolon = tableOf(await readTable(utf8('kod;värde\r\n0114;1234,5\r\n'), 'a.csv'));
    assert.deepEqual(semicolon.rows[0]?.cells, { kod: '0114', värde: '1234,5' });
    const tab = tableOf(await readTable(utf8('kod\tvärde\n0114\t1,5\n'), 'a.tsv'));
    assert.deepEqual(tab.rows[0]?.cells, { kod: '0114', värde: '1,5' });
  });

  it('counts lines through quoted line breaks and ignores trailing empty lines', async () => {
    const table = tableOf(await readTable(utf8('code,note\n1,"two\nlines"\n2,x\n\n\n'), 'a.csv'));
    assert.deepEqual(
      table.rows.map((row) => row.line),
      [2, 4],
    );
  });

  it('reports a row with the wrong number of cells, with its line', async () => {
    const issues = issuesOf(await readTable(utf8('a,b\n1,2\n3\n4,5,6\n'), 'bad.csv'));
    assert.deepEqual(
      issues.map((issue) => [issue.row, issue.code, issue.params]),
      [
        [3, 'file.wrong_cell_count', { expected: 2, actual: 1 }],
        [4, 'file.wrong_cell_count', { expected: 2, actual: 3 }],
      ],
    );
  });

  it('accepts empty trailing cells from a trailing delimiter', async () => {
    const table = tableOf(await readTable(utf8('a;b;\n1;2;\n'), 'a.csv'));
    assert.deepEqual(table.headers, ['a', 'b']);
  });

  it('reports duplicate headers and an unclosed quote', async () => {
    assert.equal(
      issuesOf(await readTable(utf8('a,a\n1,2\n'), 'a.csv'))[0]?.code,
      'file.duplicate_column',
    );
    assert.equal(
      issuesOf(await readTable(utf8('a,b\n1,"2\n'), 'a.csv'))[0]?.code,
      'file.csv_quote',
    );
  });

  it('refuses other file types and empty files', async () => {
    assert.deepEqual(issuesOf(await readTable(utf8('x'), 'key.xls')), [
      { file: 'key.xls', code: 'file.unsupported_type', params: { extension: '.xls' } },
    ]);
    assert.equal(issuesOf(await readTable(new Uint8Array(), 'key.csv'))[0]?.code, 'file.empty');
    assert.equal(issuesOf(await readTable(utf8('\n\n'), 'key.csv'))[0]?.code, 'file.empty');
  });
});

async function xlsxBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Nyckel'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readTable: XLSX', () => {
  it('reads numbers as exact digit strings and formulas by their cached result', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['kommunkod', 'amount_kr', 'share']);
      sheet.addRow(['0114', 1310223, 0.37]);
      sheet.addRow(['0115', { formula: 'B2-361525', result: 948698 }, 0.1]);
    });
    const table = tableOf(await readTable(bytes, 'key.xlsx'));
    assert.deepEqual(
      table.rows.map((row) => [row.line, row.cells]),
      [
        [2, { kommunkod: '0114', amount_kr: '1310223', share: '0.37' }],
        [3, { kommunkod: '0115', amount_kr: '948698', share: '0.1' }],
      ],
    );
  });

  it('reports a formula without a stored result and an error value', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['kommunkod', 'amount_kr']);
      sheet.addRow(['0114', { formula: 'SUM(A1:A2)' }]);
      sheet.addRow(['0115', { error: '#DIV/0!' }]);
    });
    const issues = issuesOf(await readTable(bytes, 'key.xlsx'));
    assert.deepEqual(
      issues.map((issue) => [issue.row, issue.code, issue.params.cell]),
      [
        [2, 'file.formula_without_result', 'B2'],
        [3, 'file.unsupported_cell', 'B3'],
      ],
    );
  });

  it('reports bytes that are not a workbook', async () => {
    assert.equal(
      issuesOf(await readTable(utf8('not a zip'), 'key.xlsx'))[0]?.code,
      'file.unreadable',
    );
  });
});

describe('numberToExactText', () => {
  const cases: [number, string][] = [
    [1310223, '1310223'],
    [2 ** 53 - 1, '9007199254740991'],
    [0.1, '0.1'],
    [1.5e-7, '0.00000015'],
    [-2.5e-7, '-0.00000025'],
    [1e21, '1000000000000000000000'],
    [1.2345e21, '1234500000000000000000'],
  ];
  for (const [value, expected] of cases) {
    it(`${value} → ${expected}`, () => assert.equal(numberToExactText(value), expected));
  }
});
