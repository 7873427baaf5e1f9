// Decisions and payouts end to end: the case officer prepares a decision per recipient from the
// published 2023 performance result, the decision maker issues them as a batch, Stockholm's user
// downloads its decision letter (its text read back from the PDF), the officer builds a payout
// batch, the decision maker approves it, the officer marks it paid, and Stockholm sees the payout.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { pdfText } from '../src/files/pdf-text';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  demoAccount,
  normalizeSpaces,
  signInAndOpen,
  useHarness,
} from './support';
import { cancelWithEscape, confirmAndReadReceipt, openConfirmation } from './receipts';

const skip = browserUnavailable();
const GRANT =
  /Prestationsbaserat statsbidrag för att minska andelen timanställningar .* äldre 2023/;

describe('decisions and payouts', { skip }, () => {
  const journey = useHarness();

  const as = (email: string, page: Page, path: string) =>
    signInAndOpen(journey.harness, email, page, path);

  it('goes from a published performance result to a paid payout the recipient sees', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    const main = page.locator('#main');

    // The case officer opens the grant and prepares the decisions.
    await page.goto('/');
    await page.getByRole('link', { name: GRANT }).first().click();
    await page.getByRole('heading', { level: 1, name: GRANT }).waitFor();
    await page.getByRole('tab', { name: /^Beslut/ }).click();
    await page.getByRole('link', { name: 'Beslut', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Beslut' }).waitFor();
    const grantPath = new URL(page.url()).pathname.replace(/\/decisions$/, '');
    await page
      .getByRole('button', { name: 'Förbered beslut från den publicerade beräkningen' })
      .click();
    await main.getByText(/^99 beslut, sammanlagt 1\s998\s500\s000\skr$/).waitFor();
    assert.equal(await page.getByRole('button', { name: /Fatta alla utkast/ }).count(), 0);
    await assertAccessible(page, 'decisions prepared');

    // The decision maker opens "issue all": the confirmation says what will happen in figures.
    // Escape changes nothing; then, by keyboard, the decisions are issued and the receipt shown.
    await as(demoAccount('decision_maker'), page, `${grantPath}/decisions`);
    const issueAll = page.getByRole('button', { name: 'Fatta alla utkast (99)' });
    const first = await openConfirmation(page, issueAll);
    assert.match(
      first.consequence,
      /99 beslut om sammanlagt 1 998 500 000 kr fattas och kan inte ändras/,
    );
    await assertAccessible(page, 'confirm issuing decisions');
    await cancelWithEscape(page, first.dialog);
    await main.getByText(/^99 beslut, sammanlagt 1\s998\s500\s000\skr$/).waitFor();
    assert.equal(await page.getByText('Fattat', { exact: true }).count(), 0);
    assert.equal(await issueAll.count(), 1);
    await issueAll.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const receipt = await confirmAndReadReceipt(page, dialog, 'Bekräfta och fatta 99 beslut');
    assert.match(receipt.text, /99 beslut om sammanlagt 1 998 500 000 kr fattades för/);
    assert.match(receipt.text, /Bertil Beslutsfattare/);
    assert.match(receipt.pdf, /99 beslut om sammanlagt 1 998 500 000 kr fattades/);
    assert.match(receipt.pdf, /Stockholm \(0180\), SB \d{4}\/\d{4}: 290 \d{3} \d{3} kr/);
    await assertAccessible(page, 'receipt of issued decisions');
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    const stockholmRow = page.getByRole('row', { name: /Stockholm \(0180\)/ });
    await stockholmRow.getByText('Fattat').waitFor();
    assert.equal(await page.getByRole('button', { name: /Fatta alla utkast/ }).count(), 0);
    const rowText = normalizeSpaces(await stockholmRow.innerText());
    const reference = /SB \d{4}\/\d{4}/.exec(rowText)?.[0];
    assert.ok(reference, rowText);
    assert.match(rowText, /290 \d{3} \d{3} kr.*Fattat/);
    await assertAccessible(page, 'decisions issued');

    // Stockholm's user downloads its decision letter.
    await as(demoAccount('recipient_user'), page, '/mina-bidrag');
    await page.getByRole('heading', { level: 2, name: 'Beslut och utbetalningar' }).waitFor();
    const myRow = page.getByRole('row', { name: new RegExp(reference.replace('/', '\\/')) });
    assert.match(normalizeSpaces(await myRow.innerText()), /Inte utbetalt/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      myRow.getByRole('link', { name: /Beslutsbrev/ }).click(),
    ]);
    const text = normalizeSpaces(pdfText(await readFile(await download.path())));
    assert.ok(text.includes(reference), text);
    assert.match(text, /Beslut/);
    assert.match(text, /Stockholm får 290 \d{3} \d{3} kr/);
    assert.match(text, /Hur man överklagar/);
    assert.match(text, /förvaltningsrätten/);
    assert.match(text, /Beslutet har fattats av Bertil Beslutsfattare/);
    await assertAccessible(page, 'recipient start page with decisions');

    // The officer builds a payout batch; the decision maker approves; the officer marks it paid.
    await as(CASE_OFFICER, page, `${grantPath}/payouts`);
    // The officer registers Stockholm's bankgiro: a wrong check digit is refused, then saved.
    await page.getByLabel('Mottagarkod (kommunkod eller länskod)').fill('0180');
    const accountNumber = page.getByLabel('Nummer', { exact: true });
    await accountNumber.fill('5402-9682');
    await page.getByRole('button', { name: 'Spara kontot' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Kontrollsiffran i bankgironumret "5402-9682" stämmer inte.' })
      .waitFor();
    await accountNumber.fill('5402 9681');
    await page.getByRole('button', { name: 'Spara kontot' }).click();
    await page.waitForFunction(
      () => (document.getElementById('account-number') as HTMLInputElement | null)?.value === '',
    );
    await page.getByRole('button', { name: 'Skapa utbetalning' }).click();
    await main.getByText(/^Summa 1\s998\s500\s000\skr på 99 rader/).waitFor();
    assert.match(
      normalizeSpaces(
        // The batch's row, not the waiting account change's.
        await page
          .getByRole('region', { name: /^Utbetalning \d/ })
          .getByRole('row', { name: /Stockholm \(0180\)/ })
          .innerText(),
      ),
      /Generellt statsbidrag \(Skatteverket\)/,
    );
    await assertAccessible(page, 'payout batch draft');
    await as(demoAccount('decision_maker'), page, `${grantPath}/payouts`);
    // The officer's change of the account applies once a second person confirms it.
    await page.getByRole('button', { name: 'Bekräfta kontot för Stockholm' }).click();
    await main.getByText('Inga ändringar väntar på bekräftelse.').waitFor();
    const approve = page.getByRole('button', { name: 'Godkänn utbetalningen' });
    const cancelled = await openConfirmation(page, approve);
    assert.match(
      cancelled.consequence,
      /1 998 500 000 kr på 99 rader godkänns för betalning \d{4}-\d{2}-\d{2}/,
    );
    await cancelled.dialog.getByRole('button', { name: 'Avbryt' }).click();
    await cancelled.dialog.waitFor({ state: 'detached' });
    await main.getByText('Utkast', { exact: true }).waitFor();
    assert.equal(await main.getByText('Godkänd', { exact: true }).count(), 0);
    const approval = await openConfirmation(page, approve);
    const approved = await confirmAndReadReceipt(page, approval.dialog, 'Bekräfta och godkänn');
    assert.match(
      approved.text,
      /Utbetalningen av 1 998 500 000 kr på 99 rader godkändes för betalning/,
    );
    assert.match(approved.pdf, /Utbetalningen av 1 998 500 000 kr på 99 rader godkändes/);
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await main.getByText('Godkänd', { exact: true }).waitFor();
    await as(CASE_OFFICER, page, `${grantPath}/payouts`);
    // Marking it paid binds the agency: Escape changes nothing; confirmed, it ends in a receipt.
    // The day paid is today by default.
    const paidOn = await page.getByLabel('Utbetald dag').inputValue();
    const markPaid = page.getByRole('button', { name: 'Markera som utbetald' });
    const notPaid = await openConfirmation(page, markPaid);
    assert.match(
      notPaid.consequence,
      new RegExp(`1 998 500 000 kr på 99 rader markeras som utbetalt ${paidOn}\\. Omgången låses`),
    );
    await cancelWithEscape(page, notPaid.dialog);
    assert.equal(await main.getByText('Utbetald', { exact: true }).count(), 0);
    const paid = await confirmAndReadReceipt(
      page,
      (await openConfirmation(page, markPaid)).dialog,
      'Bekräfta att den är utbetald',
    );
    assert.match(
      paid.text,
      new RegExp(
        `Utbetalningen av 1 998 500 000 kr på 99 rader markerades som utbetald ${paidOn}\\.`,
      ),
    );
    assert.match(
      paid.pdf,
      new RegExp(`Utbetalningen av 1 998 500 000 kr på 99 rader markerades som utbetald ${paidOn}`),
    );
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await main.getByText('Utbetald', { exact: true }).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exportera CSV' }).click(),
    ]);
    const csvText = await readFile(await csv.path(), 'utf8');
    assert.match(csvText, /,Summa,1998500000,/);
    await assertAccessible(page, 'payout batch paid');

    // Stockholm sees what has been paid and when.
    await as(demoAccount('recipient_user'), page, '/mina-bidrag');
    const paidRow = page.getByRole('row', { name: new RegExp(reference.replace('/', '\\/')) });
    await paidRow.getByText(/Utbetalt/).waitFor();
    await main.getByText('Bankgiro 5402-9681', { exact: true }).waitFor();
    // Stockholm sees every change of its account: the officer's proposal and its confirmation.
    await main
      .getByText(/handlaggare@demo\.statsbidrag\.se föreslog Bankgiro 5402-9681\.$/)
      .waitFor();
    await main
      .getByText(/beslutsfattare@demo\.statsbidrag\.se bekräftade Bankgiro 5402-9681\.$/)
      .waitFor();
    assert.match(
      normalizeSpaces(await paidRow.innerText()),
      /Utbetalt \d{4}-\d{2}-\d{2} \(Generellt statsbidrag\)/,
    );
    assert.deepEqual(harness.pageErrors, []);
  });
});
