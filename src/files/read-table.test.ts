import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readTable, type ReadTableResult } from './read-table';
import { numberToExactText } from './read-xlsx-grid';
import {
  deflatedPart,
  xlsxBomb,
  xlsxOfManyRows,
  xlsxOfWideRows,
  zipOf,
} from './hostile-xlsx.testing';
import { MAX_TABLE_CELLS, MAX_TABLE_ROWS } from './table-limits';
import { writeXlsx } from './write-xlsx';

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

describe('readTable: XLSX features kept by the bounded reader', () => {
  it('reads shared strings, rich text, booleans, dates and hyperlinks of the first sheet only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nyckel');
    sheet.addRow(['kommunkod', 'namn', 'aktiv', 'beslutad', 'länk', 'belopp']);
    sheet.addRow([
      '0114',
      { richText: [{ text: 'Upplands ' }, { font: { bold: true }, text: 'Väsby & Co' }] },
      true,
      new Date(Date.UTC(2026, 2, 2)),
      { text: 'webb', hyperlink: 'https://example.se' },
      1_310_223,
    ]);
    sheet.addRow(['0115', 'Vallentuna', false, null, null, 0.25]);
    workbook.addWorksheet('Annat').addRow(['inte', 'detta']);
    const table = tableOf(
      await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()), 'key.xlsx'),
    );
    assert.deepEqual(table.headers, ['kommunkod', 'namn', 'aktiv', 'beslutad', 'länk', 'belopp']);
    assert.deepEqual(
      table.rows.map((row) => [row.line, row.cells]),
      [
        [
          2,
          {
            kommunkod: '0114',
            namn: 'Upplands Väsby & Co',
            aktiv: 'TRUE',
            beslutad: '2026-03-02',
            länk: 'webb',
            belopp: '1310223',
          },
        ],
        [
          3,
          {
            kommunkod: '0115',
            namn: 'Vallentuna',
            aktiv: 'FALSE',
            beslutad: '',
            länk: '',
            belopp: '0.25',
          },
        ],
      ],
    );
  });

  it("reads back this system's own XLSX export: kronor formats, a text code, the totals formula", async () => {
    const bytes = await writeXlsx({
      name: 'Fördelning',
      columns: [
        { header: 'kommunkod', kind: 'text' },
        { header: 'namn', kind: 'text' },
        { header: 'amount_kr', kind: 'kronor' },
      ],
      rows: [
        ['0114', 'Upplands Väsby', 1_310_223n],
        ['0115', 'Vallentuna', 948_698n],
      ],
      totalsLabel: 'Summa',
    });
    const table = tableOf(await readTable(bytes, 'fordelning.xlsx'));
    assert.deepEqual(
      table.rows.map((row) => [row.line, row.cells.kommunkod, row.cells.amount_kr]),
      [
        [2, '0114', '1310223'],
        [3, '0115', '948698'],
        [4, 'Summa', '2258921'],
      ],
    );
  });

  it('reads dates of a workbook that counts from 1904', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Datum');
    sheet.addRow(['kommunkod', 'beslutad']);
    sheet.addRow(['0114', new Date(Date.UTC(2026, 2, 2))]);
    const table = tableOf(
      await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()), 'datum.xlsx'),
    );
    assert.deepEqual(table.rows[0]?.cells, { kommunkod: '0114', beslutad: '2026-03-02' });
  });

  it('skips empty rows and keeps the sheet row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nyckel');
    sheet.getCell('A3').value = 'kommunkod';
    sheet.getCell('B3').value = 'amount_kr';
    sheet.getCell('A7').value = '0114';
    sheet.getCell('B7').value = 5;
    const table = tableOf(
      await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()), 'key.xlsx'),
    );
    assert.deepEqual(table.rows, [{ line: 7, cells: { kommunkod: '0114', amount_kr: '5' } }]);
  });
});

