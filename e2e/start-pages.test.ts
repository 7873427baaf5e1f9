// Every role's start page is its task list ("Att göra"): each demo account signs in and lands on
// it with its real items from the demo data, each item's link leads to the page where the work is
// done; the recipient's start page shows every grant's next step at 375, 1280 and 1920 px; the
// header folds behind an accessible menu button on a phone; and no page reachable from a start
// page scrolls sideways at 375 px.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { apiCall, postJson } from './fixtures';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  demoAccount,
  normalizeSpaces,
  signInAndOpen,
  STOCKHOLM_SIGNATORY,
  STOCKHOLM_USER,
  useHarness,
} from './support';

const skip = browserUnavailable();
const PERFORMANCE_2023 =
  /Prestationsbaserat statsbidrag för att minska andelen timanställningar .* äldre 2023/;
const REQUISITION_2027 = /2027 \(demo: 2024 års nyckel, andra omgång\)/;

/** How far the page scrolls sideways (0: not at all). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** How many of the charts' category labels run into the label above them. */
const overlappingChartLabels = (page: Page) =>
  page.evaluate(() => {
    let overlaps = 0;
    for (const figure of document.querySelectorAll('figure.chart')) {
      const boxes = [...figure.querySelectorAll('svg text[text-anchor="end"]')].map((label) =>
        label.getBoundingClientRect(),
      );
      for (let index = 1; index < boxes.length; index++)
        if (boxes[index]!.top < boxes[index - 1]!.bottom - 1) overlaps++;
    }
    return overlaps;
  });

/** The task card that says `what` (a pattern) on the grant named by `grant`. */
function taskCard(page: Page, what: RegExp, grant: RegExp) {
  return page
    .getByTestId('task-list')
    .getByRole('listitem')
    .filter({ hasText: what })
    .filter({ hasText: grant });
}

