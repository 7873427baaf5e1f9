// Receivables, audit and clawback on the demo 2024 elderly care grant: the officer reads a submitted
// report's repayment demand (its PDF carries a valid OCR reference), registers a partial payment,
// draws an audit sample, records a finding and prepares a clawback; the decision maker issues it;
// Stockholm's user downloads the clawback letter. axe on every page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { validateOcrReference } from '../src/domain/payments/ocr';
import { pdfText } from '../src/files/pdf-text';
import type { Receivables } from '../src/http/routes/receivables.schema';
import { ReportSchema } from '../src/http/routes/reporting.schema';
import { synthetic2024Reports, syntheticReportJson } from '../src/services/load-reporting-demo';
import { apiCall, postJson } from './fixtures';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  demoAccount,
  normalizeSpaces,
  signInAndOpen,
  signInContext,
  STOCKHOLM_SIGNATORY as SIGNATORY,
  STOCKHOLM_USER as USER,
  useDemoGrantHarness,
} from './support';

const skip = browserUnavailable();

describe('receivables, audit and clawback', { skip }, () => {
  const journey = useDemoGrantHarness(2024);
  const as = (email: string, page: Page, path: string) =>
    signInAndOpen(journey.harness, email, page, path);

  it('goes from a repayment demand to a paid-in part, a sample, a finding and an issued clawback', async () => {
    const { harness, grantId } = journey;
    const page = await harness.newPage();
    const api = harness.context.request;
    const url = (path: string) => `${harness.baseUrl}/api${path}`;

    // Stockholm's signatory submits its report (setup through the API; e2e/reporting covers the form).
    await harness.context.clearCookies();
    await signInContext(harness.context, harness.baseUrl, SIGNATORY);
    const stockholm = (await synthetic2024Reports()).find((r) => r.recipientCode === '0180')!;
    const draft = await apiCall(ReportSchema, harness.baseUrl, `/grants/${grantId}/reports/0180`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(syntheticReportJson(stockholm, 0)),
    });
    await apiCall(
      ReportSchema,
      harness.baseUrl,
      `/grants/${grantId}/reports/0180/submit`,
      postJson({ version: draft.version }),
    );

    // The officer: 0114's demand letter carries a valid OCR reference.
    await as(CASE_OFFICER, page, `/grants/${grantId}`);
    const letter = await api.get(url(`/grants/${grantId}/reports/0114/repayment.pdf`));
    assert.equal(letter.status(), 200);
    const ocr = /OCR-referens (\d+)/.exec(pdfText(await letter.body()))?.[1];
    assert.ok(ocr, 'the letter names its OCR reference');
    assert.ok(validateOcrReference(ocr, { withLengthDigit: true }).ok);

    await page.getByRole('link', { name: 'Fordringar och granskning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fordringar och granskning' }).waitFor();
    const row = page.getByRole('row', { name: /Upplands Väsby \(0114\)/ });
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
    const list = (await (
      await api.get(url(`/grants/${grantId}/receivables`))
    ).json()) as Receivables;
    const demand = list.rows.find((r) => r.recipientCode === '0114')!;
    assert.deepEqual([demand.paidKr, demand.payments.length], [100_000, 1]);

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

    // The decision maker issues it.
    await as(demoAccount('decision_maker'), page, `/grants/${grantId}/decisions`);
    await page.getByRole('button', { name: 'Fatta alla utkast (1)' }).click();
    await page
      .getByRole('row', { name: /Stockholm/ })
      .getByText('Fattat')
      .waitFor();
    await assertAccessible(page, 'clawback issued');

    // Stockholm's user sees it among its decisions and downloads the letter.
    await as(USER, page, '/mina-bidrag');
    const link = page.getByRole('link', { name: /Beslutsbrev för SB \d{4}\/\d{4} \(PDF\)/ }).last();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = pdfText(await readFile((await download.path())!));
    assert.match(normalizeSpaces(text), /ska betala tillbaka 250 000 kr/);
    const clawbackOcr = /OCR-referens\s+(\d+)/.exec(text)?.[1];
    assert.ok(clawbackOcr && validateOcrReference(clawbackOcr, { withLengthDigit: true }).ok);
    await assertAccessible(page, 'recipient start page with the clawback');
    assert.deepEqual(harness.pageErrors, []);
  });
});