describe('readTable: bounded input (ADR 0022)', () => {
  it(`refuses an XLSX that unpacks to a million rows at row ${MAX_TABLE_ROWS + 1}`, async (t) => {
    const bytes = await xlsxOfManyRows(1_000_000);
    const started = performance.now();
    const issues = issuesOf(await readTable(bytes, 'miljon.xlsx'));
    t.diagnostic(
      `${Math.round(bytes.length / 1024)} kB packed; refused in ${Math.round(performance.now() - started)} ms`,
    );
    assert.deepEqual(issues, [
      { file: 'miljon.xlsx', code: 'file.too_many_rows', params: { limit: MAX_TABLE_ROWS } },
    ]);
  });

  it('refuses a zip bomb by its declared size, before inflating it', async () => {
    const issues = issuesOf(await readTable(await xlsxBomb(100_000_000, false), 'bomb.xlsx'));
    assert.deepEqual(
      issues.map((issue) => [issue.code, issue.params]),
      [['file.unpacked_too_large', { limitMb: 32 }]],
    );
  });

  it('refuses a zip bomb that declares a small size, at the first byte beyond it', async (t) => {
    const bytes = await xlsxBomb(100_000_000, true);
    const started = performance.now();
    const issues = issuesOf(await readTable(bytes, 'bomb.xlsx'));
    t.diagnostic(
      `${Math.round(bytes.length / 1024)} kB packed; refused in ${Math.round(performance.now() - started)} ms`,
    );
    assert.deepEqual(
      issues.map((issue) => [issue.code, issue.params]),
      [['file.unreadable', { format: 'XLSX' }]],
    );
  });

  it('reports a workbook without a sheet, and refuses a part with a DTD (no entity expansion)', async () => {
    const noSheet = zipOf([deflatedPart('xl/workbook.xml', '<workbook><sheets/></workbook>')]);
    assert.deepEqual(
      issuesOf(await readTable(noSheet, 'tom.xlsx')).map((issue) => issue.code),
      ['file.no_worksheet'],
    );
    const withDtd = zipOf([
      deflatedPart(
        'xl/workbook.xml',
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><workbook><sheets><sheet r:id="rId1"/></sheets></workbook>',
      ),
    ]);
    assert.deepEqual(
      issuesOf(await readTable(withDtd, 'dtd.xlsx')).map((issue) => issue.code),
      ['file.unreadable'],
    );
  });

  it('refuses an XLSX whose rows reach the last column, at the cell limit', async () => {
    const issues = issuesOf(await readTable(await xlsxOfWideRows(100), 'bred.xlsx'));
    assert.deepEqual(
      issues.map((issue) => [issue.code, issue.params]),
      [['file.too_many_cells', { limit: MAX_TABLE_CELLS }]],
    );
  });

  it('refuses a CSV of 600 000 rows with one issue, not one per row', async () => {
    const csv = 'kommunkod,amount_kr\n' + '9999,1\n'.repeat(600_000);
    const issues = issuesOf(await readTable(utf8(csv), 'stor.csv'));
    assert.deepEqual(issues, [
      { file: 'stor.csv', code: 'file.too_many_rows', params: { limit: MAX_TABLE_ROWS } },
    ]);
  });

  it('refuses a CSV row of more cells than the limit', async () => {
    const csv = 'a\n' + ','.repeat(MAX_TABLE_CELLS + 1) + '\n';
    const issues = issuesOf(await readTable(utf8(csv), 'bred.csv'));
    assert.deepEqual(
      issues.map((issue) => issue.code),
      ['file.too_many_cells'],
    );
  });

  it('refuses a CSV of millions of blank lines without reading them all', async () => {
    const issues = issuesOf(await readTable(utf8('a\n' + '\n'.repeat(4_000_000)), 'tom.csv'));
    assert.deepEqual(
      issues.map((issue) => issue.code),
      ['file.too_many_rows'],
    );
  });

  it(`reads a CSV of exactly ${MAX_TABLE_ROWS} rows`, async () => {
    const csv = 'kommunkod\n' + '0114\n'.repeat(MAX_TABLE_ROWS - 1);
    assert.equal(tableOf(await readTable(utf8(csv), 'full.csv')).rows.length, MAX_TABLE_ROWS - 1);
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