describe('start pages: every role’s task list', { skip }, () => {
  const journey = useHarness();
  const as = (email: string, page: Page, path = '/') =>
    signInAndOpen(journey.harness, email, page, path);

  it('lands the decision maker on the drafts to decide, with a link to them', async () => {
    const { harness } = journey;
    // The case officer prepares the performance result's decisions (e2e/decisions covers how).
    const grants = await apiCall(
      z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
      harness.baseUrl,
      '/grants',
    );
    const grant = grants.items.find((g) => PERFORMANCE_2023.test(g.name));
    assert.ok(grant);
    const prepared = await apiCall(
      z.object({ created: z.number() }),
      harness.baseUrl,
      `/grants/${grant.id}/decisions/prepare`,
      postJson({ kind: 'performance' }),
    );
    assert.equal(prepared.created, 99);

    const page = await harness.newPage();
    await as(demoAccount('decision_maker'), page);
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    const card = taskCard(page, /^99 beslut att fatta/, PERFORMANCE_2023);
    await card.waitFor();
    assert.equal(await page.getByTestId('task-list').getByRole('listitem').count(), 1);
    await assertAccessible(page, 'decision maker’s task list at 1280 px');
    await card.getByRole('link', { name: 'Granska och fatta beslut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beslut' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/grants/${grant.id}/decisions`);
    await page.getByRole('button', { name: 'Fatta alla utkast (99)' }).waitFor();
    await page.close();
  });

  it('lands the case officer on late requisitions and reports, with links to them', async () => {
    const page = await journey.harness.newPage();
    await as(CASE_OFFICER, page);
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    // Nobody requisitioned the 2018 demo grant by its deadline: all 290 municipalities of its key.
    const late = taskCard(page, /^290 mottagare har inte rekvirerat/, /välfärdsteknik .* 2018/);
    assert.match(normalizeSpaces(await late.innerText()), /Senast 2018-11-01/);
    const reports = taskCard(page, /återrapporter? är sena?/, /äldre personer 2025/);
    await reports.waitFor();
    // The grants are still on the start page, after the tasks.
    await page.getByRole('heading', { level: 2, name: 'Alla statsbidrag' }).waitFor();
    await late.getByRole('link', { name: 'Påminn eller ge anstånd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekvisitioner' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/grants\/[0-9a-f-]+\/rekvisitioner$/);

    // The late reports lead to the follow-up overview, whose charts' labels do not overlap.
    await page.goBack();
    await reports.getByRole('link', { name: 'Se vilka som är sena' }).click();
    await page.getByRole('heading', { level: 1, name: 'Återrapportering' }).waitFor();
    await page.locator('figure.chart svg').first().waitFor();
    assert.equal(await overlappingChartLabels(page), 0, 'chart labels overlap');
    await page.close();
  });

  it('lands Stockholm’s signatory and user on their requisition and report, with links to them', async () => {
    const page = await journey.harness.newPage();
    await as(STOCKHOLM_SIGNATORY, page);
    await page.getByRole('heading', { level: 1, name: 'Mina bidrag' }).waitFor();
    const tasks = page.getByRole('region', { name: 'Att göra' });
    await tasks.waitFor();
    const requisition = taskCard(page, /^Rekvisition att göra/, REQUISITION_2027);
    assert.match(normalizeSpaces(await requisition.innerText()), /Senast 2027-10-31/);
    await taskCard(page, /^Återrapport att fylla i/, /äldre personer 2025/).waitFor();
    assert.equal(await tasks.getByRole('listitem').count(), 2);
    await requisition.getByRole('link', { name: 'Rekvirera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekvisition' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/mina-bidrag\/[0-9a-f-]+\/rekvisition$/);

    await as(STOCKHOLM_USER, page);
    const report = taskCard(page, /^Återrapport att fylla i/, /äldre personer 2025/);
    await report.getByRole('link', { name: 'Fyll i återrapporten' }).click();
    await page.getByRole('heading', { level: 1, name: /^Återrapport/ }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/mina-bidrag\/[0-9a-f-]+\/aterrapport$/);
    await page.close();
  });

  it('hands a saved requisition to the signatory, by name, and puts it on the signatory’s list', async () => {
    const page = await journey.harness.newPage();
    await as(STOCKHOLM_USER, page);
    await taskCard(page, /^Rekvisition att göra/, REQUISITION_2027)
      .getByRole('link', { name: 'Rekvirera' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Rekvisition' }).waitFor();
    await page.getByLabel('Belopp att rekvirera').fill('250 000 000');
    await page.getByLabel('Namn').fill('Sara Stockholm');
    await page.getByLabel('E-post').fill('sara.stockholm@stockholm.se');
    await page.getByLabel('Telefon').fill('08-508 290 00');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const handOff = page.getByTestId('hand-off');
    await handOff.waitFor();
    assert.equal(
      normalizeSpaces(await handOff.innerText()),
      'Rekvisitionen är sparad. Nu ska firmatecknaren signera den: Filip Firmatecknare.',
    );
    // The preparer's start page says the same; the signatory's has it to sign.
    await page.goto('/');
    const waiting = page.getByTestId('handed-off');
    assert.match(normalizeSpaces(await waiting.innerText()), /signera den: Filip Firmatecknare/);
    assert.equal(await taskCard(page, /^Rekvisition att/, REQUISITION_2027).count(), 0);
    await assertAccessible(page, 'recipient start page with a hand-off');
    await as(STOCKHOLM_SIGNATORY, page);
    const toSign = taskCard(page, /^Rekvisition att signera/, REQUISITION_2027);
    await toSign.getByRole('link', { name: 'Granska och signera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekvisition' }).waitFor();
    assert.equal(await page.getByTestId('hand-off').count(), 0, 'no hand-off for the signatory');
    await page.close();
  });

  it('tells the decision maker on the payouts page who builds the batch', async () => {
    const page = await journey.harness.newPage();
    await as(demoAccount('decision_maker'), page);
    await page.getByRole('heading', { level: 2, name: 'Alla statsbidrag' }).waitFor();
    await page.getByRole('link', { name: /välfärdsteknik .* 2018/ }).click();
    await page.getByRole('tablist', { name: 'Var bidraget är' }).waitFor();
    // The 2018 grant is past its requisition deadline with nothing decided: at its decisions,
    // which is the step shown.
    const current = page.locator('.lifecycle [aria-current="step"]');
    assert.equal(normalizeSpaces(await current.innerText()), 'Beslut nu');
    assert.equal(await current.getAttribute('aria-selected'), 'true');
    await page.getByRole('link', { name: 'Utbetalningar' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Utbetalningar' }).waitFor();
    await page
      .getByText('Handläggaren bygger utbetalningsomgången av de fattade besluten.', {
        exact: false,
      })
      .waitFor();
    await page.close();
  });

  it('tells the administrator and the analyst that nothing waits for them', async () => {
    const page = await journey.harness.newPage();
    for (const role of ['admin', 'analyst'] as const) {
      await as(demoAccount(role), page);
      await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
      await page.getByText('Inget väntar på dig just nu.').waitFor();
    }
    await page.close();
  });

  it('offers "Visa beslut" only on a grant whose decision is in the list (not on 2018’s)', async () => {
    const page = await journey.harness.newPage();
    await as(STOCKHOLM_USER, page, '/mina-bidrag');
    const grants = page.locator('#my-grants');
    const grant2018 = grants.getByRole('row', { name: /2018/ });
    await grant2018.waitFor();
    assert.equal(
      normalizeSpaces(await grant2018.locator('.next-action').innerText()),
      'Inget beslut än',
    );
    assert.equal(await grant2018.getByRole('link', { name: /Visa beslut/ }).count(), 0);
    const decisions = page.locator('#my-decisions-table');
    const decisionText = (await decisions.count()) > 0 ? await decisions.innerText() : '';
    const links = grants.getByRole('link', { name: /^Visa beslut/ });
    for (let index = 0; index < (await links.count()); index++) {
      const grantName = (await links.nth(index).innerText()).replace(/^Visa beslut\s*/, '').trim();
      assert.ok(decisionText.includes(grantName), `the decisions list has ${grantName}`);
    }
    await page.close();
  });

  it('folds the header behind a menu button on a phone, by keyboard too', async () => {
    const page = await journey.harness.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await as(CASE_OFFICER, page);
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    const menu = page.getByRole('button', { name: 'Meny' });
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await nav.isVisible(), false);
    const header = await page.locator('.site-header').boundingBox();
    assert.ok(header && header.height < 100, `the folded header is ${header?.height} px high`);

    await menu.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await nav.waitFor();
    await assertAccessible(page, 'start page at 375 px with the menu open');
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Meny');
    assert.equal(await nav.isVisible(), false);

    // A link in the open menu leads to its page, and the menu folds again.
    await menu.click();
    await nav.getByRole('link', { name: 'Mottagare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mottagare' }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await assertAccessible(page, 'start page at 375 px, menu folded');
    await page.close();
  });

  it('has no page reachable from a start page that scrolls sideways at 375 px', async () => {
    const page = await journey.harness.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    const wide: string[] = [];
    for (const email of [
      CASE_OFFICER,
      demoAccount('decision_maker'),
      demoAccount('admin'),
      STOCKHOLM_SIGNATORY,
    ]) {
      await as(email, page);
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => !document.querySelector('main .loading'));
      // The start page's links and the menu's, within the app (no files, no other sites).
      const paths = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('header a, main a')]
          .map((a) => new URL(a.href, location.href))
          .filter((url) => url.origin === location.origin && !url.pathname.startsWith('/api/'))
          .map((url) => url.pathname),
      );
      const unique = [...new Set(['/', ...paths])];
      assert.ok(unique.length > 3, `${email}: ${unique.join(', ')}`);
      for (const path of unique) {
        await page.goto(path);
        await page.locator('main h1').waitFor();
        await page.waitForFunction(() => !document.querySelector('main .loading'));
        const overflow = await sidewaysScroll(page);
        if (overflow > 0) wide.push(`${email} ${path}: ${overflow} px too wide`);
      }
    }
    assert.deepEqual(wide, []);
    await page.close();
  });

  it('raised no errors in the pages', () => {
    assert.deepEqual(journey.harness.pageErrors, []);
  });
});
