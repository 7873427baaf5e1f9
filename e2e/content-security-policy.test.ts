// The Content Security Policy in a real browser: an injected inline script does not run and is
// reported (so the page-error check of every journey catches a violation), no page of the app
// can be framed, and the password form (no violation) shows the password rule next to its field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../src/services/demo/load-demo-accounts';
import { browserUnavailable, demoAccount, useHarness } from './support';

const skip = browserUnavailable();

describe('content security policy', { skip }, () => {
  const journey = useHarness({ signInAs: null });

  it('refuses an inline script and reports it as a page error', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    const response = await page.goto('/logga-in');
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page
      .evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      })
      .catch(() => undefined);
    assert.equal(await page.evaluate(() => 'injected' in window), false, 'the script did not run');
    await expectPageError(harness.pageErrors, /script-src/);
    harness.pageErrors.length = 0;
  });

  it('cannot be framed by another page', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    await page.setContent(`<iframe src="${harness.baseUrl}/logga-in" title="x"></iframe>`);
    await expectPageError(harness.pageErrors, /frame-ancestors/);
    const framed = page.frames().find((frame) => frame.url().includes('/logga-in'));
    const heading = framed ? await framed.locator('h1').count() : 0;
    assert.equal(heading, 0, 'the sign-in page did not render inside the frame');
    harness.pageErrors.length = 0;
  });

  it('shows why a guessable new password is refused next to the field, with no CSP violation', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    await page.goto('/logga-in');
    await page.getByLabel('E-postadress').fill(demoAccount('analyst'));
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('link', { name: 'Byt lösenord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();
    await page.getByLabel('Nuvarande lösenord').fill(DEMO_PASSWORD);
    const newPassword = page.getByLabel('Nytt lösenord');
    await newPassword.fill('aaaaaaaaaa');
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    const fieldError = page.locator('#newPassword-field-error');
    await fieldError.waitFor();
    assert.match(await fieldError.innerText(), /Lösenordet är för lätt att gissa/);
    assert.match(
      (await newPassword.getAttribute('aria-describedby')) ?? '',
      /newPassword-field-error/,
    );
    assert.deepEqual(harness.pageErrors, []);
  });
});

async function expectPageError(pageErrors: string[], pattern: RegExp): Promise<void> {
  for (let i = 0; i < 50 && !pageErrors.some((error) => pattern.test(error)); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(
    pageErrors.some((error) => pattern.test(error)),
    `a CSP violation matching ${pattern} in ${JSON.stringify(pageErrors)}`,
  );
}
