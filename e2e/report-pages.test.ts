// A follow-up form of two pages, filled in by a recipient: the case officer makes the demo 2025
// grant's questionnaire two pages (through the API); Stockholm's user pages through it with Nästa
// and Föregående, answers on page 2, reloads and finds the draft kept; the signatory submits; the
// officer sees the page-2 answer. axe on both pages of the form and on the officer's view.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { ReportFormSchema, type Report } from '../src/contracts/reporting';
import { apiCall } from './fixtures';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  signInAndOpen,
  STOCKHOLM_SIGNATORY,
  STOCKHOLM_USER,
  useDemoGrantHarness,
} from './support';
import { confirmAndReadReceipt, openConfirmation } from './receipts';

const skip = browserUnavailable();

const FIRST_QUESTION = 'Har personalen i äldreomsorgen utökats med medlen?';
const SECOND_PAGE = 'Resultat';
const SECOND_QUESTION = 'Beskriv vad medlen har gett för resultat';
const ANSWER = 'Två nya mötesplatser och fler undersköterskor i hemtjänsten.';
/** Stockholm's amount received on the demo grant (its allocation): used in full, one category. */
const RECEIVED = '261 208 638';

const TWO_PAGES = {
  economic: {
    costCategories: [{ id: 'salaries', label: 'Löner och andra personalkostnader' }],
    askPrivateProviders: false,
  },
  survey: {
    pages: [
      {
        name: 'verksamheten',
        title: 'Verksamheten',
        elements: [
          {
            type: 'radiogroup',
            name: 'staff_increased',
            title: FIRST_QUESTION,
            isRequired: true,
            choices: [
              { value: 'yes', text: 'Ja' },
              { value: 'no', text: 'Nej' },
            ],
          },
        ],
      },
      {
        name: 'sida_2',
        title: SECOND_PAGE,
        elements: [{ type: 'comment', name: 'results', title: SECOND_QUESTION, isRequired: true }],
      },
    ],
  },
};

describe('a follow-up form of two pages', { skip }, () => {
  const journey = useDemoGrantHarness(2025);

  it('is paged through with Nästa and Föregående, kept as a draft, submitted and seen', async () => {
    const { harness, grantId } = journey;
    // ---- The case officer makes the questionnaire two pages --------------------------------
    const form = await apiCall(ReportFormSchema, harness.baseUrl, `/grants/${grantId}/report-form`);
    await apiCall(z.unknown(), harness.baseUrl, `/grants/${grantId}/report-form`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        definition: TWO_PAGES,
        voluntary: false,
        revision: form.form?.revision ?? null,
      }),
    });

    // ---- Stockholm's user: page 1, Nästa, page 2, Föregående and back ----------------------
    const page = await harness.newPage();
    const url = `/mina-bidrag/${grantId}/aterrapport`;
    await signInAndOpen(harness, STOCKHOLM_USER, page, url);
    const first = page.getByRole('radiogroup', { name: FIRST_QUESTION });
    const second = page.getByRole('textbox', { name: SECOND_QUESTION });
    await first.waitFor();
    assert.equal(await second.count(), 0, 'page 2 is not shown on page 1');
    assert.equal(await page.getByRole('button', { name: 'Föregående' }).count(), 0);
    await page.getByLabel('Använt belopp (kr)').fill(RECEIVED);
    await page.getByLabel('Löner och andra personalkostnader').fill(RECEIVED);
    await press(first.getByRole('radio', { name: 'Ja' }));
    await assertAccessible(page, 'page 1 of a two-page report');

    await page.getByRole('button', { name: 'Nästa' }).click();
    await second.waitFor();
    await page.getByText(SECOND_PAGE, { exact: true }).waitFor();
    assert.equal(await first.count(), 0, 'page 1 is not shown on page 2');
    assert.equal(await page.getByRole('button', { name: 'Nästa' }).count(), 0);
    await second.fill(ANSWER);
    await second.blur();
    await page.getByText('Alla ändringar är sparade.').waitFor();
    await assertAccessible(page, 'page 2 of a two-page report');

    await page.getByRole('button', { name: 'Föregående' }).click();
    await first.waitFor();
    assert.ok(await first.getByRole('radio', { name: 'Ja' }).isChecked(), 'page 1 kept its answer');

    // ---- The draft survives a reload ---------------------------------------------------------
    await page.reload();
    await first.waitFor();
    assert.ok(await first.getByRole('radio', { name: 'Ja' }).isChecked());
    await page.getByRole('button', { name: 'Nästa' }).click();
    assert.equal(await second.inputValue(), ANSWER);
    await page.getByText('Firmatecknaren skickar in återrapporten.', { exact: false }).waitFor();

    // ---- The signatory submits ---------------------------------------------------------------
    await signInAndOpen(harness, STOCKHOLM_SIGNATORY, page, url);
    await first.waitFor();
    const confirming = await openConfirmation(
      page,
      page.getByRole('button', { name: 'Skicka in återrapporten' }),
    );
    await confirmAndReadReceipt(
      page,
      confirming.dialog,
      'Bekräfta och skicka in',
      'Jag intygar att uppgifterna är riktiga',
    );
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await page.getByText(/Inskickad .* av firmatecknare@stockholm/).waitFor();
    const saved = (await (
      await page.request.get(`${harness.baseUrl}/api/grants/${grantId}/reports/0180`)
    ).json()) as Report;
    assert.equal(saved.state, 'submitted');
    assert.deepEqual(saved.answers, { staff_increased: 'yes', results: ANSWER });

    // ---- The officer sees the answer on page 2 -----------------------------------------------
    await signInAndOpen(harness, CASE_OFFICER, page, `/grants/${grantId}/aterrapportering/0180`);
    await page.getByRole('button', { name: 'Öppna återrapporten för rättelse' }).waitFor();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByText(SECOND_PAGE, { exact: true }).waitFor();
    assert.equal(await second.inputValue(), ANSWER);
    assert.equal(await second.isEditable(), false, 'the officer reads, does not type');
    await assertAccessible(page, "officer's view of page 2 of a report");
    assert.deepEqual(harness.pageErrors, []);
  });
});

/** SurveyJS hides its inputs visually behind drawn ones: use them as a keyboard user does. */
async function press(control: ReturnType<Page['getByRole']>): Promise<void> {
  await control.focus();
  await control.press('Space');
  assert.ok(await control.isChecked());
}
