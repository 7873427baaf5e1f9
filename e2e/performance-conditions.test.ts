// A case officer changes a performance model's conditions and pools in the form, without the
// expression editor (issue 13 §4): the threshold of "god nivå" from 17 % to 15 %, a new condition
// built from a figure, a comparison and a threshold, and the pools' shares; pools that do not make
// the whole total are refused next to the field; the saved model holds exactly the expressions
// and fractions the form stands for, and the condition the form cannot say stays as it was.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { PerformanceOverviewSchema } from '../src/contracts/performance';
import { apiCall, setUpFiguresCall } from './fixtures';
import { assertAccessible, browserUnavailable, normalizeSpaces, useHarness } from './support';

const skip = browserUnavailable();
const NAME = 'Färre timanställningar, villkor i formulär (test)';

describe('performance conditions and pools in a form', { skip }, () => {
  const clock = new Date('2026-04-10T09:00:00Z');
  const journey = useHarness({ now: () => clock });
  let grantId: string;
  before(async () => {
    grantId = await setUpFiguresCall(journey.harness.database.db, clock, NAME);
  });

  it('changes a threshold, adds a condition and sets the pools in the form, and saves them as the model', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    await page.goto(`/grants/${grantId}/performance`);
    const first = page.getByRole('group', { name: 'Villkor 1' });
    await first.waitFor();
    assert.equal(
      await first.getByRole('radio', { name: 'Andelen av två uppgifter' }).isChecked(),
      true,
    );
    assert.equal(
      await first
        .getByLabel('Delen (till exempel timanställda)')
        .locator('option:checked')
        .innerText(),
      'Antal timanställda, november 2023',
    );
    assert.equal(
      await first.getByLabel('Jämförelse').locator('option:checked').innerText(),
      'högst',
    );
    assert.equal(await first.getByLabel('Gräns').inputValue(), '17%');
    await first.getByLabel('Gräns').fill('15 %');
    // The second condition is more than one comparison: it stays an expression.
    const second = page.getByRole('group', { name: 'Villkor 2' });
    assert.match(await second.getByLabel('Uttryck').inputValue(), /^share\(hourly_feb_2022/);

    await page.getByRole('button', { name: 'Lägg till villkor' }).click();
    const third = page.getByRole('group', { name: 'Villkor 3' });
    await third
      .getByLabel('Villkoret i ord')
      .fill('3. Minst 50 tillsvidareanställda i november 2023');
    await third.getByRole('radio', { name: 'En uppgift' }).check();
    await third
      .getByLabel('Uppgift', { exact: true })
      .selectOption({ label: 'Antal tillsvidareanställda, november 2023' });
    await third.getByLabel('Jämförelse').selectOption({ label: 'minst' });
    await third.getByLabel('Gräns').fill('50');

    const pool1 = page.getByRole('group', { name: 'Pott 1' });
    const pool2 = page.getByRole('group', { name: 'Pott 2' });
    await pool1.getByLabel('Andel av totalen (procent)').fill('40');
    await pool2.getByLabel('Andel av totalen (procent)').fill('40');
    await pool2
      .getByRole('checkbox', { name: '3. Minst 50 tillsvidareanställda i november 2023' })
      .check();
    await page.getByRole('button', { name: 'Spara modellen' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(
      normalizeSpaces(await summary.innerText()),
      /Potterna blir tillsammans 80 % av totalen men ska bli 100 %\./,
    );
    const unchanged = await apiCall(
      PerformanceOverviewSchema,
      harness.baseUrl,
      `/grants/${grantId}/performance`,
    );
    assert.match(JSON.stringify(unchanged.model), /<= 17%/, 'nothing was saved');
    await assertAccessible(page, 'conditions form with an error');

    await pool2.getByLabel('Andel av totalen (procent)').fill('60');
    await page.getByRole('button', { name: 'Spara modellen' }).click();
    await page.getByText('Modellen är sparad.').first().waitFor();
    const overview = await apiCall(
      PerformanceOverviewSchema,
      harness.baseUrl,
      `/grants/${grantId}/performance`,
    );
    const model = overview.model as {
      conditions: { id: string; label: string; expression: string }[];
      pools: { id: string; fraction: string; conditions: string[] }[];
    };
    assert.deepEqual(
      model.conditions.map((condition) => condition.expression),
      [
        'share(hourly_nov_2023, permanent_nov_2023) <= 15%',
        'share(hourly_feb_2022, permanent_feb_2022) - share(hourly_nov_2023, permanent_nov_2023) >= (if share(hourly_nov_2023, permanent_nov_2023) <= 17% then 3pp else 5pp)',
        'permanent_nov_2023 >= 50',
      ],
    );
    const newId = model.conditions[2]?.id ?? '';
    assert.deepEqual(
      model.pools.map((pool) => [pool.fraction, pool.conditions]),
      [
        ['2/5', ['good_level']],
        ['3/5', ['clear_improvement', newId]],
      ],
    );
    // The expert's view is the same model.
    await page.getByRole('button', { name: 'Visa som JSON' }).click();
    assert.match(await page.getByLabel('Modell (JSON)').inputValue(), /"permanent_nov_2023 >= 50"/);
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});
