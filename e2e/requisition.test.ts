// The requisition journey on the 2027 demo grant (open until 2027-10-31, with a second round):
// Stockholm's user drafts a requisition for less than the allocation and asks for more; a
// colleague's change meanwhile gives a conflict shown in Swedish with a reload; the signatory
// signs (withdraws with a reason, kept in the history, and signs again); after the deadline (the
// server's clock is moved) the case officer grants and revokes a late permission, reads the
// requisitions' histories with their reasons, reviews and confirms the second round; the officer
// prepares the decisions of both rounds, changes one draft and discards another, the decision
// maker issues them, Stockholm downloads its decision letter; the officer pays by bank transfer
// after the decision maker's approval, downloads the batch's payment specification (PDF),
// corrects an issued decision whose difference is paid in a second batch, and Stockholm sees the
// payout. axe on every new page and dialog.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { pdfText } from '../src/files/pdf-text';
import type { Harness } from './support';
import { cancelWithEscape, confirmAndReadReceipt, openConfirmation } from './receipts';
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
    const row = page.getByRole('row', { name: /2027 \(demo: 2024 års nyckel/ });
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

    // The signatory signs: the confirmation says what binds the organisation; Escape changes
    // nothing, and without the declaration nothing is signed; then the receipt and its PDF.
    await signInAs(SIGNATORY);
    await page.reload();
    const signButton = page.getByRole('button', { name: 'Signera rekvisitionen' });
    const cancelled = await openConfirmation(page, signButton);
    assert.match(cancelled.consequence, /Organisationen \(0180\) rekvirerar 250 000 000 kr av /);
    assert.match(cancelled.consequence, /Jag intygar att uppgifterna är riktiga/);
    await assertAccessible(page, 'confirm signing the requisition');
    await cancelWithEscape(page, cancelled.dialog);
    await main.locator('.page-heading .tag', { hasText: 'Utkast' }).waitFor();
    const signing = await openConfirmation(page, signButton);
    await signing.dialog.getByRole('button', { name: 'Bekräfta och skriv under' }).click();
    await signing.dialog.getByText('Kryssa i intygandet för att kunna fortsätta.').waitFor();
    await page.reload();
    await main.locator('.page-heading .tag', { hasText: 'Utkast' }).waitFor();
    // Without an identity provider the signatory re-enters the password: a wrong one is said at
    // the field, and nothing is signed.
    const wrong = await openConfirmation(page, signButton);
    await wrong.dialog.getByLabel('Jag intygar att uppgifterna är riktiga').check();
    await wrong.dialog.getByLabel('Ditt lösenord').fill('inte mitt lösenord');
    await wrong.dialog.getByRole('button', { name: 'Bekräfta och skriv under' }).click();
    await wrong.dialog.getByText('Lösenordet är fel. Ingenting har skrivits under.').waitFor();
    await assertAccessible(page, 'a wrong password when signing');
    await page.reload();
    await main.locator('.page-heading .tag', { hasText: 'Utkast' }).waitFor();
    const unsigned = await openConfirmation(page, signButton);
    const signed = await confirmAndReadReceipt(
      page,
      unsigned.dialog,
      'Bekräfta och skriv under',
      'Jag intygar att uppgifterna är riktiga',
    );
    assert.match(
      signed.text,
      /Stockholm rekvirerade 250 000 000 kr av .*Rekvisitionen är underskriven/,
    );
    assert.match(signed.text, /Filip Firmatecknare/);
    assert.match(signed.pdf, /Stockholm rekvirerade 250 000 000 kr av /);
    assert.match(signed.pdf, /intygade att uppgifterna är riktiga/);
    assert.match(signed.text, /Underskrift Med lösenord, angivet på nytt/);
    assert.match(signed.pdf, /Underskriven efter att firmatecknaren angett sitt lösenord på nytt/);
    await assertAccessible(page, 'receipt of the signed requisition');
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await main.locator('.page-heading .tag', { hasText: 'Signerad' }).waitFor();
    const versions = page.getByRole('table', { name: 'Signerade versioner' });
    assert.match(
      normalizeSpaces(await versions.innerText()),
      /1 .*Filip Firmatecknare.*250 000 000 kr 5 000 000 kr/,
    );
    await assertAccessible(page, 'signed requisition');

    // The signatory withdraws it with a reason, kept in the history, then signs it again.
    await page.getByLabel('Skäl att återkalla (frivilligt)').fill('Fel kontaktperson angiven');
    await page.getByRole('button', { name: 'Återkalla rekvisitionen' }).click();
    await main.locator('.page-heading .tag', { hasText: 'Återkallad' }).waitFor();
    await main.getByText('Motivering: Fel kontaktperson angiven').waitFor();
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await main.locator('.page-heading .tag', { hasText: 'Utkast' }).waitFor();
    const again = await openConfirmation(page, signButton);
    await confirmAndReadReceipt(
      page,
      again.dialog,
      'Bekräfta och skriv under',
      'Jag intygar att uppgifterna är riktiga',
    );
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await main.locator('.page-heading .tag', { hasText: 'Signerad' }).waitFor();

    // After the deadline (23:59:59 on 2027-10-31 in Stockholm) the case officer takes over.
    clock = new Date('2027-11-02T09:00:00Z');
    await signInAs(SIGNATORY); // the old session has been idle for months
    await page.reload();
    await main.getByText('Stängd – sista dagen har passerat').waitFor();
    await signInAs(CASE_OFFICER);
    await page.goto(`/grants/${grantId}/rekvisitioner`);
    await page.getByRole('heading', { level: 1, name: 'Rekvisitioner' }).waitFor();
    assert.match(await text(page, 'dl.facts'), /Signerad 4/);

    // The officer lets Vallentuna (a draft, never signed) requisition late, then revokes it for a
    // reason: an open permission would hold up the second round.
    await page.getByLabel('Mottagarens kod').fill('0115');
    await page.getByLabel('Till och med').fill('2027-11-20');
    await page.getByLabel('Skäl', { exact: true }).fill('Vallentuna bad om några dagar till');
    await page.getByRole('button', { name: 'Medge sen rekvisition' }).click();
    await page.getByRole('button', { name: 'Återkalla medgivandet för Vallentuna' }).click();
    const revoke = page.getByRole('dialog', { name: 'Återkalla sen rekvisition: Vallentuna' });
    await revoke.getByLabel('Skäl att återkalla').fill('Kommunen avstår från att rekvirera');
    await assertAccessible(page, 'revoke late permission dialog');
    await revoke.getByRole('button', { name: 'Återkalla medgivandet' }).click();
    await revoke.waitFor({ state: 'detached' });
    await page
      .getByRole('button', { name: 'Återkalla medgivandet för Vallentuna' })
      .waitFor({ state: 'detached' });
    // The history of each requisition, with its reasons: the revocation, Järfälla's withdrawal.
    await page.getByRole('link', { name: '0115 Vallentuna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekvisition från 0115' }).waitFor();
    await main.getByText('Motivering: Kommunen avstår från att rekvirera').waitFor();
    await assertAccessible(page, 'requisition history for the officer');
    await page.goBack();
    await page.getByRole('link', { name: '0123 Järfälla' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekvisition från 0123' }).waitFor();
    await main.getByText('Motivering: Demo: kommunen har ändrat sina planer').waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Rekvisitioner' }).waitFor();
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

    // The officer lowers Ekerö's first-round draft (never above what it requisitioned) ...
    // (Both of Ekerö's drafts were prepared at the same moment of the server's clock: find the row.)
    const ekero = (amount: string) =>
      page.getByRole('row', { name: new RegExp(`^Ekerö \\(0125\\) ${amount}`) });
    await ekero('9\\s918\\s995\\skr')
      .getByRole('button', { name: 'Ändra utkastet för Ekerö' })
      .click();
    const edit = page.getByRole('dialog', { name: 'Ändra utkast till beslut: Ekerö' });
    await edit.getByText(/Högst 9\s918\s995\skr enligt underlaget/).waitFor();
    await edit.getByLabel('Belopp', { exact: true }).fill('10 000 000');
    await edit.getByRole('button', { name: 'Spara utkastet' }).click();
    await edit.getByText(/Beloppet kan vara högst 9\s918\s995\skr/).waitFor();
    await edit.getByLabel('Belopp', { exact: true }).fill('9 900 000');
    await edit
      .getByLabel('Skäl för beslutet')
      .fill(
        'Ekerö har rekvirerat 9 918 995 kr. Kostnaden för en konferensresa ingår inte i ändamålet.',
      );
    await assertAccessible(page, 'change draft decision dialog');
    await edit.getByRole('button', { name: 'Spara utkastet' }).click();
    await edit.waitFor({ state: 'detached' });
    await ekero('9\\s900\\s000\\skr').waitFor();
    // ... and discards Upplands Väsby's, for a reason.
    await page.getByRole('button', { name: 'Kassera utkastet för Upplands Väsby' }).click();
    const discard = page.getByRole('dialog', {
      name: 'Kassera utkast till beslut: Upplands Väsby',
    });
    await discard.getByLabel('Skäl att kassera').fill('Kommunen har begärt att få rekvirera om');
    await discard.getByRole('button', { name: 'Kassera utkastet' }).click();
    await main.getByText(/^6 beslut, sammanlagt/).waitFor();
    assert.equal(await page.getByRole('row', { name: /Upplands Väsby/ }).count(), 0);

    // The decision maker issues them.
    await signInAs(demoAccount('decision_maker'));
    await page.reload();
    const issueSix = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Fatta alla utkast (6)' }),
    );
    assert.match(issueSix.consequence, /6 beslut om sammanlagt [\d ]+ kr fattas/);
    await confirmAndReadReceipt(page, issueSix.dialog, 'Bekräfta och fatta 6 beslut');
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
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

    // The officer registers the bankgiro of every recipient paid by transfer; the decision maker,
    // a second person, confirms each; the officer builds a batch; the decision maker approves it;
    // the officer marks it paid.
    await signInAs(CASE_OFFICER);
    await page.goto(`/grants/${grantId}/payouts`);
    const codes = ['0114', '0117', '0125', '0180'];
    for (const code of codes) {
      await page.getByLabel('Mottagarkod (kommunkod eller länskod)').fill(code);
      await page.getByLabel('Nummer', { exact: true }).fill('5402 9681');
      await page.getByRole('button', { name: 'Spara kontot' }).click();
      await page.waitForFunction(
        () => (document.getElementById('account-number') as HTMLInputElement | null)?.value === '',
      );
    }
    const confirmButtons = page.getByRole('button', { name: /^Bekräfta kontot för / });
    assert.equal(await confirmButtons.count(), 0, 'the proposer is not offered to confirm');
    await main
      .getByText('Du har föreslagit ändringen. En annan person behöver bekräfta den.')
      .first()
      .waitFor();
    await signInAs(demoAccount('decision_maker'));
    await page.reload();
    for (let left = codes.length; left > 0; left--) {
      await confirmButtons.first().click();
      await page.waitForFunction(
        (n) =>
          [...document.querySelectorAll('button')].filter((b) =>
            b.textContent?.startsWith('Bekräfta kontot för '),
          ).length === n,
        left - 1,
      );
    }
    await main.getByText('Inga ändringar väntar på bekräftelse.').waitFor();
    await signInAs(CASE_OFFICER);
    await page.reload();
    await page.getByLabel('Utbetalningsdag').fill('2027-11-05');
    await page.getByRole('button', { name: 'Skapa utbetalning' }).click();
    await main.getByText(/på 6 rader/).waitFor();
    await assertAccessible(page, 'payout batch of requisition decisions');
    await signInAs(demoAccount('decision_maker'));
    await page.reload();
    const approval = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Godkänn utbetalningen' }),
    );
    assert.match(approval.consequence, /på 6 rader godkänns för betalning 2027-11-05/);
    await confirmAndReadReceipt(page, approval.dialog, 'Bekräfta och godkänn');
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await main.getByText('Godkänd', { exact: true }).waitFor();
    await signInAs(CASE_OFFICER);
    await page.reload();
    await page.getByLabel('Utbetald dag').fill('2027-11-05');
    await page.getByRole('button', { name: 'Markera som utbetald' }).click();
    await main.getByText('Utbetald', { exact: true }).waitFor();

    // The batch's payment specification (PDF), linked next to its CSV and Excel exports.
    const [specification] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Betalningsspecifikation (PDF)' }).click(),
    ]);
    const spec = normalizeSpaces(pdfText(await readFile(await specification.path())));
    assert.match(spec, /Betalningsspecifikation – /);
    assert.match(spec, /Status: Utbetald/);
    assert.match(spec, /Skapad av: handlaggare@demo\.statsbidrag\.se, 2027-11-02/);
    assert.match(spec, /Godkänd av: beslutsfattare@demo\.statsbidrag\.se, 2027-11-02/);
    assert.match(spec, /\(betald 2027-11-05\)/);
    assert.match(spec, /0125 Ekerö .*Bankgiro 5402-9681 .*SB \d{4}\/\d{4} 9 900 000 kr/);
    assert.match(spec, /0180 Stockholm .*250 000 000 kr/);
    assert.doesNotMatch(spec, /Upplands Väsby/);
    assert.match(spec, /Summa \d[\d ]* kr/);

    // The officer corrects Ekerö's issued decision back up: the dialog shows what it will pay.
    await page.goto(`/grants/${grantId}/decisions`);
    await ekero('9\\s900\\s000\\skr')
      .getByRole('button', { name: 'Rätta beslutet för Ekerö' })
      .click();
    const correct = page.getByRole('dialog', { name: /^Rätta beslut SB \d{4}\/\d{4}$/ });
    assert.match(normalizeSpaces(await correct.innerText()), /Redan i utbetalning 9 900 000 kr/);
    await correct.getByLabel('Belopp', { exact: true }).fill('9 918 995');
    await correct.getByText(/^18\s995\skr betalas ut när rättelsen har fattats\.$/).waitFor();
    await correct
      .getByLabel('Skäl för rättelsen')
      .fill('Konferensresan ingår i ändamålet enligt förordningen; hela beloppet beviljas.');
    await assertAccessible(page, 'correction dialog');
    await correct.getByRole('button', { name: 'Förbered rättelse' }).click();
    await main.getByText(/^7 beslut, sammanlagt/).waitFor();
    await main.getByText(/rättelse av SB \d{4}\/\d{4}/).waitFor();
    await signInAs(demoAccount('decision_maker'));
    await page.reload();
    // Issuing the correction is a binding act like any decision: confirmed, with a receipt.
    const correction = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Fatta alla utkast (1)' }),
    );
    assert.match(correction.consequence, /1 beslut om 9 918 995 kr fattas och kan inte ändras/);
    const corrected = await confirmAndReadReceipt(
      page,
      correction.dialog,
      'Bekräfta och fatta 1 beslut',
    );
    assert.match(corrected.pdf, /Ekerö \(0125\), SB \d{4}\/\d{4}: 9 918 995 kr/);
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await page.getByRole('button', { name: /Fatta alla utkast/ }).waitFor({ state: 'detached' });
    await signInAs(CASE_OFFICER);
    await page.goto(`/grants/${grantId}/payouts`);
    await page.getByLabel('Utbetalningsdag').fill('2027-11-20');
    await page.getByRole('button', { name: 'Skapa utbetalning' }).click();
    await main.getByText(/^Summa 18\s995\skr på 1 rad\b/).waitFor();
    await assertAccessible(page, 'payout of the correction');

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
