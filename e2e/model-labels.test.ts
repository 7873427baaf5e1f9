// Labels instead of internals (issue 13 §3): on the demo data, the case officer reads the 2023
// hourly employment grant's published result and a municipality's explanation, and the 2018
// key's allocation with a recipient's explanation. What they see are the model's labels and
// formatted values ("27,6 % (gräns: högst 17 %): inte uppfyllt", "Antal timanställda, november
// 2023: 2 167"); the expressions, figure names and fractions appear only after "Visa formel".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AllocationListSchema } from '../src/contracts/allocation';
import { GrantListSchema } from '../src/contracts/grants';
import { PerformanceOverviewSchema, PerformanceResultSchema } from '../src/contracts/performance';
import { apiCall } from './fixtures';
import { assertAccessible, browserUnavailable, normalizeSpaces, useHarness } from './support';

const skip = browserUnavailable();

/** What must not reach people: the model's identifiers, expressions and unformatted numbers. */
const INTERNALS =
  /share\(|hourly_|permanent_|good_level|clear_improvement|_nov_|_feb_|imported key|amount_kr|\d,0{6}\b|≈|\b\d+\/\d+\b/;

describe('model labels in explanations', { skip }, () => {
  const journey = useHarness();

  it('shows a performance explanation in labels and words, the formula only on request', async () => {
    const { harness } = journey;
    const grants = await apiCall(GrantListSchema, harness.baseUrl, '/grants');
    const grant = grants.items.find(
      (g) => g.grantYear === 2023 && g.distributionMethod === 'performance',
    );
    assert.ok(grant, 'the demo has the 2023 hourly employment grant');
    const overview = await apiCall(
      PerformanceOverviewSchema,
      harness.baseUrl,
      `/grants/${grant.id}/performance`,
    );
    const published = overview.results.find((r) => r.status === 'published');
    assert.ok(published, 'the demo result is published');
    const result = await apiCall(
      PerformanceResultSchema,
      harness.baseUrl,
      `/performance-results/${published.id}`,
    );
    // A municipality above the 17 % limit in November 2023, with its figures as reported.
    const recipient = result.recipients.find(
      (r) =>
        r.conditions[0]?.met === false &&
        r.conditions[0].unknown === undefined &&
        Number(r.figures.hourly_nov_2023) >= 1000,
    );
    assert.ok(recipient, 'some municipality misses the good level');
    const hourly = Number(recipient.figures.hourly_nov_2023);
    const permanent = Number(recipient.figures.permanent_nov_2023);
    // The oracle, independent of the app's formatting: one decimal more than "17 %".
    const percent = ((hourly / (hourly + permanent)) * 100).toFixed(1).replace('.', ',');
    const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

    const page = await harness.newPage();
    await page.goto(`/performance-results/${published.id}`);
    const table = page.locator('#performance-rows');
    await table.locator('tbody tr').first().waitFor();
    const headers = normalizeSpaces(await table.locator('thead').innerText());
    assert.match(headers, /1\. God nivå/);
    assert.match(headers, /2\. Tydlig förbättring/);
    assert.doesNotMatch(headers, INTERNALS);

    await page.getByLabel('Sök mottagare').fill(recipient.recipientCode);
    await page
      .getByRole('button', { name: `Förklara beloppet för ${recipient.recipientName}` })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const goodLevel = dialog.getByTestId('condition-explanation').first();
    const text = normalizeSpaces(await goodLevel.innerText());
    assert.match(text, /1\. God nivå: 17 procent eller lägre andel timanställda/);
    assert.ok(
      text.includes(`Antal timanställda, november 2023 ${grouped(hourly)}`),
      `the figure by its label, grouped: ${text}`,
    );
    assert.ok(
      text.includes(`Antal tillsvidareanställda, november 2023 ${grouped(permanent)}`),
      text,
    );
    assert.ok(
      text.includes(`Bedömning: ${percent} % (gräns: högst 17 %): inte uppfyllt`),
      `the verdict in words: ${text}`,
    );
    assert.doesNotMatch(normalizeSpaces(await dialog.innerText()), INTERNALS);
    const formula = goodLevel
      .getByText('share(hourly_nov_2023, permanent_nov_2023) <= 17%', { exact: true })
      .first();
    assert.equal(await formula.isVisible(), false, 'the expression is closed away');
    await assertAccessible(page, 'labelled performance explanation');

    await goodLevel.getByText('Visa formel').click();
    await formula.waitFor();
    const formulaText = normalizeSpaces(await goodLevel.innerText());
    assert.match(formulaText, /hourly_nov_2023/);
    // Even for the expert a count is a count: "2 167", never "2 167,000000".
    assert.ok(formulaText.includes(`hourly_nov_2023 ${grouped(hourly)}`), formulaText);
    assert.doesNotMatch(formulaText, /\d,0{6}\b/);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('shows the allocation table and an explanation with labels, fractions only on request', async () => {
    const { harness } = journey;
    const grants = await apiCall(GrantListSchema, harness.baseUrl, '/grants');
    const grant = grants.items.find((g) => g.grantYear === 2018 && g.publishedAllocationId);
    assert.ok(grant?.publishedAllocationId, 'the demo has the published 2018 key');

    const page = await harness.newPage();
    await page.goto(`/allocations/${grant.publishedAllocationId}`);
    const components = page.getByRole('table', { name: 'Komponenter i modellen' });
    await components.waitFor();
    const componentText = normalizeSpaces(await components.innerText());
    assert.match(componentText, /Fördelningsnyckel Belopp enligt nyckeln/);
    assert.doesNotMatch(componentText, INTERNALS);

    await page.getByLabel('Sök på namn eller kod').fill('Upplands Väsby');
    await page.getByRole('button', { name: 'Förklaring för Upplands Väsby' }).click();
    const dialog = page.getByRole('dialog', { name: 'Förklaring för Upplands Väsby (0114)' });
    await dialog.waitFor();
    const explanation = normalizeSpaces(await dialog.innerText());
    assert.match(explanation, /en andel på 0,3743 %/);
    assert.doesNotMatch(explanation, INTERNALS);
    await dialog.getByText('Visa formel').click();
    assert.match(normalizeSpaces(await dialog.innerText()), /Exakt belopp \(bråk\) \d+/);
    await page.keyboard.press('Escape');

    // The allocations to compare are named by what they are and when, not by their files.
    const allocations = await apiCall(
      AllocationListSchema,
      harness.baseUrl,
      `/grants/${grant.id}/allocations`,
    );
    await page.goto('/compare');
    const choose = page.getByLabel('Fördelning A');
    await choose.locator('option').nth(1).waitFor({ state: 'attached' });
    const options = await choose.locator('option').allInnerTexts();
    const published = options.filter((option) => /Regeringens fördelningsnyckel, /.test(option));
    assert.ok(published.length >= allocations.items.length, options.join(' | '));
    for (const allocation of allocations.items)
      assert.ok(
        options.every(
          (option) => !allocation.sourceFilename || !option.includes(allocation.sourceFilename),
        ),
        `no option shows the file ${allocation.sourceFilename}`,
      );
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});
