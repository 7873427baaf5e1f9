// A case officer's journey: create a grant through the form, upload the government's key, check
// the totals and one explanation, download the XLSX and check every amount in it, and publish.
// And a key with a bad row: the line and column are shown and nothing is stored.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { AllocationListSchema } from '../src/contracts/allocation';
import { GrantListSchema, GrantSchema } from '../src/contracts/grants';
import {
  WELFARE_TECH_TOTAL_KR,
  apiCall,
  postJson,
  readWelfareTechKey,
  welfareTechGrant,
  writeKeyCsv,
  writeKeyCsvWithBadRow,
} from './fixtures';
import { REPO_ROOT, browserUnavailable, normalizeSpaces, useHarness } from './support';
import { cancelWithEscape, confirmAndReadReceipt, openConfirmation } from './receipts';

const skip = browserUnavailable();
const run = promisify(execFile);
// What `npx statsbidrag` runs in a clone.
const CLI = path.join(REPO_ROOT, 'bin/statsbidrag.js');

describe('allocating a grant with the government’s key', { skip }, () => {
  const journey = useHarness();
  const key = readWelfareTechKey();

  it('creates a grant, uploads the key, checks every amount in the XLSX and publishes', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Nytt statsbidrag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt statsbidrag' }).waitFor();

    // An empty form is refused with an error summary that takes focus.
    await page.getByRole('textbox', { name: 'Bidragsår' }).fill('');
    await page.getByRole('button', { name: 'Skapa statsbidrag' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
    assert.match(await summary.innerText(), /Ange statsbidragets namn/);
    assert.match(await summary.innerText(), /Välj minst en typ av mottagare/);

    await page.getByLabel('Namn', { exact: true }).fill('Investeringar i välfärdsteknik 2018');
    await page.getByRole('textbox', { name: 'Bidragsår' }).fill('2018');
    await page.getByLabel('Rättslig grund').fill('Regeringsbeslut om medel för välfärdsteknik');
    await page.getByLabel('Anslag', { exact: true }).fill('4:5');
    await page.getByLabel('Anslagspost').fill('ap. 11');
    await page.getByLabel('Belopp att fördela').fill('350 000 000');
    await page.getByRole('checkbox', { name: 'Kommuner' }).check();
    await page.getByLabel('Syfte').fill('Öka investeringstakten av välfärdsteknik i omsorgen.');
    await page.getByRole('button', { name: 'Lägg till användningsområde' }).click();
    await page.getByLabel('Användningsområde 1').fill('Investeringar i välfärdsteknik');
    await page.getByLabel('Sista dag att rekvirera').fill('2018-11-01');
    await page.getByLabel('Medlen får användas från').fill('2018-01-01');
    await page.getByLabel('Medlen får användas till').fill('2018-12-31');
    await page.getByLabel('Belopp som efterskänks (under)').fill('1 000');
    await page.getByRole('button', { name: 'Skapa statsbidrag' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Investeringar i välfärdsteknik 2018' })
      .waitFor();
    assert.match(
      normalizeSpaces(await page.locator('.facts').first().innerText()),
      /350 000 000 kr/,
    );

    await page.getByRole('link', { name: 'Ladda upp fördelningsnyckel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny fördelning' }).waitFor();
    const keyFile = await writeKeyCsv(harness.downloads, key);
    await page.getByLabel('Fil med fördelningsnyckeln (CSV eller XLSX)').setInputFiles(keyFile);
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();

    // The preview: 290 recipients whose sum is exactly the grant's amount, said in Swedish.
    await page.getByRole('heading', { level: 1, name: /^Fördelning av/ }).waitFor();
    assert.equal(normalizeSpaces(await page.getByTestId('recipient-count').innerText()), '290');
    assert.equal(
      normalizeSpaces(await page.getByTestId('allocation-total').innerText()),
      '350 000 000 kr',
    );
    assert.equal(
      normalizeSpaces(await page.getByTestId('sum-check').innerText()),
      'Summan av alla belopp är 350 000 000 kr, exakt statsbidragets belopp.',
    );
    assert.equal(await page.locator('#allocation-rows tbody tr').count(), 290);
    assert.equal(
      normalizeSpaces(await page.getByTestId('filtered-sum').innerText()),
      '350 000 000 kr',
    );

    // Sorting by amount puts the largest first and says so with aria-sort.
    await page.getByRole('button', { name: 'Belopp', exact: true }).click();
    const amountHeader = page.locator('th', {
      has: page.getByRole('button', { name: 'Belopp', exact: true }),
    });
    assert.equal(await amountHeader.getAttribute('aria-sort'), 'descending');
    const largest = [...key].sort((a, b) => b.amountKr - a.amountKr)[0];
    assert.ok(largest);
    const firstRow = page.locator('#allocation-rows tbody tr').first();
    assert.match(normalizeSpaces(await firstRow.innerText()), new RegExp(largest.name));

    // Filtering: the count and sum follow what is shown.
    const vasby = key.find((row) => row.code === '0114');
    assert.ok(vasby);
    await page.getByLabel('Sök på namn eller kod').fill('Upplands Väsby');
    await page.getByText('Visar 1 av 290 mottagare.').waitFor();
    assert.equal(
      normalizeSpaces(await page.getByTestId('filtered-sum').innerText()),
      '1 310 223 kr',
    );

    // One recipient's explanation, in a dialog that closes on Escape and gives focus back.
    const explain = page.getByRole('button', { name: 'Förklaring för Upplands Väsby' });
    await explain.click();
    const dialog = page.getByRole('dialog', { name: 'Förklaring för Upplands Väsby (0114)' });
    await dialog.waitFor();
    const explanation = normalizeSpaces(await dialog.innerText());
    assert.match(explanation, /Belopp: 1 310 223 kr/);
    assert.match(explanation, /kommer från regeringens fördelningsnyckel/);
    assert.match(
      explanation,
      /I nyckeln får Upplands Väsby 1 310 223 kr av totalt 350 000 000 kr, en andel på 0,3743 %/,
    );
    assert.match(explanation, /ingen avrundning behövs/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await explain.evaluate((el) => el === document.activeElement), true);
    await page.getByLabel('Sök på namn eller kod').fill('');

    // The XLSX: every amount as in the source file, and the totals row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner Excel (XLSX)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const xlsxPath = await download.path();
    const sheet = await readAllocationXlsx(xlsxPath);
    assert.equal(sheet.rows.size, key.length, 'one row per recipient');
    for (const row of key) {
      assert.equal(sheet.rows.get(row.code), row.amountKr, `amount for ${row.code} ${row.name}`);
    }
    assert.equal(sheet.totalKr, WELFARE_TECH_TOTAL_KR, 'the totals row');

    // The CSV for Swedish Excel: BOM, ";" between cells, Swedish headers, every amount.
    const [excelCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner CSV för Excel' }).click(),
    ]);
    assert.match(excelCsv.suggestedFilename(), /-excel\.csv$/);
    const excelText = (await readFile(await excelCsv.path())).toString('utf8');
    assert.ok(excelText.startsWith('\uFEFFKod;Mottagare;Belopp (kr);'), excelText.slice(0, 80));
    const excelRows = excelText.slice(1).trimEnd().split('\r\n').slice(1);
    assert.equal(excelRows.length, key.length);
    assert.match(
      excelRows.find((line) => line.startsWith('0114;')) ?? '',
      /^0114;Upplands Väsby;1310223;/,
    );
    // The plain CSV for scripts keeps its canonical snake_case headers.
    assert.match(
      (await page
        .getByRole('link', { name: 'Ladda ner CSV (maskinläsbar)' })
        .getAttribute('href')) ?? '',
      /\/export\.csv$/,
    );

    // Publish: the allocation is frozen and becomes the grant's.
    const confirm = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Publicera fördelningen' }),
    );
    assert.match(confirm.consequence, /Fördelningen av 350 000 000 kr publiceras/);
    const allocationReceipt = await confirmAndReadReceipt(page, confirm.dialog, 'Ja, publicera');
    assert.match(
      allocationReceipt.pdf,
      /Fördelningen av 350 000 000 kr för Investeringar i välfärdsteknik 2018 publicerades/,
    );
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await page.getByText('Det är statsbidragets fördelning.').waitFor();
    assert.equal(normalizeSpaces(await page.locator('h1 + .tag').innerText()), 'Publicerad');
    const checksum = (await page.getByTestId('checksum').innerText()).trim();
    assert.match(checksum, /^[0-9a-f]{64}$/);

    // Reproduce with the CLI, as the page says: its model.json and inputs.csv, the shown command.
    const workDir = await mkdtemp(path.join(harness.downloads, 'cli-'));
    for (const name of ['model.json', 'inputs.csv']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name, exact: true }).click(),
      ]);
      await file.saveAs(path.join(workDir, name));
    }
    const command = await page.getByTestId('cli-command').innerText();
    const [allocateLine, checksumLine] = command.trim().split('\n');
    assert.equal(
      allocateLine,
      'npx statsbidrag allocate --model model.json --data inputs.csv --eligible municipality --out result.csv',
    );
    assert.equal(checksumLine, 'sha256sum result.csv');
    const args = (allocateLine ?? '').replace(/^npx statsbidrag /, '').split(' ');
    await run(process.execPath, [CLI, ...args], { cwd: workDir });
    const result = await readFile(path.join(workDir, 'result.csv'));
    assert.equal(createHash('sha256').update(result).digest('hex'), checksum);

    // With its allocation published, the grant itself can be published, with a reason.
    await page
      .locator('.breadcrumb')
      .getByRole('link', { name: 'Investeringar i välfärdsteknik 2018' })
      .click();
    await page.getByLabel('Motivering (frivillig)').fill('Regeringsbeslutet har kommit');
    const publishing = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Publicera statsbidraget' }),
    );
    assert.match(
      publishing.consequence,
      /Investeringar i välfärdsteknik 2018 om 350 000 000 kr publiceras/,
    );
    await cancelWithEscape(page, publishing.dialog);
    assert.equal(await page.getByRole('button', { name: 'Stäng statsbidraget' }).count(), 0);
    const published = await confirmAndReadReceipt(
      page,
      (await openConfirmation(page, page.getByRole('button', { name: 'Publicera statsbidraget' })))
        .dialog,
      'Bekräfta och publicera',
    );
    assert.match(
      published.text,
      /Investeringar i välfärdsteknik 2018 om 350 000 000 kr publicerades/,
    );
    assert.match(
      published.pdf,
      /Investeringar i välfärdsteknik 2018 \(350 000 000 kr\) publicerades/,
    );
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await page.getByRole('button', { name: 'Stäng statsbidraget' }).waitFor();
    // The audit log opens on request; read it once it has loaded.
    await page.getByRole('button', { name: 'Visa ändringsloggen' }).click();
    await page.locator('section[aria-labelledby="audit"][aria-busy="false"] .audit-log').waitFor();
    assert.match(
      normalizeSpaces(await page.locator('.audit-log tbody tr').first().innerText()),
      /Statusen ändrades Motivering: Regeringsbeslutet har kommit Status: före: Utkast → efter: Publicerat/,
    );

    // Closing binds the agency too: "Avbryt" changes nothing; confirmed, it ends in a receipt.
    const closeButton = page.getByRole('button', { name: 'Stäng statsbidraget' });
    const notClosing = await openConfirmation(page, closeButton);
    assert.match(
      notClosing.consequence,
      /Investeringar i välfärdsteknik 2018 stängs\. Inga fler rekvisitioner/,
    );
    await notClosing.dialog.getByRole('button', { name: 'Avbryt' }).click();
    await notClosing.dialog.waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('button', { name: 'Påbörja uppföljning' }).count(), 0);
    const closing = await openConfirmation(page, closeButton);
    const closed = await confirmAndReadReceipt(page, closing.dialog, 'Bekräfta och stäng');
    assert.match(closed.text, /Investeringar i välfärdsteknik 2018 stängdes\./);
    assert.match(closed.pdf, /Investeringar i välfärdsteknik 2018 stängdes\./);
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await page.getByRole('button', { name: 'Påbörja uppföljning' }).waitFor();
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });

  it('shows the line and column of a bad row and stores nothing', async () => {
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant({ name: 'Nyckel med fel' })),
    );
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}/allocate?method=key`);
    const bad = await writeKeyCsvWithBadRow(harness.downloads, key);
    await page.getByLabel('Fil med fördelningsnyckeln (CSV eller XLSX)').setInputFiles(bad.file);
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(
      await alert.evaluate((el) => el === document.activeElement),
      true,
      'focus moves to the issues',
    );
    const text = normalizeSpaces(await alert.innerText());
    assert.match(text, /Filen godtogs inte – ingenting har sparats/);
    assert.match(text, new RegExp(`rad ${bad.line}`));
    assert.match(text, new RegExp(`kolumn ${bad.column}`));
    assert.equal(new URL(page.url()).pathname, `/grants/${grant.id}/allocate`);

    const stored = await apiCall(
      AllocationListSchema,
      harness.baseUrl,
      `/grants/${grant.id}/allocations`,
    );
    assert.deepEqual(stored.items, [], 'a refused key stores no allocation');
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});

describe('allocating with a formula and comparing', { skip }, () => {
  const journey = useHarness();

  it('computes the documented example model and finds no difference from the published key', async () => {
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant({ name: 'Välfärdsteknik med formel' })),
    );
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}`);
    await page.getByRole('link', { name: 'Beräkna med formel' }).click();
    await page.getByRole('radio', { name: 'Beräkna med en formel' }).waitFor();
    assert.equal(
      await page.getByRole('radio', { name: 'Beräkna med en formel' }).isChecked(),
      true,
    );
    await page
      .getByLabel('Fil med indikatorvärden (CSV)')
      .setInputFiles(path.join(REPO_ROOT, 'docs/examples/welfare-tech-2018.data.csv'));
    await page.getByTestId('formula-data-summary').waitFor();
    // The form takes the file's only column for the whole amount; the expert sees it as JSON
    // and sends the documented example model (docs/examples) instead.
    await page.getByRole('button', { name: 'Visa som JSON' }).click();
    const modelField = page.getByLabel('Modell (JSON)');
    assert.deepEqual(JSON.parse(await modelField.inputValue()) as unknown, {
      budget_kr: WELFARE_TECH_TOTAL_KR,
      components: [{ name: 'amount_kr', indicator: 'amount_kr', fraction: '1' }],
    });
    await modelField.fill(
      await readFile(path.join(REPO_ROOT, 'docs/examples/welfare-tech-2018.model.json'), 'utf8'),
    );
    await page.getByRole('button', { name: 'Beräkna och granska' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Fördelning av Välfärdsteknik med formel' })
      .waitFor();
    assert.equal(normalizeSpaces(await page.getByTestId('recipient-count').innerText()), '290');
    assert.equal(
      normalizeSpaces(await page.getByTestId('allocation-total').innerText()),
      '350 000 000 kr',
    );
    const formulaId = new URL(page.url()).pathname.split('/').pop() ?? '';

    await page.getByRole('button', { name: 'Förklaring för Kiruna' }).click();
    const dialog = page.getByRole('dialog', { name: 'Förklaring för Kiruna (2584)' });
    assert.match(
      normalizeSpaces(await dialog.innerText()),
      /är beräknat med modellen, som fördelar 350 000 000 kr/,
    );
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Against the demo grant's published key (another grant): every amount is the same.
    const grants = await apiCall(GrantListSchema, harness.baseUrl, '/grants');
    const demo = grants.items.find(
      (g) => g.grantYear === 2018 && g.publishedAllocationId && g.id !== grant.id,
    );
    assert.ok(demo?.publishedAllocationId, 'the demo data has the published 2018 key');
    await page.getByRole('link', { name: 'Jämför fördelningar' }).click();
    await page.getByLabel('Fördelning A').selectOption(demo.publishedAllocationId);
    await page.getByLabel('Fördelning B').selectOption(formulaId);
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    await page.getByRole('heading', { name: 'Per mottagare' }).waitFor();
    assert.match(
      normalizeSpaces(await page.locator('.facts').innerText()),
      /Skillnad totalt \(B − A\) 0 kr/,
    );
    await page.getByText('Inga belopp skiljer sig.').waitFor();
    const csv = page.getByRole('link', { name: 'Ladda ner CSV' });
    assert.equal(
      await csv.getAttribute('href'),
      `/api/allocations/compare.csv?a=${demo.publishedAllocationId}&b=${formulaId}`,
    );
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});

