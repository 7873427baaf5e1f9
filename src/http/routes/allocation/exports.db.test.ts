// Exports and reproducibility: what an allocation gives as files, read back with real tools.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describeEachDatabase } from '../../../db/testing';
import type { App } from '../../server';
import { buildTestServer, grantInput, multipart, referenceFile } from '../../testing';
import type { Allocation } from '../../../contracts/allocation';
import type { Grant } from '../../../contracts/grants';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../../../bin/statsbidrag.js', import.meta.url));
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

describeEachDatabase('allocation files', (getDb) => {
  let app: App;
  let welfareTech: Allocation;
  let formula: Allocation;

  before(async () => {
    app = await buildTestServer(getDb());
    const grant: Grant = (
      await app.inject({ method: 'POST', url: '/api/grants', payload: grantInput() })
    ).json();
    const key = await multipart({
      file: {
        filename: 'welfare_tech_2018_allocation.csv',
        content: await referenceFile('welfare_tech_2018_allocation.csv'),
      },
    });
    welfareTech = (
      await app.inject({
        method: 'POST',
        url: `/api/grants/${grant.id}/allocations/import`,
        ...key,
      })
    ).json();
    const published = await app.inject({
      method: 'POST',
      url: `/api/allocations/${welfareTech.id}/publish`,
    });
    assert.equal(published.statusCode, 200, published.body);
    welfareTech = published.json();

    // Two components, a minimum, a cap and decimals written the Swedish way: the rounding and every
    // rule show up in the files.
    const small: Grant = (
      await app.inject({
        method: 'POST',
        url: '/api/grants',
        payload: grantInput({ totalAmountKr: 100_000 }),
      })
    ).json();
    const body = await multipart({
      model: JSON.stringify({
        budget_kr: 100_000,
        minimum_kr: 5_000,
        cap_column: 'requested_kr',
        components: [
          { name: 'Befolkning 65+', indicator: 'population_65', fraction: '2/3' },
          { name: 'Hemtjänst', indicator: 'home_care', fraction: '1/3' },
        ],
      }),
      file: {
        filename: 'indikatorer.csv',
        content:
          'recipient_code;population_65;home_care;requested_kr\n' +
          '0114;"12 345,5";410;\n0115;7 001;233;20000\n0117;9 870,25;300;\n0120;1 234;57;\n',
      },
    });
    const created = await app.inject({
      method: 'POST',
      url: `/api/grants/${small.id}/allocations/formula`,
      ...body,
    });
    assert.equal(created.statusCode, 201, created.body);
    formula = created.json();
  });
  after(() => app.close());

  async function download(url: string) {
    const response = await app.inject({ url });
    assert.equal(response.statusCode, 200, `${url}: ${response.body.slice(0, 300)}`);
    return response;
  }

  for (const which of ['the 2018 key', 'a formula with a minimum, a cap and decimals'] as const) {
    it(`is recomputed by the CLI from its model.json and inputs.csv to the same checksum: ${which}`, async () => {
      const allocation = which === 'the 2018 key' ? welfareTech : formula;
      const dir = await mkdtemp(path.join(os.tmpdir(), 'sb-cli-'));
      try {
        const modelPath = path.join(dir, 'model.json');
        const dataPath = path.join(dir, 'inputs.csv');
        await writeFile(
          modelPath,
          (await download(`/api/allocations/${allocation.id}/model.json`)).rawPayload,
        );
        await writeFile(
          dataPath,
          (await download(`/api/allocations/${allocation.id}/inputs.csv`)).rawPayload,
        );
        const { stdout } = await run(
          process.execPath,
          [CLI, 'allocate', '--model', modelPath, '--data', dataPath],
          {
            maxBuffer: 16 * 1024 * 1024,
          },
        );
        assert.equal(sha256(stdout), allocation.checksum);
        const lines = stdout.trimEnd().split('\n');
        assert.equal(lines.length, allocation.recipientCount + 1);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  it('exports a real XLSX: amounts as numbers in a kronor format and a totals row', async () => {
    const response = await download(`/api/allocations/${welfareTech.id}/export.xlsx`);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    assert.match(
      String(response.headers['content-disposition']),
      /attachment; filename="fordelning-2018-.*\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(headers.slice(0, 3), ['Kod', 'Mottagare', 'Belopp (kr)']);
    const amountColumn = headers.indexOf('Belopp (kr)') + 1;
    assert.ok(amountColumn > 0);
    const stockholm = sheet.getRows(2, 290)!.find((row) => row.getCell(1).value === '0180')!;
    assert.equal(stockholm.getCell(amountColumn).value, 21_625_197);
    assert.equal(typeof stockholm.getCell(amountColumn).value, 'number');
    assert.match(stockholm.getCell(amountColumn).numFmt, /kr/);
    let sum = 0;
    for (const row of sheet.getRows(2, 290)!) sum += row.getCell(amountColumn).value as number;
    assert.equal(sum, 350_000_000);
    const totals = sheet.getRow(292);
    assert.equal(totals.getCell(1).value, 'Summa');
    const total = totals.getCell(amountColumn).value as { formula: string; result: number };
    assert.match(total.formula, /SUM/i);
    assert.equal(total.result, 350_000_000);
  });

  it('exports a CSV that Excel opens in UTF-8, with every row', async () => {
    const response = await download(`/api/allocations/${formula.id}/export.csv`);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    const text = response.rawPayload.toString('utf8');
    assert.ok(text.startsWith('\uFEFFrecipient_code,name,amount_kr,'));
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines.length, 5);
    assert.ok(lines.some((line) => line.startsWith('0114,Upplands Väsby,')));
  });

  it('exports the XLSX with English headers when asked (lang=en, or Accept-Language: en)', async () => {
    const byQuery = await download(`/api/allocations/${formula.id}/export.xlsx?lang=en`);
    const byHeader = await app.inject({
      url: `/api/allocations/${formula.id}/export.xlsx`,
      headers: { 'accept-language': 'en' },
    });
    for (const response of [byQuery, byHeader]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      assert.deepEqual(headers.slice(0, 4), [
        'Code',
        'Recipient',
        'Amount (SEK)',
        'Befolkning 65+: value',
      ]);
      const capApplied = headers.indexOf('Cap applied') + 1;
      const values = sheet.getRows(2, 4)!.map((row) => row.getCell(capApplied).value);
      assert.deepEqual([...new Set(values)].sort(), ['No', 'Yes']);
    }
  });

  it('keeps the plain CSV the canonical result (the checksum) with a BOM and CRLF', async () => {
    const text = (await download(`/api/allocations/${formula.id}/export.csv`)).rawPayload.toString(
      'utf8',
    );
    assert.equal(sha256(text.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n')), formula.checksum);
    assert.ok(!text.includes(';'));
  });

  it('exports the CSV for Swedish Excel: BOM, semicolons, decimal comma, Swedish headers, Ja/Nej', async () => {
    const response = await download(`/api/allocations/${formula.id}/export.csv?dialect=excel-sv`);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    assert.match(
      String(response.headers['content-disposition']),
      /filename="fordelning-\d{4}-[0-9a-f]{8}-excel\.csv"/,
    );
    const text = response.rawPayload.toString('utf8');
    assert.ok(text.startsWith('\uFEFFKod;Mottagare;Belopp (kr);Befolkning 65+: värde;'));
    const [header, ...rows] = text.slice(1).trimEnd().split('\r\n');
    const columns = header!.split(';');
    const cell = (row: string, name: string) => row.split(';')[columns.indexOf(name)];
    const vasby = rows.find((row) => row.startsWith('0114;Upplands Väsby;'))!;
    assert.ok(vasby);
    // The indicator 12 345,5 comes back as Swedish Excel writes it.
    assert.equal(cell(vasby, 'Befolkning 65+: värde'), '12345,5');
    assert.match(cell(vasby, 'Exakt belopp (kr)') ?? '', /^\d+,\d+$/);
    assert.deepEqual([...new Set(rows.map((row) => cell(row, 'Taket tillämpat')))].sort(), [
      'Ja',
      'Nej',
    ]);
    const total = rows.reduce((sum, row) => sum + Number(cell(row, 'Belopp (kr)')), 0);
    assert.equal(total, 100_000);

    const english = (
      await download(`/api/allocations/${formula.id}/export.csv?dialect=excel-sv&lang=en`)
    ).rawPayload.toString('utf8');
    assert.ok(english.startsWith('\uFEFFCode;Recipient;Amount (SEK);'));
  });

  it('refuses an unknown dialect or language and writes nothing', async () => {
    for (const query of ['dialect=excel-us', 'lang=de']) {
      const response = await app.inject({
        url: `/api/allocations/${formula.id}/export.csv?${query}`,
      });
      assert.equal(response.statusCode, 400, query);
      assert.match(String(response.headers['content-type']), /problem\+json/);
    }
  });

  it('exports a PDF with the checksum of the published allocation', async () => {
    const response = await download(`/api/allocations/${welfareTech.id}/export.pdf`);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('exports the comparison of the two as CSV and XLSX, largest change first, with totals', async () => {
    const query = `a=${formula.id}&b=${welfareTech.id}`;
    const csv = (await download(`/api/allocations/compare.csv?${query}`)).rawPayload.toString(
      'utf8',
    );
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(lines[0], 'Kod,Mottagare,Belopp A (kr),Belopp B (kr),Skillnad (kr),Skillnad (%)');
    assert.match(lines[1] ?? '', /^0180,Stockholm,0,21625197,21625197,$/);
    assert.equal(lines.at(-1), ',Summa,100000,350000000,349900000,');
    assert.equal(lines.length, 1 + 290 + 1);

    const xlsx = await download(`/api/allocations/compare.xlsx?${query}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getRow(2).getCell(4).value, 21_625_197);
    assert.equal((sheet.getRow(292).getCell(5).value as { result: number }).result, 349_900_000);
  });
});
