// Every date the product shows is a Stockholm calendar day from domain/dates. A UTC date cut from
// an ISO string, or a page's own "today", is a day off for the hour or two around midnight.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const OWN_DATE_OF_DAY = [
  /toISOString\(\)\s*\.\s*(slice|substring|substr)\(\s*0\s*,\s*10\s*\)/,
  /toISOString\(\)\s*\.\s*split\(\s*'T'\s*\)/,
  /toLocaleDateString\(/,
  /\bconst today\s*=\s*\(\)/,
];

it('takes every shown date in letters, exports and the web from domain/dates (Europe/Stockholm)', () => {
  const offenders: string[] = [];
  for (const folder of ['services', 'web', 'http']) {
    for (const file of sourceFiles(path.join(SRC, folder))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (OWN_DATE_OF_DAY.some((pattern) => pattern.test(line)))
            offenders.push(`${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`);
        });
    }
  }
  assert.deepEqual(offenders, []);
});
