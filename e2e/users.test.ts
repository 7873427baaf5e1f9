// The administrator's Användare page: every account with its roles, an invitation whose one-time
// link is shown once, and the invited person choosing a password and signing in with it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Harness } from './support';
import {
  assertAccessible,
  browserUnavailable,
  demoAccount,
  signInContext,
  startHarness,
} from './support';
import { DEMO_PASSWORD } from '../src/services/demo/load-demo-accounts';
import { systemContext } from '../src/services/common/context';
import { createGrant } from '../src/services/grants/create-grant';
import { toGrantDraft } from '../src/http/routes/grants/routes';
import { grantInput } from '../src/http/testing';

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

  it('deactivates and reactivates an account, issues a reset link and scopes a case officer to one grant', async () => {
    const grant = await createGrant(
      systemContext(harness.database.db, 'system:e2e', () => new Date()),
      toGrantDraft(grantInput({ name: 'Bidrag för en handläggare' })),
    );
    const page = await harness.newPage();
    await page.goto('/admin/anvandare');
    const sara = page.getByRole('row', { name: /Sara Stockholm/ });
    await sara.waitFor();

    await page.getByRole('button', { name: 'Inaktivera kontot för Sara Stockholm' }).click();
    await sara.getByText('Inaktiverat').waitFor();
    // Node's fetch: without the admin's cookies, as Sara would.
    const saraSignIn = await fetch(`${harness.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoAccount('recipient_user'), password: DEMO_PASSWORD }),
    });
    assert.equal(saraSignIn.status, 401, 'a deactivated account cannot sign in');
    await page.getByRole('button', { name: 'Aktivera kontot för Sara Stockholm' }).click();
    await sara.getByText('Aktivt').waitFor();

    await page.getByRole('button', { name: 'Ny lösenordslänk för Anna Analytiker' }).click();
    assert.match(await page.locator('code').innerText(), /\/losenord#[\w-]{43}$/);

    const scope = page.getByLabel('Bidrag som handläggaren Hanna Handläggare får ändra');
    await scope.selectOption({ label: 'Bidrag för en handläggare (2018)' });
    // Saved and shown again: some select now holds the grant's id.
    await page.waitForFunction(
      (id) => [...document.querySelectorAll('select')].some((select) => select.value === id),
      grant.id,
    );
    await assertAccessible(page, 'users page with account actions');
    const users = (await (await page.request.get(`${harness.baseUrl}/api/users`)).json()) as {
      items: { name: string; roles: { role: string; grantId: string | null }[] }[];
    };
    const hanna = users.items.find((u) => u.name === 'Hanna Handläggare');
    assert.deepEqual(hanna?.roles, [{ role: 'case_officer', grantId: grant.id }]);
    assert.deepEqual(harness.pageErrors, []);
  });

  it('changes the own password and signs the account out everywhere else', async () => {
    const email = demoAccount('decision_maker');
    const here = await harness.browser.newContext({ baseURL: harness.baseUrl, locale: 'sv-SE' });
    const elsewhere = await harness.browser.newContext({
      baseURL: harness.baseUrl,
      locale: 'sv-SE',
    });
    await signInContext(elsewhere, harness.baseUrl, email);
    await signInContext(here, harness.baseUrl, email);
    const page = await here.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Byt lösenord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();
    await page.getByLabel('Nuvarande lösenord').fill('inte rätt');
    await page.getByLabel('Nytt lösenord').fill('ett nytt långt lösenord');
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Det nuvarande lösenordet är fel\./);
    await page.getByLabel('Nuvarande lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    await page.getByText('Lösenordet är bytt.').waitFor();
    await assertAccessible(page, 'change password');

    const sessionOf = async (context: typeof here) =>
      (
        (await (await context.request.get(`${harness.baseUrl}/api/session`)).json()) as {
          user: unknown;
        }
      ).user;
    assert.notEqual(await sessionOf(here), null, 'this browser stays signed in');
    assert.equal(await sessionOf(elsewhere), null, 'the other one is signed out');
    await here.close();
    await elsewhere.close();
  });
});
