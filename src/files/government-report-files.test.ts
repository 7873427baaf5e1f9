import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { PrintedReport, PrintedTable } from '../domain/government-report/printed-table';
import {
  PERCENT_FORMAT,
  sheetNames,
  writeGovernmentReportXlsx,
  writePrintedTableCsv,
} from './government-report-xlsx';
import { writeGovernmentReportPdf } from './government-report-pdf';
import { KRONOR_FORMAT } from './write-xlsx';
import { pdfText } from './pdf-text';

const text = (value: string) => ({ kind: 'text', text: value }) as const;
const count = (value: bigint) => ({ kind: 'integer', value }) as const;
const percent = (share: string) => ({ kind: 'percent', share }) as const;

const professions: PrintedTable = {
  key: 'professions_financed',
  label: 'Tabell 2',
  caption: 'Yrkeskategorier som har finansierats med hjälp av statsbidraget under 2024.',
  base: { symbol: 'N', value: 290 },
  note: 'Flera svar kunde anges',
  columns: [
    { header: 'Yrkeskategori', kind: 'text' },
    { header: 'Antal', kind: 'integer' },
    { header: 'Andel', kind: 'percent' },
  ],
  rows: [
    [text('Undersköterskor'), count(275n), percent('95')],
    [text('=HYPERLINK("http://evil")'), count(4n), percent('1')],
    [text('Kuratorer'), count(1n), percent('<1')],
  ],
  totals: null,
  chart: { labelColumn: 0, valueColumn: 2 },
  source: 'Källa: Kommunernas återrapportering av 2024 års statsbidrag.',
};

const distribution: PrintedTable = {
  key: 'distribution',
  label: 'Tabell 1',
  caption: 'Rekvirerat och använt statsbidrag under 2024.',
  base: null,
  note: null,
  columns: [
    { header: 'Kommun', kind: 'text' },
    { header: 'Rekvirerat', kind: 'kronor' },
  ],
  rows: [
    [text('Ale'), { kind: 'kronor', value: 3_998_000_000n }],
    [text('Alingsås'), { kind: 'kronor', value: 500_000n }],
  ],
  totals: [text('Totalt'), { kind: 'kronor', value: 3_998_500_000n }],
  chart: null,
  source: 'Källa: Kommunernas återrapportering av 2024 års statsbidrag.',
};

