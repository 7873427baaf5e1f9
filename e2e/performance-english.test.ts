// The performance pages in English: Stockholm's user switches the language and reports figures
// (a value out of range refused in English, then saved); the case officer's performance page, its
// figures table and dialog and the preview are in English too, with dates and amounts formatted
// for the English locale as the app does (30 Apr 2026, 1,000,000 kr). axe on every page.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fillFigures, setUpFiguresCall } from './fixtures';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  normalizeSpaces,
  signInAndOpen,
  STOCKHOLM_USER,
  useHarness,
} from './support';

const skip = browserUnavailable();
const NAME = 'Fewer hourly employees (test)';

describe('the performance pages in English', { skip }, () => {
  const clock = new Date('2026-04-10T09:00:00Z');
  const journey = useHarness({ demoData: false, signInAs: null, now: () => clock });
  let grantId: string;
  before(async () => {
    grantId = await setUpFiguresCall(journey.harness.database.db, clock, NAME);
  });

  it("are in English for the recipient's figures form and the officer's page", async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    const main = page.locator('#main');
    const text = async () => normalizeSpaces(await main.innerText());

    // ---- Stockholm's user switches to English and reports --------------------------------------
    await signInAndOpen(harness, STOCKHOLM_USER, page, '/mina-bidrag');
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My grants' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const row = page.getByRole('row', { name: new RegExp(NAME.replace(/[()]/g, '\\$&')) });
    assert.match(normalizeSpaces(await row.first().innerText()), /20 Apr 2026/);
    assert.match(await text(), /Not reported, by 30 Apr 2026/);
    await page.getByRole('link', { name: `Report figures ${NAME}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Report performance figures' }).waitFor();
    await page
      .getByRole('group', { name: /Measurement point november 2023 \(1 Nov 2023\)/ })
      .waitFor();
    assert.match(await text(), /Last day to report 30 Apr 2026 \(inclusive\)/);
    // The unit is the model's own word (the grant's, in Swedish); the rest of the hint is English.
    assert.match(
      await page.locator('#figure-hourly_nov_2023-hint').innerText(),
      /^Unit: personer\. A whole number\. Allowed: 0 or more\. Required\.$/,
    );
    await assertAccessible(page, 'figures form in English');

    const hourlyNov = page.getByLabel('Antal timanställda, november 2023');
    await fillFigures(page, ['1200', '30', '1500', '-5']);
    await page.getByRole('button', { name: 'Save the figures' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(
      normalizeSpaces(await summary.innerText()),
      /^Correct the following before you continue -5 is outside the allowed range of Antal timanställda, november 2023 \(0 to ∞\)\.$/,
    );
    await assertAccessible(page, 'figures form in English with an error');
    await hourlyNov.fill('10');
    await page.getByRole('button', { name: 'Save the figures' }).click();
    await main.getByText(/10 Apr 2026, 11:00 by .*anvandare@stockholm.* \(the portal\)/).waitFor();
    assert.equal(await summary.count(), 0);

    // ---- The case officer's performance page, still in English ---------------------------------
    await signInAndOpen(harness, CASE_OFFICER, page, `/grants/${grantId}/performance`);
    await page.getByRole('heading', { level: 1, name: 'Performance-based distribution' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const table = page.getByTestId('figures-table');
    await table.waitFor();
    assert.match(await text(), /share 1,000,000 kr by the allocation key/);
    assert.match(await text(), /2 recipients, 1,000,000 kr \(file /);
    assert.match(await text(), /Last day to report figures: 30 Apr 2026/);
    const stockholm = table.getByRole('row', { name: /0180 Stockholm/ });
    // Figures are grouped the English way (1,200), as are dates.
    assert.match(
      normalizeSpaces(await stockholm.innerText()),
      /^0180 Stockholm 1,200 30 1,500 10 the portal anvandare@stockholm\S+, 10 Apr 2026, 11:00 Change the figures/,
    );
    assert.match(
      normalizeSpaces(await table.locator('caption').innerText()),
      /Reported figures per recipient/,
    );
    await assertAccessible(page, 'performance page in English');

    await table.getByRole('button', { name: 'Enter figures 0114 Upplands Väsby' }).click();
    const dialog = page.getByRole('dialog', { name: 'Figures for Upplands Väsby (0114)' });
    await dialog.getByLabel('Antal timanställda, november 2023').waitFor();
    assert.match(normalizeSpaces(await dialog.innerText()), /30 Apr 2026 \(inclusive\)/);
    await assertAccessible(page, "the officer's figures dialog in English");
    await fillFigures(dialog, ['100', '50', '100', '30']);
    await dialog.getByRole('button', { name: 'Save the figures' }).click();
    await dialog.waitFor({ state: 'detached' });
    const vasby = table.getByRole('row', { name: /0114 Upplands Väsby/ });
    await vasby.getByText("the case officer's form").waitFor();

    await page.getByRole('button', { name: 'Preview' }).click();
    const rows = page.locator('#performance-rows tbody tr');
    await rows.first().waitFor();
    assert.match(
      normalizeSpaces(await rows.nth(0).innerText()),
      /^0114 Upplands Väsby Not met Met Receives funds 666,667 kr Explain the amount for Upplands Väsby$/,
    );
    assert.match(
      normalizeSpaces(await rows.nth(1).innerText()),
      /^0180 Stockholm Met Not met Receives funds 333,333 kr Explain the amount for Stockholm$/,
    );
    assert.match(await text(), /Total \(2 recipients\) 1,000,000 kr/);
    await assertAccessible(page, 'performance preview in English');
    assert.deepEqual(harness.pageErrors, []);
  });
});
