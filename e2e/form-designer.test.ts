// The form designer edits every page of a questionnaire: on the demo 2025 elderly care round (whose
// form is the one-page 2024 template) the officer saves it untouched (it round-trips unchanged, no
// new version), adds a page, moves a question to it and the page about, all by keyboard; the
// preview shows the question on page 2; the saved form has it there. axe on the designer, the
// preview and the confirmation of removing a page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { FormDefinition } from '../src/domain/reporting/form-model';
import { ReportFormSchema } from '../src/contracts/reporting';
import { apiCall } from './fixtures';
import { assertAccessible, browserUnavailable, useDemoGrantHarness } from './support';

const skip = browserUnavailable();
const NEW_PAGE = 'Resultat och effekter';
const MOVED = 'comments';

describe('the form designer’s pages', { skip }, () => {
  const journey = useDemoGrantHarness(2025);

  it('adds a page, moves a question to it, previews it on page 2 and saves it', async () => {
    const { harness, grantId } = journey;
    const readForm = () =>
      apiCall(ReportFormSchema, harness.baseUrl, `/grants/${grantId}/report-form`);
    const saved = async (page: Page) => {
      await page.getByRole('button', { name: 'Spara formuläret' }).click();
      await page.getByRole('status').filter({ hasText: 'Formuläret är sparat.' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /^Frågor/ }).waitFor();
    };
    const page = await harness.newPage();
    await page.goto(`/grants/${grantId}/aterrapportering/formular`);
    await page.getByRole('heading', { name: 'Frågor (20)' }).waitFor();

    // Saved untouched, the 2024 template round-trips: the same JSON, no new version.
    const before = await readForm();
    await saved(page);
    const untouched = await readForm();
    assert.deepEqual(untouched.definition, before.definition);
    assert.equal(untouched.form?.currentVersion, before.form?.currentVersion);
    const definition = before.definition as FormDefinition;
    assert.equal(definition.survey.pages.length, 1);
    const moved = definition.survey.pages[0]!.elements.find((e) => e.name === MOVED)!;
    assert.ok(moved.title);
    // The designer names a question by its title (its name is the form's id, for the expert).
    const movedTitle = moved.title;

    // A question moves down and up by keyboard, and its move button keeps the focus; at the top
    // its "up" button is disabled, so the focus goes to its "down" button.
    const [first, second_] = definition.survey.pages[0]!.elements.map((e) => e.title);
    assert.ok(first && second_);
    const items = page.locator('.question-list__item');
    /** Enter on the focused button; the question is then at `position`, `focus` has the focus. */
    const pressMove = async (position: number, focus: string) => {
      await page.keyboard.press('Enter');
      await items
        .nth(position)
        .getByRole('button', { name: `Redigera ${first}` })
        .waitFor();
      const button = page.getByRole('button', { name: `${focus} ${first}`, exact: true });
      assert.ok(
        await button.evaluate((el) => el === document.activeElement),
        `focus on "${focus}" with the question at ${position}`,
      );
    };
    await page.getByRole('button', { name: `Flytta ner ${first}`, exact: true }).focus();
    await pressMove(1, 'Flytta ner');
    await pressMove(2, 'Flytta ner');
    await page.keyboard.press('Shift+Tab');
    await pressMove(1, 'Flytta upp');
    await pressMove(0, 'Flytta ner');
    await items
      .nth(1)
      .getByRole('button', { name: `Redigera ${second_}` })
      .waitFor();

    // A second page, by keyboard only.
    await page.getByLabel('Rubrik för ny sida').fill(NEW_PAGE);
    await page.getByRole('button', { name: 'Lägg till sida' }).focus();
    await page.keyboard.press('Enter');
    const second = page.getByRole('region', { name: `Sida 2: ${NEW_PAGE}` });
    await second.getByText('Sidan har inga frågor ännu.').waitFor();

    // The question moves to it.
    await page
      .getByLabel(`Flytta frågan till ${movedTitle}`)
      .selectOption({ label: `Sida 2: ${NEW_PAGE}` });
    await page.getByRole('button', { name: `Flytta ${movedTitle}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await second.getByRole('button', { name: `Redigera ${movedTitle}` }).waitFor();
    await page.getByRole('heading', { name: 'Frågor (20)' }).waitFor();

    // Pages reorder a step at a time: up, and back down.
    await page.getByRole('button', { name: 'Flytta upp sidan 2' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: `Sida 1: ${NEW_PAGE}` }).waitFor();
    await page.getByRole('button', { name: 'Flytta ner sidan 1' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: `Sida 2: ${NEW_PAGE}` }).waitFor();
    await assertAccessible(page, 'form designer with two pages');

    // Removing a page with questions asks first; cancelled, nothing is removed.
    await page.getByRole('button', { name: 'Ta bort sidan 2' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort sida 2?' });
    await confirm.getByText('Sidans frågor (1) tas bort med den.', { exact: false }).waitFor();
    await assertAccessible(page, 'remove page confirmation');
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await second.getByRole('button', { name: `Redigera ${movedTitle}` }).waitFor();

    // The preview pages through the questionnaire: the moved question is on page 2.
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('group', { name: /Yrkeskategorier som har finansierats/ }).waitFor();
    const movedQuestion = page.getByText(moved.title!, { exact: true });
    await page
      .getByText(/Kommunens bedömning av i vilken utsträckning/)
      .first()
      .waitFor();
    assert.equal(await movedQuestion.count(), 0);
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByText(NEW_PAGE, { exact: true }).waitFor();
    await movedQuestion.waitFor();
    await assertAccessible(page, 'preview of page 2');

    // Saved: the form has the question on its second page.
    await saved(page);
    const after = await readForm();
    const pages = (after.definition as FormDefinition).survey.pages;
    assert.deepEqual(
      pages.map((p) => [p.title, p.elements.length]),
      [
        [definition.survey.pages[0]!.title, 19],
        [NEW_PAGE, 1],
      ],
    );
    assert.equal(pages[1]!.elements[0]!.name, MOVED);
    assert.deepEqual(harness.pageErrors, []);
    await page.close();
  });
});
