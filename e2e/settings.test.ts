// The agency's settings: the administrator opens Inställningar, types a bankgiro number with a
// wrong check digit (the field refuses it, nothing is saved), then a right one and saves; the
// repayment demand of the demo 2025 round then tells the recipient to pay to that bankgiro with
// its OCR number, and Stockholm's "Att betala tillbaka" (a repayment demand of its report) names it.
// axe on the page, with and without the error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfText } from '../src/files/pdf-text';
import {
  assertAccessible,
  browserUnavailable,
  demoAccount,
  normalizeSpaces,
  signInAndOpen,
  STOCKHOLM_SIGNATORY,
  STOCKHOLM_USER,
  useDemoGrantHarness,
} from './support';
import { draftStockholmReportLeavingUnused } from './fixtures';
import { cancelWithEscape, confirmAndReadReceipt, openConfirmation } from './receipts';

const skip = browserUnavailable();

describe('agency settings', { skip }, () => {
  const journey = useDemoGrantHarness(2025);

  it('refuses a bad bankgiro at the field, saves a good one, and the repayment demand shows it', async () => {
    const { harness, grantId } = journey;
    const page = await harness.newPage();
    await signInAndOpen(harness, demoAccount('admin'), page, '/');
    // No bankgiro yet: the administrator is warned on every page, and no demand goes out.
    const warning = page.getByRole('region', { name: 'Bankgiro saknas' });
    await warning.waitFor();
    assert.match(
      normalizeSpaces(await warning.innerText()),
      /bankgiro för återbetalningar är inte angivet\. Inga återbetalningskrav eller återkrav kan skickas/,
    );
    const refused = await page.request.get(
      `${harness.baseUrl}/api/grants/${grantId}/reports/0114/repayment.pdf`,
    );
    assert.equal(refused.status(), 409);
    await page.getByRole('link', { name: 'Mottagare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mottagare' }).waitFor();
    await warning.waitFor();
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Myndighetens inställningar' }).waitFor();
    const bankgiro = page.getByLabel('Bankgiro för återbetalningar');
    assert.equal(await page.getByLabel('Myndighetens namn').inputValue(), 'Socialstyrelsen');
    assert.equal(await page.getByLabel('Diarieserie').inputValue(), 'SB');
    await assertAccessible(page, 'settings page');

    await bankgiro.fill('5402-9682');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    const fieldError = page.locator('#settings-repaymentBankgiro-error');
    await fieldError.waitFor();
    assert.match(
      normalizeSpaces(await fieldError.innerText()),
      /Kontrollsiffran i bankgironumret "5402-9682" stämmer inte\./,
    );
    assert.equal(await bankgiro.getAttribute('aria-invalid'), 'true');
    await assertAccessible(page, 'settings page with a refused bankgiro');
    const unchanged = await page.request.get(`${harness.baseUrl}/api/settings/agency`);
    assert.equal(
      ((await unchanged.json()) as { repaymentBankgiro: unknown }).repaymentBankgiro,
      null,
    );

    await bankgiro.fill('54029681');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByText(/Senast ändrad .* av admin@demo\.statsbidrag\.se\./).waitFor();
    assert.equal(await bankgiro.inputValue(), '5402-9681', 'stored in its printed form');
    assert.equal(await page.locator('#settings-repaymentBankgiro-error').count(), 0);
    await warning.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Mottagare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mottagare' }).waitFor();
    assert.equal(await warning.count(), 0, 'no warning once the bankgiro is set');

    const letter = await page.request.get(
      `${harness.baseUrl}/api/grants/${grantId}/reports/0114/repayment.pdf`,
    );
    assert.equal(letter.status(), 200);
    const text = normalizeSpaces(pdfText(await letter.body()));
    assert.match(text, /Betala till bankgiro 5402-9681, ange OCR-nummer \d+\./);

    // Stockholm leaves 10 000 kr unused. Its signatory submits: the confirmation says the report
    // locks and 10 000 kr becomes a repayment demand due on a day; the receipt says the same.
    await draftStockholmReportLeavingUnused(harness, grantId, 10_000n);
    await signInAndOpen(harness, STOCKHOLM_SIGNATORY, page, `/mina-bidrag/${grantId}/aterrapport`);
    const submitting = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Skicka in återrapporten' }),
    );
    const dueOn =
      /Rapporten låses; 10 000 kr blir ett återbetalningskrav med förfallodag (\d{4}-\d{2}-\d{2})\./.exec(
        submitting.consequence,
      )?.[1];
    assert.ok(dueOn, submitting.consequence);
    await cancelWithEscape(page, submitting.dialog);
    const receipt = await confirmAndReadReceipt(
      page,
      (await openConfirmation(page, page.getByRole('button', { name: 'Skicka in återrapporten' })))
        .dialog,
      'Bekräfta och skicka in',
      'Jag intygar att uppgifterna är riktiga',
    );
    assert.match(
      receipt.pdf,
      new RegExp(`10 000 kr blev ett återbetalningskrav med förfallodag ${dueOn}`),
    );
    assert.ok(receipt.text.includes('10 000 kr'), receipt.text);
    assert.ok(receipt.text.includes(dueOn), receipt.text);

    // Its "Att betala tillbaka" shows the demand, its amount and due day, and says where to pay.
    await signInAndOpen(harness, STOCKHOLM_USER, page, '/mina-fordringar');
    await page.getByRole('heading', { level: 1, name: 'Att betala tillbaka' }).waitFor();
    const demand = normalizeSpaces(
      await page
        .getByRole('row', { name: /Återbetalningskrav/ })
        .first()
        .innerText(),
    );
    assert.match(demand, /10 000 kr/);
    assert.ok(demand.includes(dueOn), demand);
    assert.equal(
      normalizeSpaces(await page.getByTestId('my-receivables-bankgiro').innerText()),
      'Betala till bankgiro 5402-9681 och ange OCR-referensen för beloppet.',
    );
    assert.deepEqual(harness.pageErrors, []);
  });
});
