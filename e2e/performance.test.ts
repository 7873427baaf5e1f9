// A case officer's journey through a small performance-based grant: create it through the form,
// take the 2023 hourly-employment model as the template, upload a key for three municipalities,
// register their interest, upload figures with one bad row (refused with line and column, nothing
// stored), fix it, preview, calculate, read the annex XLSX back and publish; axe on every page.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { assertAccessible, browserUnavailable, normalizeSpaces, useHarness } from './support';
import { cancelWithEscape, confirmAndReadReceipt, openConfirmation } from './receipts';

const skip = browserUnavailable();

const HEADER =
  'recipient_code,permanent_feb_2022,hourly_feb_2022,permanent_nov_2023,hourly_nov_2023';
// 0114 meets both conditions, 0115 only the good level, 0117 only the clear improvement.
const GOOD_ROWS = ['0114,100,30,100,10', '0115,100,20,100,19', '0117,100,50,100,30'];

describe('a performance-based grant', { skip }, () => {
  const journey = useHarness({ demoData: false });

  it('is set up, reported, calculated, exported and published by a case officer', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    // The live region repeats announcements; look in the page itself.
    const main = page.locator('#main');
    await page.goto('/grants/new');
    await page.getByLabel('Namn', { exact: true }).fill('Färre timanställningar (prov)');
    await page.getByRole('textbox', { name: 'Bidragsår' }).fill('2023');
    await page.getByLabel('Rättslig grund').fill('Regeringsbeslut S2021/04601');
    await page.getByLabel('Belopp att fördela').fill('1 000 000');
    await page.getByRole('checkbox', { name: 'Kommuner' }).check();
    await page.getByRole('radio', { name: 'Prestationsbaserad fördelning' }).check();
    await page.getByRole('button', { name: 'Skapa statsbidrag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Färre timanställningar (prov)' }).waitFor();
    await page.getByRole('link', { name: 'Hantera prestationsbaserad fördelning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prestationsbaserad fördelning' }).waitFor();

    // The model: the template, with the grant's own total.
    await page.getByRole('button', { name: 'Använd mallen: timanställningar 2023' }).click();
    assert.match(await page.getByLabel('Modell (JSON)').inputValue(), /"total_kr": 1000000/);
    await page.getByRole('button', { name: 'Spara modellen' }).click();
    await main.getByText('4 uppgifter, 2 villkor, 2 potter.').waitFor();

    const dir = harness.downloads;
    const keyFile = path.join(dir, 'nyckel.csv');
    await writeFile(keyFile, 'recipient_code,key_kr\n0114,500000\n0115,300000\n0117,200000\n');
    await page.getByLabel('Nyckel (CSV eller XLSX)').setInputFiles(keyFile);
    await page.getByRole('button', { name: 'Ladda upp nyckeln' }).click();
    await main.getByText(/^3 mottagare, 1\s000\s000\skr/).waitFor();

    await page.getByLabel('Registrera för mottagare (koder)').fill('0114, 0115 0117');
    await page.getByRole('button', { name: 'Registrera intresse' }).click();
    await main.getByText('3 mottagare har anmält intresse.').waitFor();

    // One bad row: refused with its line and column, and nothing is stored.
    const badFile = path.join(dir, 'uppgifter-fel.csv');
    await writeFile(
      badFile,
      [HEADER, GOOD_ROWS[0], '0115,100,20,100,19.5', GOOD_ROWS[2]].join('\n'),
    );
    const figuresInput = page.getByLabel('Uppgifter (CSV eller XLSX)');
    await figuresInput.setInputFiles(badFile);
    await page.getByRole('button', { name: 'Ladda upp uppgifterna' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'inget sparades' });
    await alert.waitFor();
    const alertText = normalizeSpaces(await alert.innerText());
    assert.match(alertText, /rad 3, kolumn hourly_nov_2023/);
    assert.equal(
      await page.getByTestId('figures-summary').innerText(),
      'Inga uppgifter är inrapporterade.',
    );
    await assertAccessible(page, 'performance set-up with a refused upload');

    const goodFile = path.join(dir, 'uppgifter.csv');
    await writeFile(goodFile, [HEADER, ...GOOD_ROWS].join('\n'));
    await figuresInput.setInputFiles(goodFile);
    await page.getByRole('button', { name: 'Ladda upp uppgifterna' }).click();
    await main.getByText('3 mottagare har rapporterat (fil uppgifter.csv).').waitFor();

    // Preview: the verdict of each condition per recipient, and an explanation.
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const rows = page.locator('#performance-rows tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 3);
    assert.match(
      normalizeSpaces(await rows.nth(1).innerText()),
      /0115.*Uppfyllt.*Inte uppfyllt.*Får medel/,
    );
    await page.getByRole('button', { name: /Förklara beloppet för Vallentuna/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The condition in words; the expression only behind "Visa formel", for the expert.
    assert.match(
      normalizeSpaces(await dialog.innerText()),
      /Bedömning: \d+,\d % \(gräns: högst 17 %\)/,
    );
    assert.doesNotMatch(await dialog.innerText(), /share\(hourly_nov_2023, permanent_nov_2023\)/);
    await assertAccessible(page, 'performance explanation dialog');
    await dialog.getByText('Visa formel').first().click();
    assert.match(await dialog.innerText(), /share\(hourly_nov_2023, permanent_nov_2023\)/);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Beräkna och spara' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Beräkning av prestationsbaserat statsbidrag' })
      .waitFor();
    const counts = normalizeSpaces(await page.getByTestId('performance-counts').innerText());
    assert.match(counts, /Endast 1 1/);
    assert.match(counts, /Endast 2 1/);
    assert.match(counts, /Både 1 \+ 2 1/);
    assert.equal(
      normalizeSpaces(await page.getByTestId('performance-sum').innerText()),
      '1 000 000 kr',
    );
    await assertAccessible(page, 'performance result');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Bilaga (Excel, XLSX)' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const values = (line: number) => (sheet.getRow(line).values as unknown[]).slice(1);
    assert.deepEqual(values(2).slice(0, 9), [
      '0114',
      'Upplands Väsby',
      100,
      30,
      100,
      10,
      23,
      9,
      -14,
    ]);
    const amounts = [2, 3, 4].map((line) => Number(values(line).at(-1)));
    assert.equal(
      amounts.reduce((a, b) => a + b, 0),
      1_000_000,
    );
    assert.equal(values(5)[0], 'Summa');

    // The annex for Swedish Excel: BOM, ";" between cells, the same rows and a Summa row.
    const [excelCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Bilaga (CSV för Excel)' }).click(),
    ]);
    assert.match(excelCsv.suggestedFilename(), /-excel\.csv$/);
    const excelLines = (await readFile(await excelCsv.path()))
      .toString('utf8')
      .trimEnd()
      .split('\r\n');
    assert.match(excelLines[0] ?? '', /^\uFEFFKod;Mottagare;/);
    assert.equal(excelLines[1], '0114;Upplands Väsby;100;30;100;10;23;9;-14;' + String(amounts[0]));
    assert.match(excelLines.at(-1) ?? '', /^;Summa;.*;1000000$/);

    // Publishing binds the agency: Escape changes nothing; confirmed, it ends in a receipt.
    const publishButton = page.getByRole('button', { name: 'Publicera beräkningen' });
    const cancelled = await openConfirmation(page, publishButton);
    assert.match(
      cancelled.consequence,
      /1 000 000 kr fördelas på \d+ mottagare som uppfyller villkoren/,
    );
    await cancelWithEscape(page, cancelled.dialog);
    await main.getByText(/^Utkast/).waitFor();
    const confirming = await openConfirmation(page, publishButton);
    const receipt = await confirmAndReadReceipt(page, confirming.dialog, 'Bekräfta och publicera');
    assert.match(receipt.text, /Beräkningen för .* publicerades: 1 000 000 kr till \d+ mottagare/);
    assert.match(receipt.pdf, /1 000 000 kr till \d+ mottagare som uppfyllde villkoren/);
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await main.getByText(/^Publicerad /).waitFor();
    assert.deepEqual(harness.pageErrors, []);
  });
});
