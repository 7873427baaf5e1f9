// Errors said once, next to their field, in words; change logs in words (issue 13 §3). Stockholm's
// signatory tries to submit an empty follow-up report (the 2025 demo round) and its user saves a
// requisition the server refuses (2027 demo grant): each issue is said at its field and once in
// the error summary at the top, named by the field's label, never by a path such as
// `economic.usedKr`, with no "Antal fel" line. The requisition's history and the grant's change log
// name every field and state in Swedish, with amounts formatted.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { z } from 'zod';
import { apiCall, postJson } from './fixtures';
import type { Harness } from './support';
import {
  assertAccessible,
  browserUnavailable,
  demoGrantId,
  normalizeSpaces,
  signInContext,
  STOCKHOLM_SIGNATORY,
  STOCKHOLM_USER,
  useDemoGrantHarness,
} from './support';

const skip = browserUnavailable();

/** What a person must never read: field paths, programmers' names and English state words. */
const INTERNALS = [
  /\b[a-z]+(?:\.[a-z]+)*\.[a-z]+[A-Z]\w*/, // a dotted path: economic.usedKr, rules.secondRound
  /\b[a-z]+[A-Z][a-zA-Z]*\b/, // camelCase: deadlineOn, recipientCode
  /\b[a-z]+_[a-z_]+\b/, // snake_case: fully_used, follow_up
  /\b(?:draft|submitted|signed|published|closed|issued|approved|paid|withdrawn|declined|finished|repay|waived)\b/,
  /Antal fel/,
  /\b[Ff]ält [a-z]/,
  /\d{4,} kr\b/, // an amount without digit groups
];

