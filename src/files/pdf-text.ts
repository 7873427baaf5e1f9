// Test helper: the text of a PDF as pdftotext (poppler-utils) reads it, the way a person's PDF
// reader would. Used by the tests of the PDF letters and by the e2e journey. Without pdftotext the
// tests fail, here and in CI alike: a PDF test that skips would pass having checked nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfText(bytes: Uint8Array): string {
  const directory = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    writeFileSync(join(directory, 'a.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', join(directory, 'a.pdf'), '-'], {
      encoding: 'utf8',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is missing: install it with `apt-get install -y poppler-utils`', {
        cause: error,
      });
    throw error;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
