import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { AnnexTable } from '../domain/performance/annex';
import {
  performanceAnnexCsv,
  performanceAnnexSwedishExcelCsv,
  performanceAnnexXlsx,
} from './performance-annex-export';

// The shape performanceAnnex gives: whole figures as bigint, decimal figures as six-decimal text.
const annex: AnnexTable = {
  columns: [
    { id: 'recipient_code', header: 'Kod', kind: 'text' },
    { id: 'name', header: 'Mottagare', kind: 'text' },
    { id: 'staff', header: 'Antal anställda', kind: 'integer' },
    { id: 'hours', header: 'Timmar per vecka', kind: 'decimal' },
    { id: 'share_1', header: 'Andel februari 2022 (%)', kind: 'percent' },
    { id: 'share_2', header: 'Andel februari 2023 (%)', kind: 'percent' },
    { id: 'change_pp', header: 'Förändring (procentenheter)', kind: 'points' },
    { id: 'amount_kr', header: 'Belopp (kr)', kind: 'kronor' },
  ],
  rows: [
    ['0123', 'Järfälla', 570n, '1234.500000', 31n, 26n, -5n, 1_500_000n],
    ['0180', '=Stockholm, stad', 9000n, 40n, 40n, 45n, 5n, 2_000_000n],
  ],
  totalKr: 3_500_000n,
};

async function sheetOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  // exceljs's declared Buffer type predates Node's generic Buffer.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  assert.ok(sheet);
  return sheet;
}

describe('performance annex export', () => {
  it('keeps the plain annex CSV as it was (commas, decimal dot, Summa row)', () => {
    assert.equal(
      performanceAnnexCsv(annex),
      '\ufeffKod,Mottagare,Antal anställda,Timmar per vecka,Andel februari 2022 (%),' +
        'Andel februari 2023 (%),Förändring (procentenheter),Belopp (kr)\r\n' +
        '0123,Järfälla,570,1234.500000,31,26,-5,1500000\r\n' +
        `0180,"'=Stockholm, stad",9000,40,40,45,5,2000000\r\n` +
        ',Summa,,,,,,3500000\r\n',
    );
  });

  it('writes the annex CSV for Swedish Excel: semicolons, decimal comma, BOM, totals', () => {
    const csv = performanceAnnexSwedishExcelCsv(annex, 'sv');
    assert.ok(csv.startsWith('\ufeffKod;Mottagare;Antal anställda;Timmar per vecka;'));
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' });
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.data.slice(1), [
      ['0123', 'Järfälla', '570', '1234,5', '31', '26', '-5', '1500000'],
      ['0180', "'=Stockholm, stad", '9000', '40', '40', '45', '5', '2000000'],
      ['', 'Summa', '', '', '', '', '', '3500000'],
    ]);
  });

  it('writes the annex CSV with English headers and Total when the UI is English', () => {
    const [header, ...rest] = performanceAnnexSwedishExcelCsv(annex, 'en').slice(1).split('\r\n');
    assert.equal(
      header,
      'Code;Recipient;Antal anställda;Timmar per vecka;Share februari 2022 (%);' +
        'Share februari 2023 (%);Change (percentage points);Amount (SEK)',
    );
    assert.equal(rest.at(-2), ';Total;;;;;;3500000');
  });

  it("uses the model's English labels for figures and measurement points when it has them", () => {
    const labelled: AnnexTable = {
      ...annex,
      columns: annex.columns.map((column) =>
        column.id === 'staff'
          ? { ...column, headerEn: 'Number of employees' }
          : column.id === 'share_1'
            ? { ...column, headerEn: 'Share February 2022 (%)' }
            : column,
      ),
    };
    const [header] = performanceAnnexSwedishExcelCsv(labelled, 'en').slice(1).split('\r\n');
    assert.equal(
      header,
      'Code;Recipient;Number of employees;Timmar per vecka;Share February 2022 (%);' +
        'Share februari 2023 (%);Change (percentage points);Amount (SEK)',
    );
    assert.ok(performanceAnnexSwedishExcelCsv(labelled, 'sv').includes(';Antal anställda;'));
  });

  it('writes the annex XLSX with every figure as a number, decimal figures included', async () => {
    const sheet = await sheetOf(await performanceAnnexXlsx(annex, 'Bilaga'));
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [
      'Kod',
      'Mottagare',
      'Antal anställda',
      'Timmar per vecka',
      'Andel februari 2022 (%)',
      'Andel februari 2023 (%)',
      'Förändring (procentenheter)',
      'Belopp (kr)',
    ]);
    assert.deepEqual(
      (sheet.getRow(2).values as unknown[]).slice(3),
      [570, 1234.5, 31, 26, -5, 1_500_000],
    );
    assert.equal(sheet.getCell('D3').value, 40);
    assert.equal(sheet.getCell('D2').numFmt, '[$-41D]#,##0.0');
    assert.equal(sheet.getCell('B3').value, "'=Stockholm, stad");
    assert.equal(sheet.getCell('A4').value, 'Summa');
  });

  it('writes the annex XLSX with English headers when the UI is English', async () => {
    const sheet = await sheetOf(await performanceAnnexXlsx(annex, 'Annex', 'en'));
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1, 3), ['Code', 'Recipient']);
    assert.equal(sheet.getCell('H1').value, 'Amount (SEK)');
    assert.equal(sheet.getCell('A4').value, 'Total');
  });
});