const report: PrintedReport = {
  title: 'Återrapportering till regeringen 2024',
  facts: ['Statsbidrag för äldreomsorg 2024'],
  tables: [distribution, professions],
};

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's declared Buffer type predates Node's generic Buffer.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('government report XLSX', () => {
  it('writes a sheet per table with title, base, numbers as numbers in Swedish formats and the source', async () => {
    const workbook = await readWorkbook(await writeGovernmentReportXlsx(report));
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      ['Tabell 1', 'Tabell 2'],
    );
    const sheet = workbook.getWorksheet('Tabell 2');
    assert.ok(sheet);
    assert.equal(
      sheet.getCell('A1').value,
      'Tabell 2. Yrkeskategorier som har finansierats med hjälp av statsbidraget under 2024.',
    );
    assert.equal(sheet.getCell('A2').value, 'N\u00a0=\u00a0290. Flera svar kunde anges');
    assert.deepEqual(
      [1, 2, 3].map((column) => sheet.getRow(4).getCell(column).value),
      ['Yrkeskategori', 'Antal', 'Andel'],
    );
    assert.equal(sheet.getCell('A5').value, 'Undersköterskor');
    assert.equal(sheet.getCell('B5').value, 275);
    assert.equal(sheet.getCell('C5').value, 0.95);
    assert.equal(sheet.getCell('C5').numFmt, PERCENT_FORMAT);
    assert.equal(sheet.getCell('A6').value, '\'=HYPERLINK("http://evil")', 'formula defused');
    assert.equal(sheet.getCell('C7').value, '<1\u00a0%');
    assert.equal(
      sheet.getCell('A9').value,
      'Källa: Kommunernas återrapportering av 2024 års statsbidrag.',
    );
    assert.equal(sheet.getCell('A10').value, 'Statsbidrag för äldreomsorg 2024');
    const amounts = workbook.getWorksheet('Tabell 1');
    assert.ok(amounts);
    assert.equal(amounts.getCell('B5').value, 3_998_000_000);
    assert.equal(amounts.getCell('B5').numFmt, KRONOR_FORMAT);
    assert.equal(amounts.getCell('A7').value, 'Totalt');
    assert.equal(amounts.getCell('B7').value, 3_998_500_000);
    assert.equal(amounts.getRow(7).font?.bold, true);
  });

  it('writes a 1–5 matrix’s full spread on a sheet of its own right after its table', async () => {
    const effects: PrintedTable = {
      ...professions,
      key: 'effects',
      label: 'Tabell 3',
      caption: 'Effekter',
      columns: [
        { header: 'Område', kind: 'text' },
        { header: 'Antal som svarat 4–5', kind: 'integer' },
        { header: 'Andel', kind: 'percent' },
      ],
      rows: [[text('Kvalitet'), count(6n), percent('75')]],
      chart: null,
      spread: {
        ...professions,
        key: 'effects-spread',
        label: 'Tabell 3, hela fördelningen',
        caption: 'Effekter',
        columns: [
          { header: 'Område', kind: 'text' },
          { header: 'Antal 1', kind: 'integer' },
          { header: 'Andel 1', kind: 'percent' },
          { header: 'Antal 5', kind: 'integer' },
          { header: 'Andel 5', kind: 'percent' },
        ],
        rows: [[text('Kvalitet'), count(0n), text('–'), count(4n), percent('50')]],
        chart: null,
      },
    };
    const workbook = await readWorkbook(
      await writeGovernmentReportXlsx({ ...report, tables: [distribution, effects, professions] }),
    );
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      ['Tabell 1', 'Tabell 3', 'Tabell 3, hela fördelningen', 'Tabell 2'],
    );
    const spread = workbook.getWorksheet('Tabell 3, hela fördelningen');
    assert.ok(spread);
    assert.equal(spread.getCell('A1').value, 'Tabell 3, hela fördelningen. Effekter');
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((column) => spread.getRow(5).getCell(column).value),
      ['Kvalitet', 0, '–', 4, 0.5],
    );
  });

  it('names sheets within 31 characters, without forbidden characters, unique regardless of case', () => {
    const long = 'Fördelning och användning av statsbidraget per kommun';
    const names = sheetNames([long, long, 'Tabell 2', 'tabell 2', 'a/b:c*d?[e]', "'x'"]);
    assert.ok(names.every((name) => name.length <= 31));
    assert.equal(names[0], long.slice(0, 31).trim());
    assert.equal(names[1]?.endsWith(' (2)'), true);
    assert.equal(names[3], 'tabell 2 (2)');
    assert.equal(names[4], 'a b c d e');
    assert.equal(names[5], 'x');
    assert.equal(new Set(names.map((name) => name.toLowerCase())).size, names.length);
  });
});

describe('government report CSV', () => {
  it('writes one table with bare numbers, "<1" and formula-safe text', () => {
    const csv = writePrintedTableCsv(professions);
    assert.equal(
      csv,
      '\ufeffYrkeskategori,Antal,Andel\r\n' +
        'Undersköterskor,275,95\r\n' +
        '"\'=HYPERLINK(""http://evil"")",4,1\r\n' +
        'Kuratorer,1,<1\r\n',
    );
    assert.match(writePrintedTableCsv(distribution), /\r\nTotalt,3998500000\r\n$/);
  });
});

describe('government report PDF', () => {
  it('prints the title, each table with its base, Swedish numbers, chart and source line', async () => {
    const printed = pdfText(await writeGovernmentReportPdf(report));
    assert.match(printed, /Återrapportering till regeringen 2024/);
    assert.match(printed, /Tabell 2\. Yrkeskategorier som har finansierats/);
    assert.match(printed, /N = 290\. Flera svar kunde anges/);
    assert.match(printed, /Undersköterskor\s+275\s+95 %/, 'the table row');
    assert.match(printed, /Kuratorer\s+1\s+<1 %/);
    assert.match(printed, /Totalt\s+3 998 500 000 kr/);
    // The chart repeats each label with its printed share after the bar.
    assert.equal(printed.match(/Undersköterskor/g)?.length, 2);
    assert.match(printed, /Undersköterskor\s+95 %/);
    assert.equal(printed.match(/Källa: Kommunernas återrapportering/g)?.length, 2);
    assert.match(printed, /Sida 1 av \d/);
  });
});
