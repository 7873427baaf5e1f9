// The recipients page: search and type filter over the 290 municipalities and 21 regions, and the
// CSV import of names and organisation numbers, which shows every bad cell and changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserUnavailable, normalizeSpaces, useHarness } from './support';

const skip = browserUnavailable();

describe('recipients', { skip }, () => {
  const journey = useHarness({ demoData: false });

  it('searches, filters by type, and imports organisation numbers (all issues, then a good file)', async () => {
    const { harness } = journey;
    const page = await harness.newPage();
    await page.goto('/recipients');
    await page.getByText('311 mottagare.', { exact: true }).waitFor();

    await page.getByLabel('Typ').selectOption('region');
    await page.getByText('21 mottagare.', { exact: true }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('type'), 'region');
    await page.getByLabel('Typ').selectOption('');
    await page.getByLabel('Sök på namn eller kod').fill('Kiruna');
    await page.getByText('1 mottagare.', { exact: true }).waitFor();
    assert.match(
      normalizeSpaces(await page.locator('tbody tr').first().innerText()),
      /2584 Kiruna Kommun/,
    );

    // Two bad cells: both are listed with line and column, and nothing is stored.
    const importFile = page.getByLabel('CSV-fil');
    await importFile.setInputFiles({
      name: 'orgnr.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'code,name,org_number\n2584,Kiruna,212000-2818\n9999,Ingenstans,212000-0142\n',
      ),
    });
    await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const issues = normalizeSpaces(await alert.innerText());
    assert.match(issues, /Filen godtogs inte – ingenting har sparats/);
    assert.match(issues, /rad 2, kolumn org_number/);
    assert.match(issues, /rad 3, kolumn code/);
    assert.equal(await alert.evaluate((el) => el === document.activeElement), true);

    await importFile.setInputFiles({
      name: 'orgnr.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code,name,org_number\n2584,Kiruna,212000-2817\n'),
    });
    await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
    await page.locator('main').getByText('1 mottagare uppdaterades.').waitFor();
    await page.getByRole('cell', { name: '212000-2817' }).waitFor();

    // The legal name and postal address letters are addressed with, as the import gives them.
    await importFile.setInputFiles({
      name: 'adresser.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'code,legal_name,postal_street,postal_code,postal_town\n2584,Kiruna kommun,,98185,Kiruna\n',
      ),
    });
    await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
    await page.getByRole('cell', { name: 'Kiruna kommun, 981 85 Kiruna' }).waitFor();
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});