function assertNoInternals(text: string, where: string): void {
  // A file name the person uploaded is theirs, whatever it looks like.
  const read = text.replace(/\S+\.(?:csv|xlsx|json|pdf)\b/g, '');
  for (const pattern of INTERNALS) {
    const found = pattern.exec(read);
    assert.equal(
      found,
      null,
      `${where}: "${found?.[0]}" in …${read.slice(Math.max(0, (found?.index ?? 0) - 80), (found?.index ?? 0) + 80)}…`,
    );
  }
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The error shown at a field (its "Fel:" prefix is for screen readers). */
async function fieldError(input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  const errorId = ids.find((id) => id.endsWith('-error'));
  assert.ok(errorId, 'the field is described by its error');
  const page = input.page();
  return normalizeSpaces(await page.locator(`[id="${errorId}"]`).innerText()).replace(/^Fel: /, '');
}

/** Opens every collapsed list of values in the change log, so its text is what a reader sees. */
async function expandHistory(page: Page, table: Locator): Promise<void> {
  for (const summary of await table.locator('details > summary').all()) await summary.click();
  await page.waitForTimeout(0);
}

describe('errors said once at their field, and change logs in words', { skip }, () => {
  // The demo round where Stockholm has not yet reported (the 2024 follow-up is concluded).
  const journey = useDemoGrantHarness(2025);
  // Looked up with the officer's session, before the tests sign others in.
  let requisitionGrantId = '';
  before(async () => {
    requisitionGrantId = await demoGrantId(journey.harness.baseUrl, 2027);
  });

  it("says a report's missing answers at their fields and once in the summary, by label", async () => {
    const { harness, grantId } = journey;
    // The officer gives the grant its follow-up form (e2e/reporting covers the designer).
    const form = await apiCall(
      z.object({ templates: z.array(z.object({ id: z.string() })) }),
      harness.baseUrl,
      `/grants/${grantId}/report-form`,
    );
    await apiCall(
      z.unknown(),
      harness.baseUrl,
      `/grants/${grantId}/report-form/template`,
      postJson({ templateId: form.templates[0]!.id }),
    );

    const context = await contextOf(harness, STOCKHOLM_SIGNATORY);
    const page = await context.newPage();
    page.on('pageerror', (error) => harness.pageErrors.push(error.message));
    await page.goto(`/mina-bidrag/${grantId}/aterrapport`);
    const used = page.getByLabel('Använt belopp (kr)');
    await used.waitFor();
    await page.getByRole('button', { name: 'Skicka in återrapporten' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
    assert.equal(await page.getByRole('dialog').count(), 0, 'nothing to confirm yet');
    const entries = (await summary.getByRole('listitem').allInnerTexts()).map(normalizeSpaces);
    assert.equal(
      entries.filter((entry) => entry === 'Använt belopp: Svar saknas.').length,
      1,
      entries.join(' | '),
    );
    // A question of the questionnaire is named by its title too, not by its name.
    assert.ok(entries.length > 1, entries.join(' | '));
    for (const entry of entries) assert.match(entry, /^[A-ZÅÄÖ].*: .+/, entry);

    // At the field: the sentence alone, the label says which field it is.
    assert.equal(await used.getAttribute('aria-invalid'), 'true');
    assert.equal(await fieldError(used), 'Svar saknas.');
    const main = normalizeSpaces(await page.locator('#main').innerText());
    assert.equal(occurrences(main, 'Använt belopp: Svar saknas.'), 1);
    assertNoInternals(main, 'report page');

    // The summary's link leads to the field.
    await summary.getByRole('link', { name: 'Använt belopp: Svar saknas.' }).click();
    assert.equal(await used.evaluate((el) => el === document.activeElement), true);
    await assertAccessible(page, 'report refused with its issues at the fields');

    // What the person corrects is no longer said to be wrong; the rest still is.
    await used.fill('1 000');
    await summary
      .getByRole('link', { name: 'Använt belopp: Svar saknas.' })
      .waitFor({ state: 'detached' });
    assert.equal(await used.getAttribute('aria-invalid'), null);
    assert.equal(await summary.getByRole('listitem').count(), entries.length - 1);

    const report = (await (
      await context.request.get(`${harness.baseUrl}/api/grants/${grantId}/reports/0180`)
    ).json()) as { state: string };
    assert.notEqual(report.state, 'submitted', 'a refused report changes nothing');
    await context.close();
    assert.deepEqual(harness.pageErrors, []);
  });

  it("says a requisition's refused amount at its field, once, and logs the change in words", async () => {
    const { harness } = journey;
    const grantId = requisitionGrantId;
    const context = await contextOf(harness, STOCKHOLM_USER);
    const page = await context.newPage();
    page.on('pageerror', (error) => harness.pageErrors.push(error.message));
    await page.goto('/mina-bidrag');
    await page
      .getByRole('row', { name: /2027 \(demo: 2024 års nyckel/ })
      .getByRole('link', { name: /^Rekvirera:/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Rekvisition' }).waitFor();
    const amount = page.getByLabel('Belopp att rekvirera');
    await amount.fill('0');
    await page.getByLabel('Namn').fill('Sara Stockholm');
    await page.getByLabel('E-post').fill('sara.stockholm@stockholm.se');
    await page.getByLabel('Telefon').fill('08-508 290 00');
    await page.getByRole('button', { name: 'Spara utkast' }).click();

    // The server refuses 0 kr: said at the amount, and once in the summary, which has the focus.
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    const sentence = await fieldError(amount);
    assert.equal(await amount.getAttribute('aria-invalid'), 'true');
    const entries = (await summary.getByRole('listitem').allInnerTexts()).map(normalizeSpaces);
    assert.deepEqual(entries, [`Belopp att rekvirera: ${sentence}`]);
    assert.equal(await page.locator('.alert--error:not(.error-summary)').count(), 0);
    const main = normalizeSpaces(await page.locator('#main').innerText());
    assert.equal(occurrences(main, sentence), 2, 'at the field and in the summary');
    assertNoInternals(main.replace(/sara\.stockholm@stockholm\.se/g, ''), 'requisition page');
    await assertAccessible(page, 'requisition refused by the server');
    const refused = (await (
      await context.request.get(`${harness.baseUrl}/api/me/grants/${grantId}/requisition`)
    ).json()) as { requisition: unknown };
    assert.equal(refused.requisition, null, 'a refused requisition stores nothing');

    // Saved, then changed: the history says what changed in words, amounts formatted.
    await amount.fill('250 000 000');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.locator('.page-heading .tag', { hasText: 'Utkast' }).waitFor();
    await amount.fill('240 000 000');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    const history = page.locator('table.audit-log');
    await history.getByText('Rekvisition ändrad').waitFor();
    await expandHistory(page, history);
    const log = normalizeSpaces(await history.innerText());
    assert.ok(
      log.includes('Rekvirerat belopp: före: 250 000 000 kr → efter: 240 000 000 kr'),
      log.slice(0, 400),
    );
    assert.ok(log.includes('Kontaktperson: Sara Stockholm'), log.slice(0, 400));
    assert.ok(log.includes('Mottagare: Stockholm (0180)'), 'the recipient by name');
    assertNoInternals(log.replace(/sara\.stockholm@stockholm\.se/g, ''), 'requisition history');
    await context.close();
    assert.deepEqual(harness.pageErrors, []);
  });

  it("names every field and state of the grant's change log in Swedish", async () => {
    const { harness, grantId } = journey;
    const page = await harness.newPage();
    await page.goto(`/grants/${grantId}`);
    // The grant page shows its change log on request (docs/decisions/0033).
    await page.getByRole('button', { name: 'Visa ändringsloggen' }).click();
    const log = page.locator('table.audit-log');
    await log.waitFor();
    await expandHistory(page, log);
    const text = normalizeSpaces(await log.innerText());
    assert.ok(text.includes('Status: före: Utkast → efter: Publicerat'), text.slice(0, 400));
    assert.ok(
      text.includes('Återbetalning: före: – → efter: Allt användes'),
      'an outcome in words',
    );
    assert.doesNotMatch(text, /system:/);
    assertNoInternals(text.replace(/\S+@\S+/g, ''), "the grant's change log");
    await assertAccessible(page, "the grant's change log");
    await page.close();
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
