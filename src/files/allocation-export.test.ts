import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { allocate } from '../domain/allocation/allocate';
import { fromBigInt, rational } from '../domain/rational';
import {
  allocationResultCsv,
  allocationResultPdf,
  allocationResultSwedishExcelCsv,
  allocationResultXlsx,
  type ExportLanguage,
} from './allocation-export';
import { allocationChecksum, sha256Hex } from './checksum';
import { pdfText } from './pdf-text';

const result = allocate(
  {
    budgetKr: 1000n,
    minimumKr: 100n,
    components: [
      { name: 'population', indicator: 'population', amountKr: 700n },
      { name: 'places', indicator: 'places', fraction: rational(3n, 10n) },
    ],
  },
  [
    {
      recipientCode: 'B',
      indicators: { population: fromBigInt(2n), places: fromBigInt(1n) },
      capKr: 300n,
    },
    { recipientCode: 'A', indicators: { population: fromBigInt(1n), places: fromBigInt(2n) } },
    { recipientCode: 'C', indicators: { population: fromBigInt(1n), places: fromBigInt(0n) } },
  ],
);
const names = new Map([
  ['A', 'Alfa'],
  ['B', '=Beta'],
  ['C', 'Gamma, Delta'],
]);

describe('allocation export', () => {
  it('writes the canonical CSV: defined columns, sorted by code, exact values as fractions', () => {
    const csv = allocationResultCsv(result, names);
    const [header, ...lines] = csv.trimEnd().split('\n');
    assert.equal(
      header,
      'recipient_code,name,amount_kr,population_value,population_share,population_exact_kr,places_value,places_share,places_exact_kr,' +
        'key_quota_kr,minimum_kr,cap_kr,cap_applied,exact_quota_kr,rounded_down_kr,remainder,rounded_up',
    );
    assert.deepEqual(
      lines.map((line) => line.split(',')[0]),
      ['A', 'B', 'C'],
    );
    // B: key 350 + 100 = 450; 100 + 700 × 450/1000 = 415 is over its cap of 300, so it gets 300.
    assert.equal(lines[1], "B,'=Beta,300,2,1/2,350,1,1/3,100,450,100,300,true,300,300,0,false");
    // A: 100 + 500 × 375/550 = 440 10/11 exactly; C: 259 1/11. One krona left: A's larger remainder.
    assert.equal(lines[0], 'A,Alfa,441,1,1/4,175,2,2/3,200,375,100,,false,4850/11,440,10/11,true');
    assert.equal(
      lines[2],
      'C,"Gamma, Delta",259,1,1/4,175,0,0,0,175,100,,false,2850/11,259,1/11,false',
    );
    assert.ok(!csv.startsWith('\ufeff') && !csv.includes('\r'));
    assert.equal(
      result.rows.reduce((sum, row) => sum + row.amountKr, 0n),
      1000n,
    );
  });

  it('checksums the canonical CSV bytes and does not depend on row order', () => {
    const reversed = { ...result, rows: [...result.rows].reverse() };
    assert.equal(allocationChecksum(result, names), sha256Hex(allocationResultCsv(result, names)));
    assert.equal(allocationChecksum(reversed, names), allocationChecksum(result, names));
    assert.match(allocationChecksum(result, names), /^[0-9a-f]{64}$/);
  });

  it('keeps the plain CSVs byte for byte as before the spreadsheet dialects (sha256 from main)', () => {
    // The canonical CSV's sha256 is the published checksum and the Excel-flavoured one is what
    // scripts download: both are interfaces, so neither may change with the human exports.
    assert.equal(
      sha256Hex(allocationResultCsv(result, names, 'canonical')),
      '85f62e08eb2175eb3a8a078dadbe63ed3a954909a32076dfccd70df40244bb61',
    );
    assert.equal(
      sha256Hex(allocationResultCsv(result, names, 'excel')),
      '225b458ce15d29d6ade9716db33cc262ebbfcc17d6bdc003de5cdaa43d5f6167',
    );
    assert.equal(
      allocationChecksum(result, names),
      '85f62e08eb2175eb3a8a078dadbe63ed3a954909a32076dfccd70df40244bb61',
    );
  });

  it('writes the CSV for Swedish Excel: BOM, semicolons, decimal comma, Swedish headers, Ja/Nej', () => {
    const csv = allocationResultSwedishExcelCsv(result, names, 'sv');
    assert.ok(csv.startsWith('\ufeff'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.at(-1), '', 'every line ends in CRLF');
    assert.equal(
      lines[0],
      'Kod;Mottagare;Belopp (kr);Population: värde;Population: andel;Population: exakt belopp (kr);' +
        'Places: värde;Places: andel;Places: exakt belopp (kr);Enligt nyckel (kr);Minibelopp (kr);' +
        'Tak (kr);Taket tillämpat;Exakt belopp (kr);Avrundat nedåt (kr);Rest vid avrundning;Avrundat uppåt',
    );
    assert.equal(
      lines[1],
      'A;Alfa;441;1;0,25;175;2;0,6666666667;200;375;100;;Nej;440,9090909091;440;0,9090909091;Ja',
    );
    // A comma in a name needs no quotes between semicolons but gets them anyway (a reader may split
    // on commas); the formula start stays defused.
    assert.equal(
      lines[2],
      "B;'=Beta;300;2;0,5;350;1;0,3333333333;100;450;100;300;Ja;300;300;0;Nej",
    );
    assert.match(lines[3] ?? '', /^C;"Gamma, Delta";259;/);

    // Read back as a Swedish spreadsheet would: split on ";", numbers with a decimal comma.
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    const [header, ...rows] = parsed.data;
    assert.equal(header?.length, 17);
    assert.ok(rows.every((row) => row.length === 17));
    const swedishNumber = (text: string | undefined) => Number((text ?? '').replace(',', '.'));
    const exactQuota = header?.indexOf('Exakt belopp (kr)') ?? -1;
    assert.deepEqual(
      rows.map((row) => swedishNumber(row[exactQuota])),
      [440.9090909091, 300, 259.0909090909],
    );
    assert.equal(
      rows.reduce((sum, row) => sum + swedishNumber(row[2]), 0),
      1000,
    );
  });

  it('writes the Excel CSV with English headers and Yes/No when the UI is English', () => {
    const [header, first] = allocationResultSwedishExcelCsv(result, names, 'en')
      .slice(1)
      .split('\r\n');
    assert.match(
      header ?? '',
      /^Code;Recipient;Amount \(SEK\);Population: value;Population: share;/,
    );
    assert.match(header ?? '', /;Cap applied;Exact amount \(SEK\);.*;Rounded up$/);
    assert.match(first ?? '', /;Yes$/);
    assert.match(first ?? '', /;;No;/);
  });

  async function readXlsx(language: ExportLanguage) {
    const workbook = new ExcelJS.Workbook();
    // exceljs's declared Buffer type predates Node's generic Buffer.
    await workbook.xlsx.load(
      Buffer.from(
        await allocationResultXlsx(result, names, 'Test', language),
      ) as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.worksheets[0];
    assert.ok(sheet);
    return sheet;
  }

  it('writes the XLSX for people: Swedish headers, numbers as numbers, Ja/Nej and a totals row', async () => {
    const sheet = await readXlsx('sv');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(headers.slice(0, 5), [
      'Kod',
      'Mottagare',
      'Belopp (kr)',
      'Population: värde',
      'Population: andel',
    ]);
    assert.ok(!headers.some((header) => /_/.test(String(header))), 'no snake_case header');
    // Row 3 is B: amount 300, share 1/2 as the number 0.5, cap applied.
    assert.equal(sheet.getCell('C3').value, 300);
    assert.equal(sheet.getCell('E3').value, 0.5);
    assert.equal(sheet.getCell('H3').value, 1 / 3);
    assert.equal(sheet.getCell('M3').value, 'Ja');
    assert.equal(sheet.getCell('Q3').value, 'Nej');
    // A's exact quota 4850/11 is a number (the nearest double) shown with two decimals.
    assert.equal(sheet.getCell('N2').value, 4850 / 11);
    assert.equal(sheet.getCell('N2').numFmt, '[$-41D]#,##0.00');
    assert.match(sheet.getCell('C2').numFmt, /kr/);
    // Every cell below the header outside the text columns is a number or empty.
    for (let row = 2; row <= 4; row += 1) {
      headers.forEach((header, index) => {
        const value = sheet.getRow(row).getCell(index + 1).value;
        if (index < 2 || /tillämpat|uppåt/.test(String(header))) return;
        assert.ok(value === null || typeof value === 'number', `${String(header)} row ${row}`);
      });
    }
    assert.equal(sheet.getCell('A5').value, 'Summa');
    assert.deepEqual(sheet.getCell('C5').value, { formula: 'SUM(C2:C4)', result: 1000 });
  });

  it('writes the XLSX with English headers, Yes/No and Total when the UI is English', async () => {
    const sheet = await readXlsx('en');
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1, 4), [
      'Code',
      'Recipient',
      'Amount (SEK)',
    ]);
    assert.equal(sheet.getCell('M3').value, 'Yes');
    assert.equal(sheet.getCell('M2').value, 'No');
    assert.equal(sheet.getCell('A5').value, 'Total');
  });

  it('writes a PDF with Swedish amounts, a repeated header and page numbers', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => ({
      recipientCode: String(index).padStart(4, '0'),
      indicators: { key: fromBigInt(BigInt(index + 1)) },
    }));
    const big = allocate(
      { budgetKr: 3_998_500_000n, minimumKr: 0n, components: [{ name: 'k', indicator: 'key' }] },
      rows,
    );
    const pdf = await allocationResultPdf(
      big,
      new Map(rows.map((row) => [row.recipientCode, `Kommun ${row.recipientCode}`])),
      {
        grantTitle: 'Statsbidrag för äldreomsorg 2024',
        checksum: 'abc123',
      },
    );
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
    const text = pdfText(pdf);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    pages.forEach((page, index) => {
      assert.match(page, /Mottagare/, `header on page ${index + 1}`);
      assert.match(page, new RegExp(`Sida ${index + 1} av ${pages.length}`));
    });
    assert.match(text, /3\s998\s500\s000\s+kr/);
    assert.match(text, /Statsbidrag för äldreomsorg 2024/);
  });
});
