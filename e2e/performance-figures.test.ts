// A municipality reports its performance figures in the portal: one value out of range is refused
// by its field (nothing stored), fixed and saved. The case officer then sees the row with source
// "portalen" in the figures table, enters another recipient's figures in the dialog, and the
// preview uses both. axe on the new pages and the dialog.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { reportedFigures } from '../src/db/schema';
import { fillFigures, setUpFiguresCall } from './fixtures';
import {
  assertAccessible,
  browserUnavailable,
  CASE_OFFICER,
  demoAccount,
  normalizeSpaces,
  signInAndOpen,
  useHarness,
} from './support';

const skip = browserUnavailable();
const NAME = 'Färre timanställningar med formulär (test)';

describe('reporting performance figures in a form', { skip }, () => {
  const clock = new Date('2026-04-10T09:00:00Z');
  const journey = useHarness({ demoData: false, signInAs: null, now: () => clock });
  let grantId: string;
  before(async () => {
    grantId = await setUpFiguresCall(journey.harness.database.db, clock, NAME);
  });

  it('is reported by the municipality, refused by field, fixed, and seen by the officer', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    const main = page.locator('#main');
    await signInAndOpen(harness, demoAccount('recipient_user'), page, '/mina-bidrag');
    const section = page.getByRole('region', {
      name: 'Intresseanmälan till prestationsbaserade bidrag',
    });
    const row = section.getByRole('row', { name: new RegExp(NAME.replace(/[()]/g, '\\$&')) });
    assert.match(normalizeSpaces(await row.innerText()), /Inte rapporterade, senast 2026-04-30/);
    await row.getByRole('link', { name: `Rapportera prestationsuppgifter ${NAME}` }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Rapportera prestationsuppgifter' })
      .waitFor();
    const group = page.getByRole('group', { name: /Mätpunkt november 2023/ });
    await group.waitFor();
    const hourlyNov = page.getByLabel('Antal timanställda, november 2023');
    assert.match(
      (await page.locator('#figure-hourly_nov_2023-hint').innerText()) ?? '',
      /Enhet: personer\. Heltal\. Tillåtet: 0 eller mer\. Obligatorisk\./,
    );
    await assertAccessible(page, 'figures form, empty');

    await fillFigures(page, ['100', '30', '1 000', '-5']);
    await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
    assert.match(
      await summary.innerText(),
      /-5 ligger utanför det tillåtna intervallet för Antal timanställda, november 2023/,
    );
    assert.match(
      await page.locator('#figure-hourly_nov_2023-error').innerText(),
      /-5 ligger utanför det tillåtna intervallet/,
    );
    assert.equal(await hourlyNov.getAttribute('aria-invalid'), 'true');
    const stored = () =>
      harness.database.db
        .select()
        .from(reportedFigures)
        .where(eq(reportedFigures.grantId, grantId));
    assert.deepEqual(await stored(), []);
    await assertAccessible(page, 'figures form with an error');

    await summary.getByRole('link').click();
    assert.equal(await hourlyNov.evaluate((el) => el === document.activeElement), true);
    await hourlyNov.fill('10');
    await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await main.getByText(/av .*anvandare@stockholm.*\(portalen\)/).waitFor();
    assert.equal(await page.locator('.error-summary').count(), 0);
    assert.equal(await hourlyNov.inputValue(), '10');
    assert.equal(
      await page.getByLabel('Antal tillsvidareanställda, november 2023').inputValue(),
      '1000',
    );
    const [saved] = await stored();
    assert.equal(saved?.source, 'portal');
    assert.deepEqual(saved?.values, {
      permanent_feb_2022: '100',
      hourly_feb_2022: '30',
      permanent_nov_2023: '1000',
      hourly_nov_2023: '10',
    });

    // The case officer: the row with its source, another recipient entered in the dialog.
    await signInAndOpen(harness, CASE_OFFICER, page, `/grants/${grantId}/performance`);
    const table = page.getByTestId('figures-table');
    const stockholm = table.getByRole('row', { name: /0180 Stockholm/ });
    assert.match(normalizeSpaces(await stockholm.innerText()), /100 30 1 000 10 portalen/);
    await page.getByTestId('figures-form-rows').waitFor();
    await assertAccessible(page, 'performance page with the figures table');

    await table.getByRole('button', { name: 'Mata in uppgifter 0114 Upplands Väsby' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uppgifter för Upplands Väsby (0114)' });
    await dialog.getByLabel('Antal timanställda, november 2023').waitFor();
    await assertAccessible(page, "the officer's figures dialog");
    await fillFigures(dialog, ['100', '50', '100', '30']);
    await dialog.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await dialog.waitFor({ state: 'detached' });
    const vasby = table.getByRole('row', { name: /0114 Upplands Väsby/ });
    await vasby.getByText('handläggarens formulär').waitFor();

    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const rows = page.locator('#performance-rows tbody tr');
    await rows.first().waitFor();
    assert.match(
      normalizeSpaces(await rows.nth(0).innerText()),
      /0114.*Inte uppfyllt.*Uppfyllt.*Får medel/,
    );
    assert.match(normalizeSpaces(await rows.nth(1).innerText()), /0180.*Uppfyllt.*Får medel/);
    assert.deepEqual(harness.pageErrors, []);
  });
});
