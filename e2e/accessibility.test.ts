// axe (WCAG 2.0/2.1 A and AA) on every page of the UI in the states a case officer sees: lists,
// the form with its errors, a grant, an allocation with an explanation open, a comparison, the
// recipients and the upload flow with a refused file. Serious and critical violations fail.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Allocation } from '../src/contracts/allocation';
import { AllocationSchema } from '../src/contracts/allocation';
import type { Grant } from '../src/contracts/grants';
import { GrantSchema } from '../src/contracts/grants';
import {
  apiCall,
  keyCsv,
  postFile,
  postJson,
  readWelfareTechKey,
  welfareTechGrant,
} from './fixtures';
import type { Harness } from './support';
import { assertAccessible, browserUnavailable, demoGrantId, startHarness } from './support';

const skip = browserUnavailable();

describe('accessibility of every page (axe, WCAG 2.1 AA)', { skip }, () => {
  let harness: Harness;
  let grant: Grant;
  let first: Allocation;
  let second: Allocation;

  before(async () => {
    harness = await startHarness();
    const key = readWelfareTechKey();
    grant = await apiCall(GrantSchema, harness.baseUrl, '/grants', postJson(welfareTechGrant()));
    first = await apiCall(
      AllocationSchema,
      harness.baseUrl,
      `/grants/${grant.id}/allocations/import`,
      postFile('file', 'nyckel-2018.csv', keyCsv(key)),
    );
    // A second key that moves money between a few municipalities, so the comparison has changes.
    const moved = key.map((row, index) =>
      index < 5
        ? { ...row, amountKr: row.amountKr + 10_000 }
        : index < 10
          ? { ...row, amountKr: row.amountKr - 10_000 }
          : row,
    );
    second = await apiCall(
      AllocationSchema,
      harness.baseUrl,
      `/grants/${grant.id}/allocations/import`,
      postFile('file', 'nyckel-2018-rev.csv', keyCsv(moved)),
    );
  });
  after(async () => {
    await harness?.close();
  });

  it('grant list', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: grant.name }).waitFor();
    await assertAccessible(page, 'grant list');
    await page.close();
  });

  it('start page with the task list, at 1280 and at 375 px with the menu folded and open', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    await page.getByTestId('task-list').waitFor();
    await assertAccessible(page, 'start page with the task list');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await page.getByTestId('task-list').waitFor();
    await assertAccessible(page, 'start page at 375 px');
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await assertAccessible(page, 'start page at 375 px with the menu open');
    await page.close();
  });

  it('grant form, empty and with errors', async () => {
    const page = await harness.newPage();
    await page.goto('/grants/new');
    await page.getByRole('heading', { level: 1, name: 'Nytt statsbidrag' }).waitFor();
    await assertAccessible(page, 'grant form');
    await page.getByRole('button', { name: 'Lägg till användningsområde' }).click();
    await page.getByRole('button', { name: 'Skapa statsbidrag' }).click();
    await page.locator('.error-summary').waitFor();
    await assertAccessible(page, 'grant form with errors');
    await page.close();
  });

  it('grant page and the copy dialog', async () => {
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}`);
    await page.getByRole('heading', { level: 1, name: grant.name }).waitFor();
    await page.getByRole('heading', { name: 'Ändringslogg' }).waitFor();
    await page.getByRole('button', { name: 'Visa ändringsloggen' }).click();
    await page.locator('.audit-log').waitFor();
    await assertAccessible(page, 'grant page');
    await page.getByRole('button', { name: 'Kopiera till ett nytt år' }).click();
    await page.getByRole('dialog', { name: 'Kopiera statsbidraget' }).waitFor();
    await assertAccessible(page, 'copy dialog');
    await page.close();
  });

  it('grant page on a phone-sized screen (tables scroll as focusable regions)', async () => {
    const page = await harness.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/grants/${grant.id}`);
    await page.getByRole('button', { name: 'Visa ändringsloggen' }).click();
    await page.locator('.audit-log').waitFor();
    const scrolling = page.getByRole('region', { name: 'Tabell: Fördelningar' });
    await scrolling.waitFor();
    assert.equal(await scrolling.getAttribute('tabindex'), '0');
    await assertAccessible(page, 'grant page, 360 px wide');
    await page.close();
  });

  it('allocation page, with an explanation open', async () => {
    const page = await harness.newPage();
    await page.goto(`/allocations/${first.id}`);
    await page.getByTestId('recipient-count').waitFor();
    await page.locator('.chart svg').first().waitFor();
    await assertAccessible(page, 'allocation page');
    await page.getByRole('button', { name: /^Förklaring för Stockholm$/ }).click();
    await page.getByRole('dialog').waitFor();
    await assertAccessible(page, 'explanation dialog');
    await page.close();
  });

  it('upload flow, with a refused file', async () => {
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}/allocate?method=formula`);
    await page.getByRole('heading', { level: 1, name: 'Ny fördelning' }).waitFor();
    await assertAccessible(page, 'formula form');
    await page.getByLabel('Fil med indikatorvärden (CSV)').setInputFiles({
      name: 'befolkning-80plus.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('recipient_code,befolkning_80plus\n0114,2051\n0180,41000\n'),
    });
    await page.getByTestId('formula-preview-total').waitFor();
    await assertAccessible(page, 'formula form with its preview');
    await page.getByRole('button', { name: 'Visa som JSON' }).click();
    await page.getByLabel('Modell (JSON)').waitFor();
    await assertAccessible(page, 'formula as JSON');
    await page.goto(`/grants/${grant.id}/allocate?method=key`);
    await page.getByLabel('Fil med fördelningsnyckeln (CSV eller XLSX)').setInputFiles({
      name: 'fel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('kommunkod,amount_kr\n0114,abc\n9999,5\n'),
    });
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();
    await page.getByRole('alert').waitFor();
    await assertAccessible(page, 'refused key');
    await page.close();
  });

  it('compare page with a comparison', async () => {
    const page = await harness.newPage();
    await page.goto('/compare');
    await page.getByLabel('Fördelning A').selectOption(first.id);
    await page.getByLabel('Fördelning B').selectOption(second.id);
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    await page.getByRole('heading', { name: 'Per mottagare' }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('a'), first.id);
    assert.equal(url.searchParams.get('b'), second.id);
    await page.locator('.chart svg').first().waitFor();
    await assertAccessible(page, 'compare page');
    await page.close();
  });

  it('recipients page', async () => {
    const page = await harness.newPage();
    await page.goto('/recipients');
    await page.getByText('311 mottagare.').waitFor();
    await assertAccessible(page, 'recipients page');
    await page.close();
  });

  it('report to the government, at 1280 and 375 px without sideways scrolling', async () => {
    const page = await harness.newPage();
    const grantId = await demoGrantId(harness.baseUrl, 2024);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/grants/${grantId}/rapport-till-regeringen`);
      await page.getByRole('heading', { level: 1, name: 'Rapport till regeringen' }).waitFor();
      await page.locator('.printed-table .chart svg').first().waitFor();
      await assertAccessible(page, `report to the government, ${width} px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${width} px: the page scrolls sideways by ${overflow} px`);
    }
    await page.close();
  });

  it('confirmation of a binding act and its receipt, at 1280 and 375 px', async () => {
    // Last: it publishes the grant (with its first allocation), which the tests above read as drafts.
    await apiCall(AllocationSchema, harness.baseUrl, `/allocations/${first.id}/publish`, {
      method: 'POST',
    });
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}`);
    await page.getByRole('button', { name: 'Publicera statsbidraget' }).click();
    await page.getByRole('dialog', { name: 'Publicera statsbidraget' }).waitFor();
    await assertAccessible(page, 'confirmation dialog, 1280 px');
    await page.setViewportSize({ width: 375, height: 800 });
    await assertAccessible(page, 'confirmation dialog, 375 px');
    await page.getByRole('button', { name: 'Bekräfta och publicera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kvittens' }).waitFor();
    await page.getByRole('link', { name: 'Ladda ner kvittensen (PDF)' }).waitFor();
    await assertAccessible(page, 'receipt page, 375 px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await assertAccessible(page, 'receipt page, 1280 px');
    await page.close();
  });

  it('raised no errors in the pages', () => {
    assert.deepEqual(harness.pageErrors, []);
  });
});
