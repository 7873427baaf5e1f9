// Receivables, audit and clawback on the demo 2025 elderly care round: the officer reads a submitted
// report's repayment demand (its PDF carries a valid OCR reference), registers a partial payment,
// draws an audit sample, records a finding and prepares a clawback; the decision maker issues it;
// after part payments Stockholm's user sees its demand and clawback with what remains in "Mina
// fordringar", the clawback on its decisions list, downloads the letters, and reads its start page
// on a 375 px wide screen without sideways scrolling. axe on every page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { validateOcrReference } from '../src/domain/payments/ocr';
import { pdfText } from '../src/files/pdf-text';
import { ReceivableSchema, ReceivablesSchema } from '../src/contracts/receivables';
import { apiCall, postJson, submitStockholmReportLeavingUnused } from './fixtures';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  demoAccount,
  normalizeSpaces,
  signInAndOpen,
  signInContext,
  STOCKHOLM_USER as USER,
  useDemoGrantHarness,
} from './support';
import { agencySettings } from '../src/db/schema';
import { confirmAndReadReceipt, openConfirmation } from './receipts';

const skip = browserUnavailable();

describe('receivables, audit and clawback', { skip }, () => {
  const journey = useDemoGrantHarness(2025);
  const as = (email: string, page: Page, path: string) =>
    signInAndOpen(journey.harness, email, page, path);

  it('goes from a repayment demand to a paid-in part, a sample, a finding and an issued clawback', async () => {
    const { harness, grantId } = journey;
    const page = await harness.newPage();
    const api = harness.context.request;
    const url = (path: string) => `${harness.baseUrl}/api${path}`;

    // The agency's bankgiro is set (e2e/settings.test.ts sets it through the page): without it no
    // demand goes out.
    await harness.database.db.update(agencySettings).set({ repaymentBankgiro: '5402-9681' });
    // Stockholm's signatory submits its report leaving 10 000 kr unused: a demand of 10 000 kr.
    await submitStockholmReportLeavingUnused(harness, grantId, 10_000n);

    // The officer: 0114's demand letter carries a valid OCR reference.
    await as(CASE_OFFICER, page, `/grants/${grantId}`);
    const letter = await api.get(url(`/grants/${grantId}/reports/0114/repayment.pdf`));
    assert.equal(letter.status(), 200);
    const ocr = /OCR-referens (\d+)/.exec(pdfText(await letter.body()))?.[1];
    assert.ok(ocr, 'the letter names its OCR reference');
    assert.ok(validateOcrReference(ocr, { withLengthDigit: true }).ok);

    await page.getByRole('tab', { name: /^Återrapportering/ }).click();
    await page.getByRole('link', { name: 'Fordringar och granskning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fordringar och granskning' }).waitFor();
    const row = page.getByRole('row', { name: /0114 Upplands Väsby/ });
    await row.getByText(ocr).waitFor();
    await assertAccessible(page, 'receivables');

    // A partial payment.
    await page
      .getByLabel('Fordran')
      .selectOption({ label: `Upplands Väsby (0114) – Återbetalningskrav ${ocr}` });
    await page.getByLabel('Belopp (kr)', { exact: true }).fill('100000');
    await page.getByLabel('Betalarens referens (OCR)').fill(ocr);
    await page.getByRole('button', { name: 'Registrera inbetalning' }).click();
    await row.getByText(/^100\s000\skr$/).waitFor();
    assert.match(
      normalizeSpaces(await row.innerText()),
      /1 801 181 kr\s+100 000 kr\s+1 701 181 kr/,
    );
    const list = ReceivablesSchema.parse(
      await (await api.get(url(`/grants/${grantId}/receivables`))).json(),
    );
    const demand = list.rows.find((r) => r.recipientCode === '0114')!;
    assert.deepEqual([demand.paidKr, demand.payments.length], [100_000, 1]);

    // Filters (state, kind, recipient) narrow the table, its sums and the exports; headers sort.
    const receivables = page.locator('#receivables');
    const stateFilter = page.getByRole('combobox', { name: 'Status', exact: true });
    await stateFilter.selectOption('open');
    await receivables.getByRole('row', { name: /0180 Stockholm/ }).waitFor();
    assert.equal(await row.count(), 0, 'the overdue 0114 is filtered out');
    assert.equal(
      await page.getByRole('link', { name: 'Exportera fordringar (CSV)' }).getAttribute('href'),
      `/api/grants/${grantId}/receivables.csv?state=open`,
    );
    await stateFilter.selectOption('');
    await page.getByRole('combobox', { name: 'Slag', exact: true }).selectOption('clawback');
    await page.getByText(/^Visar 0 av \d+ fordringar\.$/).waitFor();
    await page.getByRole('combobox', { name: 'Slag', exact: true }).selectOption('');
    await page.getByRole('searchbox', { name: /Sök mottagare/ }).fill('Upplands');
    await page.getByText(/^Visar 1 av \d+ fordringar\.$/).waitFor();
    assert.match(
      normalizeSpaces(await receivables.locator('tfoot').innerText()),
      /Summa 1 801 181 kr 100 000 kr 1 701 181 kr/,
    );
    await page.getByRole('searchbox', { name: /Sök mottagare/ }).fill('');
    await receivables.getByRole('button', { name: 'Återstår' }).click();
    await receivables.locator('th[aria-sort="descending"]', { hasText: 'Återstår' }).waitFor();
    const outstanding = (await receivables.locator('tbody tr td:last-child').allInnerTexts()).map(
      (text) => Number(normalizeSpaces(text).replace(/\D/g, '')),
    );
    assert.deepEqual(
      outstanding,
      [...outstanding].sort((a, b) => b - a),
      'sorted by outstanding, largest first',
    );
    await assertAccessible(page, 'receivables filtered and sorted');

    // A sample: Stockholm alone in the top stratum, two from the rest; a finding on Stockholm.
    await page.getByLabel('Frö (tomt: slumpas)').fill('20251123');
    await page.getByLabel(/Skiktens undre gränser/).fill('0, 200000000');
    await page.getByLabel(/Antal per skikt/).fill('2, 1');
    await page.getByRole('button', { name: 'Dra urval' }).first().click();
    await page.getByRole('heading', { name: 'Urval med frö 20251123' }).waitFor();
    await page.getByRole('row', { name: /Stockholm \(0180\)/ }).waitFor();
    await assertAccessible(page, 'audit sample');
    await page.getByLabel('Återrapport', { exact: true }).selectOption('0180');
    await page.getByLabel('Resultat', { exact: true }).selectOption('clawback_proposed');
    await page.getByLabel('Iakttagelser').fill('Kostnader utanför bidragets ändamål.');
    await page.getByRole('button', { name: 'Spara granskningsresultat' }).click();
    await page
      .getByRole('row', { name: /Stockholm \(0180\)/ })
      .getByText(/Återkrav föreslås/)
      .waitFor();

    // The clawback, prepared.
    await page.getByLabel('Belopp att återkräva (kr)').fill('250000');
    await page
      .getByLabel('Skäl för beslutet')
      .fill('Medel har använts till annat än bidragets ändamål.');
    await page.getByRole('button', { name: 'Förbered återkrav' }).click();
    await page.getByText(/Återkravet är förberett med OCR-referens \d+/).waitFor();
    await assertAccessible(page, 'clawback prepared');

    // Without the agency's bankgiro the clawback is not offered for issuing, and the page says why.
    await harness.database.db.update(agencySettings).set({ repaymentBankgiro: null });
    await as(demoAccount('decision_maker'), page, `/grants/${grantId}/decisions`);
    await page
      .getByText(
        '1 återkrav kan inte fattas förrän myndighetens bankgiro för återbetalningar är angivet',
        { exact: false },
      )
      .waitFor();
    await page
      .getByRole('row', { name: /Stockholm/ })
      .getByText('Väntar på bankgiro')
      .waitFor();
    assert.equal(await page.getByRole('button', { name: /^Fatta alla utkast/ }).count(), 0);
    await assertAccessible(page, 'clawback waiting for the bankgiro');

    // With the bankgiro set, the decision maker issues it.
    await harness.database.db.update(agencySettings).set({ repaymentBankgiro: '5402-9681' });
    await page.reload();
    // Issuing the clawback is a binding act: confirmed with its amount, then its receipt.
    const clawback = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Fatta alla utkast (1)' }),
    );
    assert.match(clawback.consequence, /1 beslut om 250 000 kr fattas och kan inte ändras/);
    const issued = await confirmAndReadReceipt(
      page,
      clawback.dialog,
      'Bekräfta och fatta 1 beslut',
    );
    assert.match(issued.pdf, /Stockholm \(0180\), SB \d{4}\/\d{4}: 250 000 kr/);
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await page
      .getByRole('row', { name: /Stockholm/ })
      .getByText('Fattat')
      .waitFor();
    await assertAccessible(page, 'clawback issued');

    // The officer registers part payments: 4 000 kr of the demand, 100 000 kr of the clawback.
    await harness.context.clearCookies();
    await signInContext(harness.context, harness.baseUrl, CASE_OFFICER);
    const owed = await apiCall(
      ReceivablesSchema,
      harness.baseUrl,
      `/grants/${grantId}/receivables`,
    );
    const stockholmDemand = owed.rows.find(
      (r) => r.recipientCode === '0180' && r.kind === 'repayment',
    )!;
    const stockholmClawback = owed.rows.find((r) => r.kind === 'clawback')!;
    assert.deepEqual([stockholmDemand.amountKr, stockholmClawback.amountKr], [10_000, 250_000]);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    await apiCall(
      ReceivableSchema,
      harness.baseUrl,
      `/grants/${grantId}/reports/0180/repayment/payments`,
      postJson({ paidOn: today, amountKr: 4_000, payerReference: stockholmDemand.ocrReference }),
    );
    await apiCall(
      ReceivableSchema,
      harness.baseUrl,
      `/grants/${grantId}/clawbacks/${stockholmClawback.id}/payments`,
      postJson({
        paidOn: today,
        amountKr: 100_000,
        payerReference: stockholmClawback.ocrReference,
      }),
    );

    // Stockholm's user: "Att betala tillbaka" from the start page, with what remains of each.
    await as(USER, page, '/mina-bidrag');
    await page.getByRole('link', { name: /^Att betala tillbaka:/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Att betala tillbaka' }).waitFor();
    const table = page.locator('#my-receivables');
    const rowOf = (ocr: string) => table.getByRole('row', { name: new RegExp(`\\b${ocr}\\b`) });
    const demandRow = rowOf(stockholmDemand.ocrReference);
    const clawbackRow = rowOf(stockholmClawback.ocrReference);
    assert.match(
      normalizeSpaces(await demandRow.innerText()),
      /Återbetalningskrav.*Delvis betald\s+10 000 kr\s+4 000 kr\s+6 000 kr/,
    );
    assert.match(
      normalizeSpaces(await clawbackRow.innerText()),
      /Återkrav SB \d{4}\/\d{4}.*Delvis betald\s+250 000 kr\s+100 000 kr\s+150 000 kr/,
    );
    assert.equal(await table.locator('tbody tr').count(), 2, 'only its own receivables');
    assert.match(
      normalizeSpaces(await page.getByTestId('my-receivables-totals').innerText()),
      /Att betala totalt 260 000 kr, betalt 104 000 kr, återstår 156 000 kr, varav förfallet 0 kr/,
    );
    await assertAccessible(page, 'my receivables');
    // At 1280 px the long grant names wrap: neither the page nor the table scrolls sideways.
    assert.deepEqual(
      await sidewaysOverflow(page),
      { page: false, wideTables: 0 },
      'Att betala tillbaka at 1280 px without sideways scroll',
    );
    const [demandLetter] = await Promise.all([
      page.waitForEvent('download'),
      demandRow.getByRole('link', { name: /Brev \(PDF\)/ }).click(),
    ]);
    assert.ok(
      pdfText(await readFile((await demandLetter.path())!)).includes(stockholmDemand.ocrReference),
    );

    // Stockholm's user sees it among its decisions and downloads the letter.
    await page.getByRole('link', { name: 'Mina bidrag', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina bidrag' }).waitFor();
    const clawbackDecision = page.getByRole('row', { name: /Att betala tillbaka/ });
    assert.match(
      normalizeSpaces(await clawbackDecision.innerText()),
      new RegExp(
        `Att betala tillbaka 250 000 kr senast .*, OCR-referens ${stockholmClawback.ocrReference}\\. Betalt 100 000 kr, återstår 150 000 kr\\.`,
      ),
    );
    const link = page.getByRole('link', { name: /Beslutsbrev för SB \d{4}\/\d{4} \(PDF\)/ }).last();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = pdfText(await readFile((await download.path())!));
    assert.match(normalizeSpaces(text), /ska betala tillbaka 250 000 kr/);
    const clawbackOcr = /OCR-referens\s+(\d+)/.exec(text)?.[1];
    assert.ok(clawbackOcr && validateOcrReference(clawbackOcr, { withLengthDigit: true }).ok);
    await assertAccessible(page, 'recipient start page with the clawback');

    // On a desktop (1280 px) a wide table scrolls inside its own region; the page never does
    // (visually hidden text in a scrolled table once widened the whole page).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await page.locator('#my-grants tbody tr').first().waitFor();
    assert.equal(
      (await sidewaysOverflow(page)).page,
      false,
      'the start page at 1280 px without sideways scroll',
    );

    // On a phone (375 px) the start page is cards, not a table to scroll sideways.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mina bidrag' }).waitFor();
    await page.locator('#my-grants tbody tr').first().waitFor();
    assert.deepEqual(
      await sidewaysOverflow(page),
      { page: false, wideTables: 0 },
      'no horizontal scroll, and no table scrolls sideways at 375 px',
    );
    // The grant's next step comes first on its card, and every link is still there.
    const card = page.locator('#my-grants tbody tr').first();
    const next = await card.locator('.next-action').boundingBox();
    const name = await card.getByRole('rowheader').boundingBox();
    const action = card.getByRole('link', { name: /^(Rekvirera|Öppna rekvisitionen|Visa):/ });
    assert.ok(await action.isVisible());
    const actionBox = await action.boundingBox();
    assert.ok(
      name && next && actionBox && name.y < next.y && next.y < actionBox.y,
      'next step first',
    );
    await assertAccessible(page, 'recipient start page at 375 px');
    await page.getByRole('link', { name: /^Att betala tillbaka:/ }).click();
    await page.locator('#my-receivables tbody tr').first().waitFor();
    assert.deepEqual(
      await sidewaysOverflow(page),
      { page: false, wideTables: 0 },
      'Att betala tillbaka at 375 px without sideways scroll',
    );
    await assertAccessible(page, 'my receivables at 375 px');
    assert.deepEqual(harness.pageErrors, []);
  });
});

/** Whether the page scrolls sideways, and how many tables do (their `.table-scroll` frame). */
function sidewaysOverflow(page: Page): Promise<{ page: boolean; wideTables: number }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('.table-scroll')].filter(
      (element) => element.scrollWidth > element.clientWidth + 1,
    ).length;
    return { page: root.scrollWidth > root.clientWidth, wideTables: wide };
  });
}