/**
 * Reads the allocation workbook without relying on its exact layout: the header row is the one
 * with a code column and an amount column; recipient rows follow until the totals row.
 */
async function readAllocationXlsx(
  file: string,
): Promise<{ rows: Map<string, number>; totalKr: number | undefined }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  assert.ok(sheet, 'the workbook has a sheet');
  const text = (value: ExcelJS.CellValue): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
    if (typeof value === 'object' && 'richText' in value)
      return value.richText.map((r) => r.text).join('');
    return String(value);
  };
  const number = (value: ExcelJS.CellValue): number | undefined => {
    if (typeof value === 'number') return value;
    if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number')
      return value.result;
    return undefined;
  };
  let codeColumn = 0;
  let amountColumn = 0;
  const rows = new Map<string, number>();
  let totalKr: number | undefined;
  sheet.eachRow((row) => {
    const cells = Array.isArray(row.values) ? row.values : [];
    if (!codeColumn) {
      cells.forEach((cell, index) => {
        const header = text(cell).toLowerCase();
        if (!codeColumn && /^(kod|kommunkod|code|recipient_code|mottagarkod)/.test(header))
          codeColumn = index;
        if (!amountColumn && /(belopp|amount)/.test(header)) amountColumn = index;
      });
      return;
    }
    const code = text(cells[codeColumn]).trim();
    const amount = number(cells[amountColumn]);
    const label = cells.map((cell) => text(cell)).join(' ');
    if (/\b(summa|totalt|total)\b/i.test(label)) {
      totalKr = amount;
    } else if (/^\d{2}(\d{2})?$/.test(code) && amount !== undefined) {
      rows.set(code, amount);
    }
  });
  assert.ok(codeColumn && amountColumn, 'the workbook has a code column and an amount column');
  return { rows, totalKr };
}
