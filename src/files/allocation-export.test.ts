import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { allocate } from '../domain/allocation/allocate';
import { fromBigInt, rational } from '../domain/rational';
import {
  allocationResultCsv,
  allocationResultPdf,
  allocationResultXlsx,
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

  it('writes the XLSX with numbers, exact text and a totals row', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs's declared Buffer type predates Node's generic Buffer.
    await workbook.xlsx.load(
      Buffer.from(await allocationResultXlsx(result, names, 'Test')) as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.worksheets[0];
    assert.ok(sheet);
    assert.equal(sheet.getCell('C3').value, 300);
    assert.equal(sheet.getCell('E3').value, '1/2');
    assert.deepEqual(sheet.getCell('C5').value, { formula: 'SUM(C2:C4)', result: 1000 });
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
