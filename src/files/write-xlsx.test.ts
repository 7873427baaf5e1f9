import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { KRONOR_FORMAT, writeXlsx } from './write-xlsx';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's declared Buffer type predates Node's generic Buffer.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  assert.ok(sheet);
  return sheet;
}

describe('writeXlsx', () => {
  it('writes numbers as numbers, a SUM totals row with its value, a frozen bold header and a filter', async () => {
    const bytes = await writeXlsx({
      name: 'Fördelning',
      columns: [
        { header: 'recipient_code', kind: 'text' },
        { header: 'name', kind: 'text' },
        { header: 'amount_kr', kind: 'kronor' },
      ],
      rows: [
        ['0114', 'Upplands Väsby', 1_310_223n],
        ['0115', '=evil()', 948_698n],
      ],
      totalsLabel: 'Summa',
    });
    const sheet = await readBack(bytes);
    assert.equal(sheet.getCell('C2').value, 1_310_223);
    assert.equal(typeof sheet.getCell('C3').value, 'number');
    assert.equal(sheet.getCell('C2').numFmt, KRONOR_FORMAT);
    assert.equal(sheet.getCell('A2').value, '0114', 'codes stay text with their leading zero');
    assert.equal(sheet.getCell('B3').value, "'=evil()", 'formula injection is defused');
    assert.deepEqual(sheet.getCell('C4').value, { formula: 'SUM(C2:C3)', result: 2_258_921 });
    assert.equal(sheet.getCell('A4').value, 'Summa');
    assert.equal(sheet.getRow(1).font?.bold, true);
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.ok(sheet.autoFilter);
    assert.ok((sheet.getColumn(2).width ?? 0) >= 'Upplands Väsby'.length);
  });

  it('refuses an amount a spreadsheet number cannot hold exactly', async () => {
    await assert.rejects(
      writeXlsx({ name: 'x', columns: [{ header: 'a', kind: 'kronor' }], rows: [[2n ** 60n]] }),
      RangeError,
    );
  });
});
