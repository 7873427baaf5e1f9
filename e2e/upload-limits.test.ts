// A key with hundreds of bad rows (ADR 0022): the page lists the first 100 issues, counts all of
// them and says that only the first are shown; nothing is stored.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AllocationListSchema } from '../src/contracts/allocation';
import { GrantSchema } from '../src/contracts/grants';
import { apiCall, postJson, welfareTechGrant } from './fixtures';
import { browserUnavailable, normalizeSpaces, useHarness } from './support';

const skip = browserUnavailable();

describe('a key with more issues than a page lists', { skip }, () => {
  const journey = useHarness();

  it('lists the first 100 issues, counts them all and says only the first are shown', async () => {
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant({ name: 'Nyckel med många fel' })),
    );
    const file = path.join(harness.downloads, 'okanda-koder.csv');
    const rows = Array.from({ length: 250 }, (_, index) => `X${index},Okänd ${index},1000`);
    await writeFile(file, `kommunkod,name,amount_kr\n${rows.join('\n')}\n`, 'utf8');

    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}/allocate?method=key`);
    await page.getByLabel('Fil med fördelningsnyckeln (CSV eller XLSX)').setInputFiles(file);
    await page.getByRole('button', { name: 'Ladda upp och granska' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = normalizeSpaces(await alert.innerText());
    const count = /(\d+) fel hittades\. De 100 första visas; rätta dem och försök igen\./.exec(
      text,
    );
    assert.ok(count, text.slice(0, 400));
    assert.ok(Number(count[1]) >= 250, count[1]);
    assert.equal(await alert.locator('.issue-list li').count(), 100);
    assert.match(text, /rad 2, kolumn kommunkod/i);
    assert.doesNotMatch(text, /rad 102,/);

    const stored = await apiCall(
      AllocationListSchema,
      harness.baseUrl,
      `/grants/${grant.id}/allocations`,
    );
    assert.deepEqual(stored.items, [], 'a refused key stores no allocation');
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});
