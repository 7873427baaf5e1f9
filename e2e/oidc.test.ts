// Signing in through the agency's identity provider: a real OpenID Connect provider (oidc-provider)
// runs on a free port; the browser clicks the sign-in page's button, signs in on the provider's own
// login and consent pages and comes back signed in; signing out ends the provider's session too
// (RP-initiated logout). An email without an account gets a clear Swedish message and no session.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestIdentityProvider } from '../src/http/testing-oidc';
import { logInAtProvider, startHarnessWithProvider } from './identity-provider';
import type { Harness } from './support';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  demoAccount,
  normalizeSpaces,
  signInAndOpen,
} from './support';

const skip = browserUnavailable();

describe('OpenID Connect sign-in', { skip }, () => {
  let harness: Harness;
  let idp: TestIdentityProvider | undefined;

  before(async () => {
    ({ harness, idp } = await startHarnessWithProvider('Logga in med Myndighetens konto', {
      demoData: false,
    }));
  });
  after(async () => {
    await harness?.close();
    await idp?.close();
  });

  it('signs a case officer in through the provider and lands where they were going', async () => {
    const page = await harness.newPage();
    await page.goto('/compare');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    const button = page.getByRole('link', { name: 'Logga in med Myndighetens konto' });
    await button.waitFor();
    await assertAccessible(page, 'sign-in page with an identity provider');
    await button.click();

    await logInAtProvider(page, CASE_OFFICER, () =>
      page.getByRole('heading', { level: 1, name: 'Jämför fördelningar' }).waitFor(),
    );
    assert.ok(await page.getByText('Inloggad: Hanna Handläggare').isVisible());
    assert.match(page.url(), /\/compare$/);
    assert.deepEqual(harness.pageErrors, []);
  });

  it('signs out at the provider too and comes back to the sign-in page', async () => {
    const page = await harness.newPage();
    await page.goto('/compare');
    await page.getByRole('heading', { level: 1, name: 'Jämför fördelningar' }).waitFor();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    // The provider's own page asks to confirm, then sends the browser back to us.
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    assert.match(page.url(), /\/logga-in\?utloggad=1$/);
    await page.getByRole('status').filter({ hasText: 'Du är utloggad.' }).waitFor();
    await assertAccessible(page, 'sign-in page after signing out at the provider');
    const session = await page.request.get(`${harness.baseUrl}/api/session`);
    assert.equal(((await session.json()) as { user: unknown }).user, null);
    // The provider's session ended too: signing in again asks for the login once more.
    await page.getByRole('link', { name: 'Logga in med Myndighetens konto' }).click();
    await page.locator('input[name="login"]').waitFor();
    assert.deepEqual(harness.pageErrors, []);
  });

  it('says clearly in Swedish that an unknown email has no account, and signs no one in', async () => {
    const context = await harness.browser.newContext({
      baseURL: harness.baseUrl,
      locale: 'sv-SE',
    });
    const page = await context.newPage();
    await page.goto('/logga-in');
    await page.getByRole('link', { name: 'Logga in med Myndighetens konto' }).click();
    const alert = page.getByRole('alert');
    await logInAtProvider(page, 'okand.person@myndighet.test', () => alert.waitFor());
    assert.match(
      await alert.innerText(),
      /Det finns inget aktivt konto för din e-postadress\. Be en administratör att bjuda in dig först\./,
    );
    await assertAccessible(page, 'sign-in page with an identity provider error');
    const cookies = await context.cookies(harness.baseUrl);
    assert.equal(
      cookies.find((c) => c.name === 'statsbidrag_session'),
      undefined,
      'no session cookie',
    );
    const session = await page.request.get(`${harness.baseUrl}/api/session`);
    assert.equal(((await session.json()) as { user: unknown }).user, null);
    await context.close();
  });

  it("shows the administrator the officer's binding and when it was last used, the Swedish way", async () => {
    const page = await harness.newPage();
    await signInAndOpen(harness, demoAccount('admin'), page, '/admin/anvandare');
    const binding = page.getByRole('listitem').filter({ hasText: 'Inloggningskoppling:' });
    await binding.first().waitFor();
    assert.equal(await binding.count(), 1, 'only the officer signed in through the provider');
    assert.match(
      normalizeSpaces(await binding.innerText()),
      /^Inloggningskoppling: \S+ hos http:\/\/127\.0\.0\.1:\d+\S*, senast använd \d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
    );
    await assertAccessible(page, 'users page with a sign-in binding');
    assert.deepEqual(harness.pageErrors, []);
  });
});
