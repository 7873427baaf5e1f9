// A case officer builds the 80+ formula without JSON (issue 13 §4): a plain
// `recipient_code,befolkning_80plus` CSV of all 290 municipalities, one component taking the whole
// budget by that column, a minimum amount, the preview, and a saved draft that sums to the budget
// to the krona, each amount the minimum plus its exact share of the rest rounded by one krona at most.
// And a file with a bad cell: its line and column are shown in the form, and nothing is sent.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AllocationListSchema, AllocationSchema } from '../src/contracts/allocation';
import { GrantSchema } from '../src/contracts/grants';
import { WELFARE_TECH_TOTAL_KR, apiCall, postJson, welfareTechGrant } from './fixtures';
import { REPO_ROOT, browserUnavailable, normalizeSpaces, useHarness } from './support';

const skip = browserUnavailable();
const MINIMUM_KR = 200_000;

/** Every municipality of reference/municipalities.csv with a deterministic population 80+. */
function population80PlusFixture(): { code: string; people: number }[] {
  const lines = readFileSync(path.join(REPO_ROOT, 'reference/municipalities.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return lines.map((line) => {
    const code = line.split(',')[0] ?? '';
    return { code, people: 300 + ((Number(code) * 7919) % 24_000) };
  });
}

function csvOf(rows: { code: string; people: number | string }[]): Buffer {
  const body = rows.map((row) => `${row.code},${row.people}`).join('\n');
  return Buffer.from(`recipient_code,befolkning_80plus\n${body}\n`);
}

