// Signing in and out, and what a recipient's staff see: their own organisation's published grants
// with its amount, and a clear "no access" page when they open one of the agency's pages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Harness } from './support';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  demoAccount,
  normalizeSpaces,
  startHarness,
} from './support';
import type { Page } from 'playwright-core';

const skip = browserUnavailable();

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('sign-in', { skip }, () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness({ signInAs: null });
  });
  after(async () => {
    await harness?.close();
  });

  it('sends a visitor to sign in, says so when the password is wrong, signs in and out', async () => {
    const page = await harness.newPage();
    await page.goto('/compare');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    assert.match(page.url(), /\/logga-in\?next=%2Fcompare$/);
    await assertAccessible(page, 'sign-in page');

    await fillSignIn(page, CASE_OFFICER, 'inte rätt lösenord');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Fel e-postadress eller lösenord/);
    assert.equal(await alert.evaluate((el) => el === document.activeElement), true);
    await assertAccessible(page, 'sign-in page with an error');

    await page.getByLabel('Lösenord').fill('statsbidrag-demo');
    await page.getByLabel('Lösenord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Jämför fördelningar' }).waitFor();
    assert.ok(await page.getByText('Inloggad: Hanna Handläggare').isVisible());

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    assert.deepEqual(harness.pageErrors, []);
  });

  it('shows a recipient user their organisation’s grants, amounts and requisitions, and no agency page', async () => {
    const page = await harness.newPage();
    await page.goto('/logga-in');
    await fillSignIn(page, demoAccount('recipient_user'), 'statsbidrag-demo');
    await page.getByRole('heading', { level: 1, name: 'Mina bidrag' }).waitFor();
    const rows = page.locator('#my-grants tbody tr');
    await rows.first().waitFor();
    const texts = (await rows.allInnerTexts()).map(normalizeSpaces);
    assert.equal(texts.length, 4);
    assert.match(texts[0] ?? '', /2027 261 208 638 kr 2027-10-31 Ej påbörjad – Rekvirera/);
    assert.match(texts[1] ?? '', /2025 261 208 638 kr 2025-10-31 \(Stängd.*\) Ej påbörjad/);
    assert.match(texts[2] ?? '', /2024 261 208 638 kr 2024-10-31 \(Stängd.*\) Ej påbörjad/);
    assert.match(texts[3] ?? '', /2018 21 625 197 kr 2018-11-01 \(Stängd.*\) Ej påbörjad/);
    // The 2027 performance-based demo is open for Stockholm to register its interest itself.
    assert.match(
      normalizeSpaces(await page.locator('#my-interests-table tbody').innerText()),
      /2027 \(demo: öppen för intresseanmälan\).*2027-03-31 Inte anmält/,
    );
    assert.equal(await page.getByRole('link', { name: 'Jämför fördelningar' }).count(), 0);
    await assertAccessible(page, 'my grants');

    await page.goto('/recipients');
    await page
      .getByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' })
      .waitFor();
    await assertAccessible(page, 'no access');
    await page.getByRole('link', { name: 'Till din startsida' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina bidrag' }).waitFor();
    assert.deepEqual(harness.pageErrors, []);
  });
});
