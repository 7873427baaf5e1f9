// A recipient registers and withdraws its organisation's expression of interest in a
// performance-based grant from its start page, until the last day to register; after it (the
// server's clock is moved) the grant is shown as closed. axe on the page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { toGrantDraft } from '../src/http/routes/grants';
import { grantInput } from '../src/http/testing';
import { systemContext } from '../src/services/context';
import { createGrant } from '../src/services/create-grant';
import { savePerformanceModel } from '../src/services/save-performance-model';
import { uploadPerformanceKey } from '../src/services/upload-performance-key';
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
    const grant = await createGrant(
      ctx,
      toGrantDraft(
        grantInput({
          name: NAME,
          grantYear: 2026,
          totalAmountKr: 1_998_500_000,
          distributionMethod: 'performance',
          requisitionDeadlineOn: null,
          repaymentDeadlineOn: null,
        }),
      ),
    );
    await savePerformanceModel(ctx, {
      grantId: grant.id,
      modelText: await readFile(
        new URL('../docs/examples/hourly-employment-2023.model.json', import.meta.url),
        'utf8',
      ),
      interestDeadlineOn: '2026-03-31',
    });
    await uploadPerformanceKey(ctx, {
      grantId: grant.id,
      filename: 'key.csv',
      bytes: Buffer.from('recipient_code,key_kr\n0180,3000000\n0114,200000\n'),
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