describe('building the 80+ formula in the form', { skip }, () => {
  const journey = useHarness();
  const fixture = population80PlusFixture();

  it('uploads a plain indicator CSV, fills the form, sees the preview and saves an allocation that sums to the budget', async () => {
    assert.equal(fixture.length, 290);
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant({ name: 'Äldreomsorg 80+' })),
    );
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}`);
    await page.getByRole('link', { name: 'Beräkna med formel' }).click();
    await page.getByRole('radio', { name: 'Beräkna med en formel' }).waitFor();

    await page.getByLabel('Fil med indikatorvärden (CSV)').setInputFiles({
      name: 'befolkning-80plus.csv',
      mimeType: 'text/csv',
      buffer: csvOf(fixture),
    });
    await page.getByTestId('formula-data-summary').waitFor();
    assert.equal(
      normalizeSpaces(await page.getByTestId('formula-data-summary').innerText()),
      'befolkning-80plus.csv: 290 mottagare. Kolumner med tal: befolkning_80plus.',
    );
    const component = page.getByRole('group', { name: 'Komponent 1' });
    await component.getByLabel('Fördela efter kolumn').selectOption('befolkning_80plus');
    await component.getByLabel('Benämning (valfri)').fill('Befolkning 80 år och äldre');
    await component.getByRole('radio', { name: 'En andel av beloppet' }).check();
    await component.getByLabel('Andel (procent)').fill('100');
    await page.getByLabel('Minibelopp per mottagare (kronor)').fill('200 000');
    assert.match(
      normalizeSpaces(await page.locator('form').innerText()),
      /avrundas nedåt till hela kronor.*Summan blir alltid exakt 350 000 000 kr/,
    );

    // The preview is computed in the browser, before anything is saved.
    const total = page.getByTestId('formula-preview-total');
    await total.waitFor();
    assert.equal(normalizeSpaces(await total.innerText()), '350 000 000 kr');
    assert.equal(
      normalizeSpaces(await page.getByTestId('formula-preview-count').innerText()),
      '290',
    );
    assert.equal(
      normalizeSpaces(await page.getByTestId('formula-preview-minimum').innerText()),
      '290',
    );
    const previewRows = await page
      .locator('.formula-preview tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText)),
      );
    assert.equal(previewRows.length, 10);
    assert.equal(await page.getByLabel('Modell (JSON)').count(), 0, 'no JSON was shown');
    const listed = await apiCall(
      AllocationListSchema,
      harness.baseUrl,
      `/grants/${grant.id}/allocations`,
    );
    assert.equal(listed.items.length, 0, 'the preview saves nothing');

    await page.getByRole('button', { name: 'Beräkna och granska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fördelning av Äldreomsorg 80+' }).waitFor();
    assert.equal(normalizeSpaces(await page.getByTestId('recipient-count').innerText()), '290');
    assert.equal(
      normalizeSpaces(await page.getByTestId('allocation-total').innerText()),
      '350 000 000 kr',
    );

    const allocationId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const allocation = await apiCall(
      AllocationSchema,
      harness.baseUrl,
      `/allocations/${allocationId}`,
    );
    assert.deepEqual(allocation.model, {
      budget_kr: WELFARE_TECH_TOTAL_KR,
      components: [
        { name: 'Befolkning 80 år och äldre', indicator: 'befolkning_80plus', fraction: '1' },
      ],
      minimum_kr: MINIMUM_KR,
    });
    const sum = allocation.rows.reduce((total, row) => total + BigInt(row.amountKr), 0n);
    assert.equal(
      sum,
      BigInt(WELFARE_TECH_TOTAL_KR),
      'the allocation sums to the budget to the krona',
    );
    // Each amount is the minimum plus its exact share of the rest, rounded by less than a krona.
    const people = new Map(fixture.map((row) => [row.code, BigInt(row.people)]));
    const weightSum = fixture.reduce((total, row) => total + BigInt(row.people), 0n);
    const rest = BigInt(WELFARE_TECH_TOTAL_KR - 290 * MINIMUM_KR);
    assert.equal(allocation.rows.length, 290);
    for (const row of allocation.rows) {
      const exact = rest * (people.get(row.recipientCode) ?? 0n);
      const down = BigInt(MINIMUM_KR) + exact / weightSum;
      const amount = BigInt(row.amountKr);
      assert.ok(
        amount === down || (amount === down + 1n && exact % weightSum !== 0n),
        `${row.recipientCode}: ${amount} is not ${down} or one krona more`,
      );
    }
    // What the preview showed is what was saved.
    const saved = new Map(allocation.rows.map((row) => [row.recipientCode, row.amountKr]));
    for (const [code = '', amount = ''] of previewRows) {
      assert.equal(
        normalizeSpaces(amount),
        `${saved.get(code)?.toLocaleString('sv-SE')} kr`.replace(/\u00a0/g, ' '),
      );
    }
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });

  it('shows the model as JSON for the expert and takes it back into the form', async () => {
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant({ name: 'Äldreomsorg 80+ som JSON' })),
    );
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}/allocate?method=formula`);
    await page.getByLabel('Fil med indikatorvärden (CSV)').setInputFiles({
      name: 'befolkning-80plus.csv',
      mimeType: 'text/csv',
      buffer: csvOf(fixture),
    });
    await page.getByTestId('formula-data-summary').waitFor();
    const component = page.getByRole('group', { name: 'Komponent 1' });
    await component.getByLabel('Andel (procent)').fill('12,5');
    // 12,5 % does not make the whole amount: said next to the field once the form is sent.
    await page.getByRole('button', { name: 'Beräkna och granska' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(
      normalizeSpaces(await summary.innerText()),
      /Komponenterna blir 43 750 000 kr men ska bli hela beloppet, 350 000 000 kr\. Det skiljer 306 250 000 kr\./,
    );
    await component.getByLabel('Andel (procent)').fill('100');
    await page.getByLabel('Minibelopp per mottagare (kronor)').fill('1000');
    await page.getByRole('button', { name: 'Visa som JSON' }).click();
    const json = page.getByLabel('Modell (JSON)');
    assert.deepEqual(JSON.parse(await json.inputValue()), {
      budget_kr: WELFARE_TECH_TOTAL_KR,
      components: [{ name: 'befolkning_80plus', indicator: 'befolkning_80plus', fraction: '1' }],
      minimum_kr: 1000,
    });
    await json.fill(
      JSON.stringify({
        budget_kr: WELFARE_TECH_TOTAL_KR,
        components: [
          { name: 'Äldre', indicator: 'befolkning_80plus', fraction: '3/4' },
          { name: 'Grund', indicator: 'befolkning_80plus', amount_kr: WELFARE_TECH_TOTAL_KR / 4 },
        ],
      }),
    );
    await page.getByRole('button', { name: 'Visa som formulär' }).click();
    assert.equal(
      await page
        .getByRole('group', { name: 'Komponent 1' })
        .getByLabel('Andel (procent)')
        .inputValue(),
      '75',
    );
    const second = page.getByRole('group', { name: 'Komponent 2' });
    assert.equal(await second.getByRole('radio', { name: 'Ett fast belopp' }).isChecked(), true);
    assert.equal(await second.getByLabel('Belopp (kronor)').inputValue(), '87500000');
    assert.equal(await page.getByLabel('Minibelopp per mottagare (kronor)').inputValue(), '');
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });

  it('names the line and column of a bad cell and sends nothing', async () => {
    const { harness } = journey;
    const grant = await apiCall(
      GrantSchema,
      harness.baseUrl,
      '/grants',
      postJson(welfareTechGrant({ name: 'Äldreomsorg 80+ med fel' })),
    );
    const page = await harness.newPage();
    await page.goto(`/grants/${grant.id}/allocate?method=formula`);
    const rows = fixture.map((row, index) => (index === 3 ? { ...row, people: '12x' } : row));
    await page.getByLabel('Fil med indikatorvärden (CSV)').setInputFiles({
      name: 'fel.csv',
      mimeType: 'text/csv',
      buffer: csvOf(rows),
    });
    await page.getByText('Filen kan inte användas i formuläret:').waitFor();
    assert.match(
      normalizeSpaces(await page.locator('.alert--error').innerText()),
      /fel\.csv, rad 5, kolumn befolkning_80plus.*"12x" är inte ett tal\./,
    );
    await page.getByRole('button', { name: 'Beräkna och granska' }).click();
    await page.locator('.error-summary').waitFor();
    assert.match(
      normalizeSpaces(await page.locator('.error-summary').innerText()),
      /Rätta filen med indikatorvärden\./,
    );
    const listed = await apiCall(
      AllocationListSchema,
      harness.baseUrl,
      `/grants/${grant.id}/allocations`,
    );
    assert.equal(listed.items.length, 0);
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});
