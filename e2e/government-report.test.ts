// The report to the government on the demo 2024 elderly care grant, whose 290 follow-up reports the
// demo submits (the synthetic answers): the case officer opens the report from the follow-up
// overview, reads Tabell "Yrkeskategorier …" (Undersköterskor 275, 95 %, N = 290) and its chart,
// downloads the XLSX, the PDF and the table's CSV and reads the figures back from the files,
// filters on a county and on a municipality group once the officer has imported some, reads the
// 1–5 matrix's full spread in the PDF and the years compared with the 2025 round, and the page
// passes axe at 1280 and 375 px without sideways scrolling.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { pdfText } from '../src/files/pdf-text';
import { RecipientImportResultSchema } from '../src/contracts/recipients';
import { apiCall, postFile } from './fixtures';
import {
  assertAccessible,
  browserUnavailable,
  normalizeSpaces,
  useDemoGrantHarness,
} from './support';

const skip = browserUnavailable();
const PROFESSIONS = /Yrkeskategorier som har finansierats med hjälp av statsbidraget/;

async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return readFile(path);
}

async function assertNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${label}: the page scrolls sideways by ${overflow} px`);
}

describe('the report to the government', { skip }, () => {
  const journey = useDemoGrantHarness(2024);

  it('shows the 2024 tables with charts, and its XLSX, PDF and CSV hold the same figures', async () => {
    const { harness, grantId } = journey;
    const page = await harness.newPage();
    await page.goto(`/grants/${grantId}/aterrapportering`);
    await page.getByRole('link', { name: 'Rapport till regeringen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapport till regeringen' }).waitFor();
    await page.getByText('Antal inskickade återrapporter: 290').waitFor();

    // ---- The table and its chart -------------------------------------------------------------
    const table = page.getByRole('region', { name: PROFESSIONS });
    assert.match(
      normalizeSpaces(await table.getByRole('heading').first().innerText()),
      /^Tabell \d+\. Yrkeskategorier/,
    );
    assert.match(normalizeSpaces(await table.innerText()), /N = 290\. Flera svar kunde anges/);
    const row = table.getByRole('table', { name: PROFESSIONS }).getByRole('row', {
      name: /Undersköterskor/,
    });
    assert.equal(normalizeSpaces(await row.innerText()), 'Undersköterskor 275 95 %');
    await table.locator('.chart svg').waitFor();
    assert.ok((await table.locator('.chart .recharts-bar-rectangle').count()) >= 12);
    // The chart's figures as a table, for a keyboard and a screen reader.
    const chartData = table.locator('.chart__data');
    await chartData.locator('summary').focus();
    await page.keyboard.press('Enter');
    const chartRow = chartData.getByRole('row', { name: /Undersköterskor/ });
    assert.equal(normalizeSpaces(await chartRow.innerText()), 'Undersköterskor 95 %');
    await assertAccessible(page, 'report to the government, 1280 px');
    await assertNoSidewaysScroll(page, '1280 px');

    // ---- The files ---------------------------------------------------------------------------
    const xlsx = await download(page, page.getByRole('link', { name: 'Hämta rapporten (Excel)' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets.find((candidate) =>
      PROFESSIONS.test(String(candidate.getCell('A1').value)),
    );
    assert.ok(sheet, 'the professions sheet');
    assert.equal(sheet.getCell('A2').value, 'N\u00a0=\u00a0290. Flera svar kunde anges');
    const line = sheet.getColumn(1).values.indexOf('Undersköterskor');
    assert.ok(line > 0, 'Undersköterskor in the sheet');
    assert.equal(sheet.getCell(line, 2).value, 275);
    assert.equal(sheet.getCell(line, 3).value, 0.95);
    assert.equal(sheet.getCell(line, 3).numFmt, '0" "%');

    const pdf = pdfText(
      await download(page, page.getByRole('link', { name: 'Hämta rapporten (PDF)' })),
    );
    assert.match(pdf, /Yrkeskategorier som har finansierats/);
    assert.match(pdf, /Undersköterskor\s+275\s+95 %/);
    assert.match(normalizeSpaces(pdf), /N = 290\. Flera svar kunde anges/);
    assert.match(normalizeSpaces(pdf), /Rekvirerat belopp 3 998 500 000 kr/);
    // The 1–5 matrix's full spread follows its table: the staffing row's count and share per step
    // (pdftotext may drop the no-break space of a narrow "7 %"), then its base.
    assert.match(normalizeSpaces(pdf), /Tabell \d+, hela fördelningen\. Kommunernas bedömning/);
    assert.match(
      normalizeSpaces(pdf).replace(/ %/g, '%'),
      /… att öka bemanningen 20 7% 42 14% 73 25% 114 39% 41 14% 290/,
    );

    const csv = (
      await download(page, table.getByRole('link', { name: /^Hämta Tabell \d+ \(CSV\)$/ }))
    ).toString('utf8');
    assert.match(csv, /\r\nUndersköterskor,275,95\r\n/);

    // ---- A county ----------------------------------------------------------------------------
    await page.getByLabel('Län').selectOption({ label: 'Region Stockholm' });
    await page.waitForURL(/county=01/);
    await page.getByText(/Antal inskickade återrapporter: 26\b/).waitFor();
    assert.match(normalizeSpaces(await table.innerText()), /N = 26\. Flera svar kunde anges/);

    // ---- A municipality group ------------------------------------------------------------------
    // The demo register holds no SKR groups: the page says so and how to get them.
    await page.getByText(/Mottagarregistret har ingen kommungruppsindelning ännu/).waitFor();
    assert.equal(await page.getByLabel('Kommungrupp (SKR)').count(), 0);
    // The officer imports three municipalities' groups; the page then filters by them.
    await apiCall(
      RecipientImportResultSchema,
      harness.baseUrl,
      '/recipients/import',
      postFile('file', 'kommungrupper.csv', 'kommunkod,kommungrupp\n0180,A1\n1280,A1\n0114,A2\n'),
    );
    await page.goto(`/grants/${grantId}/rapport-till-regeringen`);
    await page.getByLabel('Kommungrupp (SKR)').selectOption({ label: 'A1 Storstäder' });
    await page.waitForURL(/sizeGroup=A1/);
    await page.getByText(/Antal inskickade återrapporter: 2\b/).waitFor();
    assert.match(normalizeSpaces(await table.innerText()), /N = 2\. Flera svar kunde anges/);
    await page.close();
  });

  it('shows a 1–5 matrix’s full spread and what was written under “Övrig personal” on request', async () => {
    const { harness, grantId } = journey;
    const page = await harness.newPage();
    await page.goto(`/grants/${grantId}/rapport-till-regeringen`);
    const matrix = page.getByRole('region', { name: /^Tabell \d+\. Kommunernas bedömning/ });
    await matrix.locator('.chart svg').waitFor();
    const spreadSummary = matrix.getByText('Visa hela fördelningen');
    await spreadSummary.focus();
    await page.keyboard.press('Enter');
    const spread = matrix.getByRole('region', {
      name: /^Tabell \d+, hela fördelningen\. Kommunernas bedömning/,
    });
    const staffing = spread.getByRole('row', { name: /att öka bemanningen/ });
    assert.equal(
      normalizeSpaces(await staffing.innerText()),
      '… att öka bemanningen 20 7 % 42 14 % 73 25 % 114 39 % 41 14 % 290',
    );
    assert.deepEqual(
      (await spread.getByRole('columnheader').allInnerTexts()).map(normalizeSpaces),
      [
        'Område',
        'Antal 1',
        'Andel 1',
        'Antal 2',
        'Andel 2',
        'Antal 3',
        'Andel 3',
        'Antal 4',
        'Andel 4',
        'Antal 5',
        'Andel 5',
        'Antal som svarat',
      ],
    );

    const professions = page.getByRole('region', { name: /^Tabell \d+\. Yrkeskategorier/ });
    const otherSummary = professions.getByText(
      'Visa vad som skrevs under det egna svarsalternativet (109 svar)',
    );
    await otherSummary.click();
    const other = professions.getByRole('region', {
      name: /^Tabell \d+, svar under ”Övrig personal”\. Yrkeskategorier/,
    });
    assert.equal(
      normalizeSpaces(await other.getByRole('row', { name: /Värmdö/ }).innerText()),
      '0120 Värmdö Kvalitetsutvecklare',
    );
    await assertAccessible(page, 'report to the government, spread and other texts open');
    await assertNoSidewaysScroll(page, 'spread open');
    await page.close();
  });

  it('fits a phone-sized screen: axe at 375 px, no sideways scrolling', async () => {
    const { harness, grantId } = journey;
    const page = await harness.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/grants/${grantId}/rapport-till-regeringen`);
    await page.getByRole('region', { name: PROFESSIONS }).locator('.chart svg').waitFor();
    await assertAccessible(page, 'report to the government, 375 px');
    await assertNoSidewaysScroll(page, '375 px');
    await page.close();
  });

  it('compares the questions with another grant year, side by side', async () => {
    const { harness, grantId } = journey;
    const page = await harness.newPage();
    await page.goto(`/grants/${grantId}/rapport-till-regeringen`);
    const comparison = page.getByRole('region', { name: 'Jämför med andra år' });
    // The demo's 2025 round: the same form, some of its reports submitted.
    await comparison.getByRole('checkbox', { name: /äldre personer 2025 .*\(2025\)$/ }).check();
    await comparison.getByRole('button', { name: 'Jämför' }).click();
    const table = comparison.getByRole('region', { name: PROFESSIONS });
    await table.locator('.chart svg').waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    assert.ok(headers.includes('Antal 2024') && headers.includes('Andel 2025'), headers.join());
    const row = table.getByRole('row', { name: /Undersköterskor/ });
    const compared = normalizeSpaces(await row.innerText());
    assert.match(compared, /^Undersköterskor 275 95 % \d+ \d+ %$/);
    // The same comparison as XLSX: the sheet of the professions holds 2024's 275 beside the other year.
    const xlsx = await download(
      page,
      comparison.getByRole('link', { name: 'Hämta jämförelsen (Excel)' }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    assert.equal(workbook.worksheets[0]?.name, 'Användning per statsbidrag');
    const sheet = workbook.worksheets.find((candidate) =>
      PROFESSIONS.test(String(candidate.getCell('A1').value)),
    );
    assert.ok(sheet, 'the professions compared');
    const header = sheet.getRow(4).values as unknown[];
    const line = sheet.getColumn(1).values.indexOf('Undersköterskor');
    assert.ok(line > 0, 'Undersköterskor in the comparison');
    assert.equal(sheet.getCell(line, header.indexOf('Antal 2024')).value, 275);
    assert.equal(sheet.getCell(line, header.indexOf('Andel 2024')).value, 0.95);
    // The report with the years compared as PDF: its last section sets the years side by side.
    const pdf = normalizeSpaces(
      pdfText(
        await download(
          page,
          comparison.getByRole('link', { name: 'Hämta rapporten med jämförelsen (PDF)' }),
        ),
      ),
    );
    const section = pdf.slice(pdf.indexOf('Jämförelse med andra år'));
    assert.ok(section.length < pdf.length, 'the comparison section');
    assert.match(section, /Användning per statsbidrag\. Rekvirerat och använt per statsbidrag/);
    assert.ok(section.includes(compared), `${compared} in the PDF's comparison`);
    await assertAccessible(page, 'report to the government, comparison');
    await page.close();
  });

  it('raised no errors in the pages', () => {
    assert.deepEqual(journey.harness.pageErrors, []);
  });
});
