// The requisition journey on the 2027 demo grant (open until 2027-10-31, with a second round):
// Stockholm's user drafts a requisition for less than the allocation and asks for more; a
// colleague's change meanwhile gives a conflict shown in Swedish with a reload; the signatory
// signs; after the deadline (the server's clock is moved) the case officer reviews and confirms the
// second round; the officer prepares the decisions of both rounds, the decision maker issues them,
// Stockholm downloads its decision letter; the officer pays by bank transfer after the decision
// maker's approval, and Stockholm sees the payout. axe on every new page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { pdfText } from '../src/files/pdf-text';
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
    await row.getByRole('link', { name: /^Rekvirera:/ }).click();

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

    // The officer prepares the decisions: the first round (four signed, non-declining
    // requisitions; Värmdö declined, Järfälla withdrew, Vallentuna never signed) and the second.
    await page.goto(`/grants/${grantId}/decisions`);
    await page.getByRole('heading', { level: 1, name: 'Beslut' }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: /Förbered beslut från den publicerade/ }).count(),
      0,
    );
    await page.getByRole('button', { name: 'Förbered beslut från rekvisitionerna' }).click();
    await main
      .getByText(/^4 beslut, sammanlagt/)
      .waitFor()
      .catch(async (error: unknown) => {
        console.log(normalizeSpaces(await main.innerText()));
        throw error;
      });
    await page.getByRole('button', { name: 'Förbered beslut från andra omgången' }).click();
    await main.getByText(/^7 beslut, sammanlagt/).waitFor();
    await assertAccessible(page, 'decisions from requisitions');

    // The decision maker issues them.
    await signInAs(demoAccount('decision_maker'));
    await page.reload();
    await page.getByRole('button', { name: 'Fatta alla utkast (7)' }).click();
    await page
      .getByRole('row', { name: /Stockholm \(0180\)/ })
      .first()
      .getByText('Fattat')
      .waitFor();
    assert.equal(await page.getByRole('button', { name: /Fatta alla utkast/ }).count(), 0);

    // Stockholm's user downloads its first-round decision letter.
    await signInAs(USER);
    await page.goto('/mina-bidrag');
    await page.getByRole('heading', { level: 2, name: 'Beslut och utbetalningar' }).waitFor();
    const firstRound = page.getByRole('row', { name: /^SB .*250\s000\s000\skr/ });
    const reference = /SB \d{4}\/\d{4}/.exec(normalizeSpaces(await firstRound.innerText()))?.[0];
    assert.ok(reference);
    assert.match(normalizeSpaces(await firstRound.innerText()), /Inte utbetalt/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      firstRound.getByRole('link', { name: /Beslutsbrev/ }).click(),
    ]);
    const letter = normalizeSpaces(pdfText(await readFile(await download.path())));
    assert.ok(letter.includes(reference), letter);
    assert.match(letter, /Stockholm får 250 000 000 kr/);
    assert.match(letter, /har rekvirerat 250 000 000 kr/);
    assert.match(letter, /Villkor/);
    assert.match(letter, /Hur man överklagar/);
    assert.match(letter, /förvaltningsrätten/);
    await assertAccessible(page, 'recipient start page with requisition decisions');

    // The officer registers the bankgiro of every recipient paid by transfer and builds a batch;
    // the decision maker approves it; the officer marks it paid.
    await signInAs(CASE_OFFICER);
    await page.goto(`/grants/${grantId}/payouts`);
    for (const code of ['0114', '0117', '0125', '0180']) {
      await page.getByLabel('Mottagarkod (kommunkod eller länskod)').fill(code);
      await page.getByLabel('Nummer', { exact: true }).fill('5402 9681');
      await page.getByRole('button', { name: 'Spara kontot' }).click();
      await page.waitForFunction(
        () => (document.getElementById('account-number') as HTMLInputElement | null)?.value === '',
      );
    }
    await page.getByLabel('Utbetalningsdag').fill('2027-11-05');
    await page.getByRole('button', { name: 'Skapa utbetalning' }).click();
    await main.getByText(/på 7 rader/).waitFor();
    await assertAccessible(page, 'payout batch of requisition decisions');
    await signInAs(demoAccount('decision_maker'));
    await page.reload();
    await page.getByRole('button', { name: 'Godkänn utbetalningen' }).click();
    await main.getByText('Godkänd', { exact: true }).waitFor();
    await signInAs(CASE_OFFICER);
    await page.reload();
    await page.getByLabel('Utbetald dag').fill('2027-11-05');
    await page.getByRole('button', { name: 'Markera som utbetald' }).click();
    await main.getByText('Utbetald', { exact: true }).waitFor();

    // Stockholm sees the payout on its start page.
    await signInAs(USER);
    await page.goto('/mina-bidrag');
    const paid = page.getByRole('row', { name: /^SB .*250\s000\s000\skr/ });
    await paid.getByText(/Utbetalt/).waitFor();
    assert.match(normalizeSpaces(await paid.innerText()), /Utbetalt 2027-11-05/);
    await assertAccessible(page, 'recipient start page with the payout');
    assert.deepEqual(harness.pageErrors, []);
  });
});
