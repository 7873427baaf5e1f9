// Helpers of the e2e journeys for binding acts (docs/decisions/0025): open the confirmation, read
// its consequence, cancel it or confirm it, and read the receipt page and its PDF back.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { pdfText } from '../src/files/pdf-text';
import { DEMO_PASSWORD } from '../src/services/demo/load-demo-accounts';
import { normalizeSpaces } from './support';

/** Opens the act's confirmation; answers the dialog and its consequence text. */
export async function openConfirmation(
  page: Page,
  opener: Locator,
): Promise<{ dialog: Locator; consequence: string }> {
  await opener.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return { dialog, consequence: normalizeSpaces(await dialog.innerText()) };
}

/** Escape closes the confirmation, and nothing has been done. */
export async function cancelWithEscape(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

export interface ReadReceipt {
  reference: string;
  /** The receipt page's main text, spaces normalised. */
  text: string;
  /** The receipt PDF's text as pdftotext reads it, spaces normalised. */
  pdf: string;
}

/**
 * Confirms (ticking the declaration when given), waits for the receipt page with its heading
 * focused, and downloads the receipt PDF.
 */
export async function confirmAndReadReceipt(
  page: Page,
  dialog: Locator,
  confirm: string | RegExp,
  declaration?: string,
): Promise<ReadReceipt> {
  if (declaration !== undefined) await dialog.getByLabel(declaration).check();
  // A signatory's act without an identity provider: the password again is the step-up
  // (docs/decisions/0032); the demo accounts share one.
  const password = dialog.getByLabel('Ditt lösenord');
  if ((await password.count()) > 0) await password.fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: confirm }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Kvittens' });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const main = page.locator('#main');
  await main.getByText('Klart.').waitFor();
  const text = normalizeSpaces(await main.innerText());
  const reference = /KV-\d+-\d/.exec(text)?.[0];
  assert.ok(reference, text);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner kvittensen (PDF)' }).click(),
  ]);
  const pdf = normalizeSpaces(pdfText(await readFile(await download.path())));
  assert.ok(pdf.includes(reference), pdf);
  assert.match(pdf, /Kvittens/);
  return { reference, text, pdf };
}
