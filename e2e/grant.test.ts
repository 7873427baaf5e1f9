// A grant's life on its page: edit a draft (and meet a 409 when someone else saved first), read
// the change in the audit log, take the next status step with a reason, copy it to a new year.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GrantSchema } from '../src/contracts/grants';
import { apiCall, postJson, welfareTechGrant } from './fixtures';
import { assertAccessible, browserUnavailable, normalizeSpaces, useHarness } from './support';

const skip = browserUnavailable();

describe('a grant’s page', { skip }, () => {
  const journey = useHarness({ demoData: false });

  it('edits a draft, shows a conflict clearly, and logs the change as a readable diff', async () => {
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant()),
    );
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}`);
    await page.getByRole('link', { name: 'Ändra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändra statsbidrag' }).waitFor();
    await page.getByLabel('Minibelopp per mottagare').fill('50 000');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByRole('heading', { level: 1, name: grant.name }).waitFor();

    await page.getByRole('button', { name: 'Visa ändringsloggen' }).click();
    const log = page.locator('.audit-log tbody tr').first();
    await log.waitFor();
    const entry = normalizeSpaces(await log.innerText());
    assert.match(entry, /Uppgifterna ändrades/);
    assert.match(entry, /Minibelopp per mottagare: före: 0 kr → efter: 50 000 kr/);

    // Someone else saves while this person edits: the form says so and keeps their input.
    await page.getByRole('link', { name: 'Ändra' }).click();
    await page.getByLabel('Syfte').fill('Ett nytt syfte.');
    const current = await apiCall(GrantSchema, harness.baseUrl, `/grants/${grant.id}`);
    await apiCall(GrantSchema, harness.baseUrl, `/grants/${grant.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...welfareTechGrant({ appropriation: '4:6' }),
        version: current.version,
      }),
    });
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Statsbidraget har ändrats sedan du öppnade det/);
    assert.equal(await alert.evaluate((el) => el === document.activeElement), true);
    assert.equal(await page.getByLabel('Syfte').inputValue(), 'Ett nytt syfte.');
    await page.getByRole('link', { name: 'Öppna den senaste versionen' }).waitFor();
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });

  it('takes the next status step with a reason, and copies the grant to a new year', async () => {
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant({ name: 'Steg och kopia' })),
    );
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}`);
    await page.getByRole('heading', { level: 1, name: 'Steg och kopia' }).waitFor();

    // Publishing the grant needs its allocation first: the step is not offered before it can
    // succeed, and the page says what comes first.
    await page
      .getByText(
        'Statsbidraget kan publiceras när en fördelning är publicerad (under Fördelningar).',
      )
      .waitFor();
    assert.equal(await page.getByRole('button', { name: 'Publicera statsbidraget' }).count(), 0);

    // Copy to 2019: a dialog asks for the year, Escape closes it, the copy opens as a draft.
    await page.getByRole('button', { name: 'Kopiera till ett nytt år' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kopiera statsbidraget' });
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel('Bidragsår').inputValue(), '2019');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Kopiera till ett nytt år' }).click();
    await dialog.getByRole('button', { name: 'Skapa kopia' }).click();
    await page.getByRole('link', { name: 'Föregående statsbidrag' }).waitFor();
    const copyTimeline = normalizeSpaces(await page.locator('.timeline').innerText());
    assert.match(copyTimeline, /Sista dag att rekvirera 2019-11-01/);
    assert.match(
      normalizeSpaces(await page.locator('.facts').first().innerText()),
      /Bidragsår 2019/,
    );
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });

  it('navigates by its step indicator: the current step open, one step at a time, by keyboard and by address', async () => {
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant({ name: 'Steg för steg' })),
    );
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}`);
    const steps = page.getByRole('tablist', { name: 'Var bidraget är' });
    await steps.waitFor();
    const tabs = steps.getByRole('tab');
    assert.deepEqual((await tabs.allInnerTexts()).map(normalizeSpaces), [
      'Utkast nu',
      'Publicerat',
      'Rekvisition',
      'Beslut',
      'Utbetalning',
      'Återrapportering',
      'Avslutat',
    ]);
    // A draft is at its first step, which is the one shown: the facts and the allocations.
    const draft = page.getByRole('tab', { name: /^Utkast/ });
    assert.equal(await draft.getAttribute('aria-current'), 'step');
    assert.equal(await draft.getAttribute('aria-selected'), 'true');
    const panel = page.getByRole('tabpanel', { name: /^Utkast/ });
    await panel.getByRole('heading', { name: 'Uppgifter' }).waitFor();
    await panel.getByRole('link', { name: 'Ladda upp fördelningsnyckel' }).waitFor();
    // Only one step's panel at a time, and the audit log only on request.
    assert.equal(await page.getByRole('tabpanel').count(), 1);
    assert.equal(await page.locator('.audit-log').count(), 0);

    // The arrow keys move to the next step and show it; only the shown tab is in the tab order.
    await draft.focus();
    await page.keyboard.press('ArrowRight');
    const publishedTab = page.getByRole('tab', { name: /^Publicerat/ });
    // A key press renders on React's schedule: wait for it before reading the attributes.
    await page.getByRole('tab', { name: /^Publicerat/, selected: true }).waitFor();
    assert.equal(await publishedTab.evaluate((el) => el === document.activeElement), true);
    assert.equal(await publishedTab.getAttribute('aria-selected'), 'true');
    assert.equal(await publishedTab.getAttribute('tabindex'), '0');
    assert.equal(await draft.getAttribute('tabindex'), '-1');
    assert.equal(await page.getByRole('heading', { name: 'Uppgifter' }).count(), 0);
    await page.keyboard.press('End');
    const closedTab = page.getByRole('tab', { name: /^Avslutat/ });
    await page.getByRole('tab', { name: /^Avslutat/, selected: true }).waitFor();
    assert.equal(await closedTab.getAttribute('aria-selected'), 'true');
    // A step not reached says so.
    await page
      .getByRole('tabpanel', { name: /^Avslutat/ })
      .getByText('Statsbidraget har inte kommit till det här steget än.')
      .waitFor();
    assert.match(page.url(), /\?steg=avslutat$/);
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: /^Utkast/, selected: true }).waitFor();

    // The shown step is in the address: a link to it opens that step.
    await page.goto(`/grants/${grant.id}?steg=beslut`);
    const decisions = page.getByRole('tabpanel', { name: /^Beslut/ });
    await decisions.getByRole('link', { name: 'Utbetalningar' }).waitFor();
    assert.equal(
      await page.getByRole('tab', { name: /^Beslut/ }).getAttribute('aria-current'),
      null,
    );
    await assertAccessible(page, 'grant page, a step not reached');

    // The page is short: the step indicator and one step, not every section at once.
    await page.goto(`/grants/${grant.id}`);
    await panel.waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 3000, `the draft's page is ${height} px high`);
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});
