// The follow-up journey on the demo 2025 elderly care round: the case officer makes the round's form
// a copy of the 2024 template and previews it; Stockholm's user fills in the report (a conditional
// question appears for a chosen development area), loses the network midway and loses nothing
// typed; the signatory submits; the officer sees it submitted. axe on every page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Report } from '../src/contracts/reporting';
import { ELDERLY_CARE_2025_DEMO } from '../src/services/demo/demo-grants';
import type { Harness } from './support';
import { cancelWithEscape, confirmAndReadReceipt, openConfirmation } from './receipts';
import {
  assertAccessible,
  browserUnavailable,
  normalizeSpaces,
  signInContext,
  STOCKHOLM_SIGNATORY as SIGNATORY,
  STOCKHOLM_USER as USER,
  useDemoGrantHarness,
} from './support';

const skip = browserUnavailable();

describe('follow-up reporting', { skip }, () => {
  const journey = useDemoGrantHarness(2025);

  it('is designed by the officer, filled in offline and online, submitted and seen', async () => {
    const { harness, grantId } = journey;
    // ---- The case officer: the form from the 2024 template, previewed ----------------------
    const officer = await harness.newPage();
    await officer.goto(`/grants/${grantId}`);
    await officer.getByRole('tab', { name: /^Återrapportering/ }).click();
    await officer.getByRole('link', { name: 'Hantera återrapportering' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Återrapportering' }).waitFor();
    await officer.getByRole('link', { name: 'Utforma återrapporteringsformuläret' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Återrapporteringsformulär' }).waitFor();
    await officer.getByRole('button', { name: 'Kopiera mallen till formuläret' }).click();
    await officer.getByRole('heading', { name: 'Frågor (20)' }).waitFor();
    await officer
      .getByRole('button', {
        name: 'Redigera Aktiviteter för att motverka ensamhet bland äldre som finansierats med statsbidraget under 2024',
      })
      .click();
    assert.equal(
      await officer.getByLabel('Visas bara om (villkor)').inputValue(),
      "{development_areas} contains 'loneliness'",
    );
    await assertAccessible(officer, 'form designer');
    await officer.getByRole('button', { name: 'Förhandsgranska' }).click();
    await officer.getByRole('group', { name: /Yrkeskategorier som har finansierats/ }).waitFor();
    await assertAccessible(officer, 'form preview');

    // ---- Stockholm's user fills it in -------------------------------------------------------
    const userContext = await contextOf(harness, USER);
    let page = await userContext.newPage();
    page.on('pageerror', (error) => harness.pageErrors.push(error.message));
    await page.goto('/mina-bidrag');
    await page
      .getByRole('link', { name: `Återrapportera ${ELDERLY_CARE_2025_DEMO.name}`, exact: true })
      .click();
    await page.getByRole('group', { name: /Yrkeskategorier/ }).waitFor();
    const received = normalizeSpaces(
      await page.getByRole('definition').filter({ hasText: 'kr' }).first().innerText(),
    );
    assert.equal(received, '261 208 638 kr');
    await page.getByLabel('Använt belopp (kr)').fill('261 208 638');
    await page.getByLabel('Löner och andra personalkostnader').fill('219 415 256');
    await page.getByLabel('Köpta tjänster').fill('28 732 950');
    await page.getByLabel('Övriga kostnader').fill('13 060 432');
    await page.getByRole('radio', { name: 'Ja' }).first().check();
    await page.getByRole('radio', { name: '20–49 %' }).check();

    await press(page.getByRole('radio', { name: '80–100 %' }));
    await check(page, ['Undersköterskor', 'Sjuksköterskor']);
    await check(page, ['Personer 65 år och äldre i särskilt boende']);
    const loneliness = page.getByRole('group', { name: /Aktiviteter för att motverka ensamhet/ });
    assert.equal(await loneliness.count(), 0, 'the follow-up question is hidden until chosen');
    await check(page, ['Motverka ensamhet bland äldre']);
    await loneliness.waitFor();
    await check(page, [/Förstärkning eller utveckling av mötesplatser/]);
    await press(
      page
        .getByRole('radiogroup', { name: /påverkat kommunens egen tilldelning/ })
        .getByRole('radio', { name: 'Nej' }),
    );
    await press(
      page
        .getByRole('radiogroup', { name: /En sammantagen bedömning/ })
        .getByRole('radio', { name: '4' }),
    );
    for (const radio of await page.getByRole('radio', { name: /^rad .*, kolumn 3$/ }).all())
      await press(radio);
    await page.getByText('Alla ändringar är sparade.').waitFor();
    await assertAccessible(page, 'report being filled in');

    // ---- The network drops: what is typed stays in the browser and is saved later ---------
    await userContext.setOffline(true);
    const results = page.getByRole('textbox', { name: /Hur medlen använts och vilka resultat/ });
    await results.fill('Fler undersköterskor i hemtjänsten och nya mötesplatser.');
    await results.blur();
    await page.getByText(/Ingen anslutning till servern/).waitFor();
    await page.close();
    await userContext.setOffline(false);
    page = await userContext.newPage();
    await page.goto(`/mina-bidrag/${grantId}/aterrapport`);
    await page.getByRole('group', { name: /Yrkeskategorier/ }).waitFor();
    assert.equal(
      await page
        .getByRole('textbox', { name: /Hur medlen använts och vilka resultat/ })
        .inputValue(),
      'Fler undersköterskor i hemtjänsten och nya mötesplatser.',
    );
    await page.getByText('Alla ändringar är sparade.').waitFor();
    await page.getByText('Firmatecknaren skickar in återrapporten.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Skicka in återrapporten' }).count(), 0);
    await userContext.close();

    // ---- The signatory submits ---------------------------------------------------------------
    const signatoryContext = await contextOf(harness, SIGNATORY);
    const signatory = await signatoryContext.newPage();
    signatory.on('pageerror', (error) => harness.pageErrors.push(error.message));
    await signatory.goto(`/mina-bidrag/${grantId}/aterrapport`);
    await signatory.getByRole('group', { name: /Yrkeskategorier/ }).waitFor();
    // Submitting binds the municipality: the confirmation says the report is locked and what it
    // means for repayment; Escape changes nothing; with the declaration it ends in a receipt.
    const submitButton = signatory.getByRole('button', { name: 'Skicka in återrapporten' });
    const cancelled = await openConfirmation(signatory, submitButton);
    assert.match(cancelled.consequence, /Rapporten låses; inget ska betalas tillbaka\./);
    await assertAccessible(signatory, 'confirm submitting the report');
    await cancelWithEscape(signatory, cancelled.dialog);
    const unsubmitted = (await (
      await signatoryContext.request.get(`${harness.baseUrl}/api/grants/${grantId}/reports/0180`)
    ).json()) as Report;
    assert.notEqual(unsubmitted.state, 'submitted');
    const confirming = await openConfirmation(signatory, submitButton);
    const receipt = await confirmAndReadReceipt(
      signatory,
      confirming.dialog,
      'Bekräfta och skicka in',
      'Jag intygar att uppgifterna är riktiga',
    );
    assert.match(
      receipt.text,
      /Stockholm skickade in återrapporten för .* Inget ska betalas tillbaka\./,
    );
    assert.match(receipt.pdf, /Redovisningen är låst\. Inget ska betalas tillbaka\./);
    await assertAccessible(signatory, 'receipt of the submitted report');
    await signatory.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await signatory.getByText(/Inskickad .* av firmatecknare@stockholm/).waitFor();
    await assertAccessible(signatory, 'submitted report');
    const saved = (await (
      await signatoryContext.request.get(`${harness.baseUrl}/api/grants/${grantId}/reports/0180`)
    ).json()) as Report;
    assert.equal(saved.state, 'submitted');
    assert.equal(saved.unusedKr, 0);
    assert.equal(
      saved.answers.results_description,
      'Fler undersköterskor i hemtjänsten och nya mötesplatser.',
    );
    assert.deepEqual(saved.answers.loneliness_activities, ['meeting_places']);
    await signatoryContext.close();

    // ---- The officer sees it submitted -----------------------------------------------------------
    await officer.goto(`/grants/${grantId}/aterrapportering`);
    const row = officer.getByRole('row', { name: /Stockholm/ });
    await row.getByText('Inskickad').first().waitFor();
    await assertAccessible(officer, 'reporting overview');
    await row.getByRole('link', { name: 'Stockholm' }).click();
    await officer.getByRole('button', { name: 'Öppna återrapporten för rättelse' }).waitFor();
    await assertAccessible(officer, 'officer view of a report');
    assert.deepEqual(harness.pageErrors, []);
  });
});

/** A browser of its own for another person, signed in. */
async function contextOf(harness: Harness, email: string): Promise<BrowserContext> {
  const context = await harness.browser.newContext({
    baseURL: harness.baseUrl,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  await signInContext(context, harness.baseUrl, email);
  return context;
}

/** SurveyJS hides its inputs visually behind drawn ones: use them as a keyboard user does. */
async function press(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Space');
  assert.ok(await control.isChecked());
}

async function check(page: Page, names: (string | RegExp)[]): Promise<void> {
  for (const name of names)
    await press(
      page.getByRole('checkbox', typeof name === 'string' ? { name, exact: true } : { name }),
    );
}
