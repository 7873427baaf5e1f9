// The requisition journey on the 2027 demo grant (open until 2027-10-31, with a second round):
// Stockholm's user drafts a requisition for less than the allocation and asks for more; a
// colleague's change meanwhile gives a conflict shown in Swedish with a reload; the signatory
// signs; after the deadline (the server's clock is moved) the case officer reviews and confirms the
// second round. axe on every new page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Harness } from './support';
import {
  apiSessionHeaders,
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  demoAccount,
  normalizeSpaces,
  signInContext,
  startHarness,
} from './support';

const skip = browserUnavailable();
const USER = demoAccount('recipient_user');
const SIGNATORY = demoAccount('recipient_signatory');

describe('a requisition and the second round', { skip }, () => {
  let harness: Harness;
  let clock = new Date('2027-06-01T08:00:00Z');
  before(async () => {
    harness = await startHarness({ signInAs: null, now: () => clock });
  });
  after(async () => {
    await harness?.close();
  });

  const signInAs = async (email: string) => {
    await harness.context.clearCookies();
    await signInContext(harness.context, harness.baseUrl, email);
  };
  const text = async (page: Page, selector: string) =>
    normalizeSpaces(await page.locator(selector).innerText());

  it('is drafted for less and more, signed, and shared in the second round', async () => {
    await signInAs(USER);
    const page = await harness.newPage();
    const main = page.locator('#main');
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Mina bidrag' }).waitFor();
    const row = page.getByRole('row', { name: /2027 \(demo/ });
    assert.match(normalizeSpaces(await row.innerText()), /261 208 638 kr.*Ej påbörjad/);
    await assertAccessible(page, 'my grants with requisitions');
    await row.getByRole('link', { name: /Rekvirera/ }).click();

    await page.getByRole('heading', { level: 1, name: 'Rekvisition' }).waitFor();
    assert.match(await text(page, 'dl.facts'), /Belopp ni får rekvirera 261 208 638 kr/);
    await page.getByLabel('Belopp att rekvirera').fill('250 000 000');
    await page.getByRole('checkbox', { name: /Vi vill ha mer/ }).check();
    await page.getByLabel('Ytterligare belopp').fill('5 000 000');
    await page.getByLabel('Namn').fill('Sara Stockholm');
    await page.getByLabel('E-post').fill('sara.stockholm@stockholm.se');
    await page.getByLabel('Telefon').fill('08-508 290 00');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await main.locator('.page-heading .tag', { hasText: 'Utkast' }).waitFor();
    await assertAccessible(page, 'requisition draft');

    // A colleague saves a change from another browser meanwhile.
    const grantId = page.url().split('/').at(-2) ?? '';
    const mine = `${harness.baseUrl}/api/me/grants/${grantId}/requisition`;
    const current = await (
      await fetch(mine, { headers: apiSessionHeaders(harness.baseUrl) })
    ).json();
    const colleague = await fetch(mine, {
      method: 'PUT',
      headers: { ...apiSessionHeaders(harness.baseUrl), 'content-type': 'application/json' },
      body: JSON.stringify({
        declines: false,
        amountKr: 240_000_000,
        wantsMore: true,
        moreAmountKr: 5_000_000,
        contact: { name: 'Kollega', email: 'kollega@stockholm.se', phone: '08-508 290 01' },
        version: current.requisition.version,
      }),
    });
    assert.equal(colleague.status, 200);
    await page.getByLabel('Belopp att rekvirera').fill('245 000 000');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'kunde inte sparas' });
    await conflict.waitFor();
    assert.match(normalizeSpaces(await conflict.innerText()), /ändrats av någon annan/);
    await page.getByRole('button', { name: 'Ladda om rekvisitionen' }).click();
    await page.waitForFunction(
      () =>
        (document.getElementById('req-amount') as HTMLInputElement | null)?.value === '240000000',
    );
    await page.getByLabel('Belopp att rekvirera').fill('250 000 000');
    await page.getByLabel('Namn').fill('Sara Stockholm');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await main.getByRole('status').or(main.locator('.page-heading .tag')).first().waitFor();
    await page.waitForFunction(
      () =>
        (document.getElementById('req-amount') as HTMLInputElement | null)?.value === '250000000',
    );

    // The signatory signs.
    await signInAs(SIGNATORY);
    await page.reload();
    await page.getByRole('button', { name: 'Signera rekvisitionen' }).click();
    await main.locator('.page-heading .tag', { hasText: 'Signerad' }).waitFor();
    const versions = page.getByRole('table', { name: 'Signerade versioner' });
    assert.match(
      normalizeSpaces(await versions.innerText()),
      /1 .*Filip Firmatecknare.*250 000 000 kr 5 000 000 kr/,
    );
    await assertAccessible(page, 'signed requisition');

    // After the deadline (23:59:59 on 2027-10-31 in Stockholm) the case officer takes over.
    clock = new Date('2027-11-02T09:00:00Z');
    await signInAs(SIGNATORY); // the old session has been idle for months
    await page.reload();
    await main.getByText('Stängd – sista dagen har passerat').waitFor();
    await signInAs(CASE_OFFICER);
    await page.goto(`/grants/${grantId}/rekvisitioner`);
    await page.getByRole('heading', { level: 1, name: 'Rekvisitioner' }).waitFor();
    assert.match(await text(page, 'dl.facts'), /Signerad 4/);
    await page.getByLabel('Status', { exact: true }).selectOption('signed');
    await main.getByText('Visar 4 av 290 mottagare.').waitFor();
    await assertAccessible(page, 'requisition overview');

    await page.getByRole('button', { name: 'Beräkna andra omgången' }).click();
    const round = page.getByRole('table', { name: 'Andra omgången' });
    await round.waitFor();
    const stockholm = normalizeSpaces(await round.getByRole('row', { name: /0180/ }).innerText());
    assert.match(stockholm, /Stockholm 261 208 638 kr 5 000 000 kr .* 5 000 000 kr Får hela/);
    assert.match(await text(page, '#main'), /blir kvar ofördelat/);
    await assertAccessible(page, 'second round preview');
    await page.getByRole('button', { name: 'Fastställ andra omgången' }).click();
    await main.getByText('Fastställd.', { exact: true }).waitFor();
    assert.deepEqual(harness.pageErrors, []);
  });
});
