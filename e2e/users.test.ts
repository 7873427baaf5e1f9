// The administrator's Användare page: every account with its roles, an invitation whose one-time
// link is shown once, and the invited person choosing a password and signing in with it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Harness } from './support';
import { assertAccessible, browserUnavailable, demoAccount, startHarness } from './support';

const skip = browserUnavailable();

describe('users page', { skip }, () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness({ demoData: false, signInAs: demoAccount('admin') });
  });
  after(async () => {
    await harness?.close();
  });

  it('lists accounts, invites a person whose link sets a password, and gives a role', async () => {
    const page = await harness.newPage();
    await page.goto('/admin/anvandare');
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByRole('row', { name: /Sara Stockholm/ }).waitFor();
    await assertAccessible(page, 'users page');

    await page.getByLabel('Namn').fill('Nils Nyanställd');
    await page.getByLabel('E-postadress').fill('nils@myndighet.test');
    await page.getByLabel('Roll', { exact: true }).selectOption('analyst');
    await page.getByRole('button', { name: 'Bjud in' }).click();
    const link = await page.locator('code').innerText();
    assert.match(link, /\/losenord#[\w-]{43}$/);
    const row = page.getByRole('row', { name: /Nils Nyanställd/ });
    await row.waitFor();
    await page.getByLabel('Lägg till roll för Nils Nyanställd').selectOption('decision_maker');
    await row.getByText('Beslutsfattare').waitFor();

    const other = await harness.browser.newContext({ baseURL: harness.baseUrl, locale: 'sv-SE' });
    const invited = await other.newPage();
    await invited.goto(link);
    await invited.getByLabel('Nytt lösenord').fill('ett långt lösenord');
    await invited.getByRole('button', { name: 'Spara lösenord' }).click();
    await invited.getByText('Lösenordet är sparat.').waitFor();
    await assertAccessible(invited, 'set password');
    await invited.getByRole('link', { name: 'Logga in' }).click();
    await invited.getByLabel('E-postadress').fill('nils@myndighet.test');
    await invited.getByLabel('Lösenord').fill('ett långt lösenord');
    await invited.getByRole('button', { name: 'Logga in' }).click();
    await invited.getByText('Inloggad: Nils Nyanställd').waitFor();
    await other.close();
    assert.deepEqual(harness.pageErrors, []);
  });
});
