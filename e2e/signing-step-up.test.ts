// Signing with e-identification as a step-up (docs/decisions/0032): with an identity provider
// configured (oidc-provider on a free port, issuing acr, amr and auth_time), Stockholm's signatory
// signs in there, drafts the 2027 demo grant's requisition, confirms with the declaration and is
// sent to the provider again, which asks for a fresh login although its session is alive
// (prompt=login); back on the requisition the signing completes by itself, and the receipt and
// its PDF record the level of assurance (acr) and the methods (amr).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEFAULT_SIGNING_ACR } from '../src/domain/access/step-up';
import { pdfText } from '../src/files/pdf-text';
import type { TestIdentityProvider } from '../src/http/testing-oidc';
import { logInAtProvider, startHarnessWithProvider } from './identity-provider';
import { openConfirmation } from './receipts';
import type { Harness } from './support';
import { assertAccessible, browserUnavailable, demoAccount, normalizeSpaces } from './support';

const skip = browserUnavailable();
const SIGNATORY = demoAccount('recipient_signatory');

describe('signing a requisition with e-identification', { skip }, () => {
  let harness: Harness;
  let idp: TestIdentityProvider | undefined;

  before(async () => {
    // The real clock: the provider's ID tokens and auth_time are checked against it.
    ({ harness, idp } = await startHarnessWithProvider('Logga in med e-legitimation'));
  });
  after(async () => {
    await harness?.close();
    await idp?.close();
  });

  it('asks the provider for a fresh login at loa3 and shows acr and amr on the receipt', async () => {
    const page = await harness.newPage();
    const main = page.locator('#main');
    await page.goto('/');
    await page.getByRole('link', { name: 'Logga in med e-legitimation' }).click();
    await logInAtProvider(page, SIGNATORY, () =>
      page.getByRole('heading', { level: 1, name: 'Mina bidrag' }).waitFor(),
    );

    const row = page.getByRole('row', { name: /2027 \(demo: 2024 års nyckel/ });
    await row.getByRole('link', { name: /^Rekvirera:/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekvisition' }).waitFor();
    await page.getByLabel('Belopp att rekvirera').fill('200 000 000');
    await page.getByLabel('Namn').fill('Filip Firmatecknare');
    await page.getByLabel('E-post').fill('filip@stockholm.se');
    await page.getByLabel('Telefon').fill('08-508 290 00');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await main.locator('.page-heading .tag', { hasText: 'Utkast' }).waitFor();
    const requisitionPath = new URL(page.url()).pathname;

    const signing = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Signera rekvisitionen' }),
    );
    assert.match(signing.consequence, /skickas du till e-legitimationen/);
    assert.equal(await signing.dialog.getByLabel('Ditt lösenord').count(), 0);
    await assertAccessible(page, 'confirm signing with e-identification');
    await signing.dialog.getByLabel('Jag intygar att uppgifterna är riktiga').check();
    await signing.dialog.getByRole('button', { name: 'Bekräfta och skriv under' }).click();

    // The provider's session is alive, yet it asks for the login again (prompt=login, max_age=0).
    await page.waitForURL((url) => url.origin === idp?.issuer);
    assert.equal(new URL(page.url()).origin, idp?.issuer);
    const heading = page.getByRole('heading', { level: 1, name: 'Kvittens' });
    await logInAtProvider(page, SIGNATORY, () => heading.waitFor());
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const text = normalizeSpaces(await main.innerText());
    assert.match(text, /Stockholm rekvirerade 200 000 000 kr av .*Rekvisitionen är underskriven/);
    assert.match(text, /Underskrift Med e-legitimation, legitimering \d{4}-\d{2}-\d{2}/);
    assert.ok(text.includes(`Tillitsnivå (acr) ${DEFAULT_SIGNING_ACR}`), text);
    assert.match(text, /Autentiseringsmetod \(amr\) mfa/);
    await assertAccessible(page, 'receipt of a requisition signed with e-identification');

    // The receipt's PDF says the same; the proof left the address bar on the way.
    const receipt = await readReceiptPdf(page);
    assert.ok(receipt.includes(`Tillitsnivå (acr): ${DEFAULT_SIGNING_ACR}`), receipt);
    assert.match(receipt, /Autentiseringsmetod \(amr\): mfa/);
    assert.match(receipt, /Underskriven med e-legitimation via identitetstjänsten/);

    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await main.locator('.page-heading .tag', { hasText: 'Signerad' }).waitFor();
    assert.equal(new URL(page.url()).pathname, requisitionPath);
    assert.equal(new URL(page.url()).search, '');
    assert.deepEqual(harness.pageErrors, []);
  });
});

/** The receipt page's PDF, read back. */
async function readReceiptPdf(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner kvittensen (PDF)' }).click(),
  ]);
  return normalizeSpaces(pdfText(await readFile(await download.path())));
}
