// Swedish first, English on request: the switch changes every text and <html lang>, survives a
// reload (localStorage), and switches back.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { GrantSchema } from '../src/contracts/grants';
import { apiCall, postJson, welfareTechGrant } from './fixtures';
import { browserUnavailable, normalizeSpaces, useHarness } from './support';

const skip = browserUnavailable();

describe('language switch', { skip }, () => {
  const journey = useHarness();
  before(async () => {
    await apiCall(GrantSchema, journey.harness.baseUrl, '/grants', postJson(welfareTechGrant()));
  });

  it('switches to English, keeps it after a reload, and switches back to Swedish', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    const grantRow = page.getByRole('row', { name: /Investeringar i välfärdsteknik 2018/ });
    const amountCell = grantRow.locator('td.num').nth(1);
    assert.equal(normalizeSpaces(await amountCell.innerText()), '350 000 000 kr');

    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'To do' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(normalizeSpaces(await amountCell.innerText()), '350,000,000 kr');
    assert.ok(await page.getByRole('link', { name: 'New grant' }).isVisible());
    assert.ok(await page.getByRole('navigation', { name: 'Main menu' }).isVisible());

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'To do' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.title(), 'To do – Statsbidrag');

    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    assert.ok(await page.getByRole('link', { name: 'Nytt statsbidrag' }).isVisible());
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});
