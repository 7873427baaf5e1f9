// A recipient registers and withdraws its organisation's expression of interest in a
// performance-based grant from its start page, until the last day to register; after it (the
// server's clock is moved) the grant is shown as closed. axe on the page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setUpPerformanceCall } from '../src/http/testing';
import { systemContext } from '../src/services/common/context';
import type { Harness } from './support';
import {
  assertAccessible,
  browserUnavailable,
  demoAccount,
  normalizeSpaces,
  signInContext,
  startHarness,
} from './support';

const skip = browserUnavailable();
const NAME = 'Prestationsbaserat bidrag med intresseanmälan (test)';

describe('an expression of interest', { skip }, () => {
  let harness: Harness;
  let clock = new Date('2026-03-02T09:00:00Z');
  before(async () => {
    harness = await startHarness({ signInAs: null, now: () => clock });
    const ctx = systemContext(harness.database.db, 'system:e2e', () => clock);
    await setUpPerformanceCall(ctx, {
      name: NAME,
      grantYear: 2026,
      totalAmountKr: 1_998_500_000,
      key: { '0180': 3_000_000, '0114': 200_000 },
      interestDeadlineOn: '2026-03-31',
    });
  });
  after(async () => {
    await harness?.close();
  });

  it('is registered and withdrawn by the recipient until the last day', async () => {
    await signInContext(harness.context, harness.baseUrl, demoAccount('recipient_user'));
    const page = await harness.newPage();
    const main = page.locator('#main');
    await page.goto('/mina-bidrag');
    const section = page.getByRole('region', {
      name: 'Intresseanmälan till prestationsbaserade bidrag',
    });
    const row = section.getByRole('row', { name: new RegExp(NAME.replace(/[()]/g, '\\$&')) });
    assert.match(normalizeSpaces(await row.innerText()), /2026-03-31 Inte anmält/);
    await assertAccessible(page, 'start page with a grant open for interest');

    await row.getByRole('button', { name: `Anmäl intresse ${NAME}` }).click();
    await main.getByText(`Intresseanmälan till ${NAME} är registrerad.`).waitFor();
    await row.getByText(/Intresse anmält/).waitFor();
    await assertAccessible(page, 'interest registered');

    await row.getByRole('button', { name: `Återkalla intresseanmälan ${NAME}` }).click();
    await main.getByText(`Intresseanmälan till ${NAME} är återkallad.`).waitFor();
    await row.getByText('Inte anmält').waitFor();
    await row.getByRole('button', { name: `Anmäl intresse ${NAME}` }).click();
    await row.getByText(/Intresse anmält/).waitFor();

    // After the last day (00:00 on 2026-04-01 in Stockholm) the grant is closed for interest.
    clock = new Date('2026-03-31T22:00:00Z');
    await harness.context.clearCookies();
    await signInContext(harness.context, harness.baseUrl, demoAccount('recipient_user'));
    await page.reload();
    await row.getByText(/Stängd/).waitFor();
    assert.match(normalizeSpaces(await row.innerText()), /Intresse anmält/);
    assert.equal(await row.getByRole('button').count(), 0);
    assert.deepEqual(harness.pageErrors, []);
  });
});
