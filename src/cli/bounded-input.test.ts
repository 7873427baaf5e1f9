// The CLI on hostile input (ADR 0022): a long file is refused with one line, not a stack trace;
// a long list of issues is cut at 100 lines and says how many more there were.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './testing';

const MODEL = join(ROOT, 'docs/examples/welfare-tech-2018.model.json');

async function dataFile(content: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'statsbidrag-bounded-'));
  const path = join(directory, 'data.csv');
  await writeFile(path, content);
  return path;
}

describe('statsbidrag allocate: bounded input', () => {
  it('refuses 200 000 duplicate rows with exit code 1 and one line, not a stack trace', async () => {
    const data = await dataFile('recipient_code,amount_kr\n' + '0114,1310223\n'.repeat(200_000));
    const result = await runCli(['allocate', '--model', MODEL, '--data', data]);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      `${data}: Filen har fler än 50\u00a0000 rader, mer än en tabell här får ha. Dela upp den eller ta bort rader som inte hör dit.\n`,
    );
  });

  it('writes the first 100 issues and then how many more there were, in the chosen language', async () => {
    const rows = Array.from({ length: 1_000 }, (_, index) => `X${index},1`).join('\n');
    const data = await dataFile(`recipient_code,amount_kr\n${rows}\n`);
    const result = await runCli(['allocate', '--model', MODEL, '--data', data, '--lang', 'en']);
    assert.equal(result.code, 1, result.stderr);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 101);
    assert.match(lines[0] ?? '', new RegExp(`^${data}:2:1: `));
    assert.match(lines[99] ?? '', new RegExp(`^${data}:101:1: `));
    const more =
      /^… and ([\d,]+) more issues, not shown\. Correct the ones above and try again\.$/.exec(
        lines[100] ?? '',
      );
    assert.ok(more, lines[100]);
    assert.ok(Number(more[1]?.replace(/,/g, '')) >= 900, more[1]);
  });
});
