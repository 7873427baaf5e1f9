import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePerformanceModelText } from '../../domain/performance/model';
import { readFigureTable, readKeyTable } from '../../domain/performance/read-tables';
import { sha256Hex } from '../../files/checksum';
import { readTable } from '../../files/read-table';
import { runPerformanceCalculation } from '../../services/performance/run-performance-calculation';
import { referenceRecipientNames } from '../../services/recipients/recipient-register';
import { ROOT, runCliSync } from '../testing';

const statsbidrag = (...args: string[]) => runCliSync(['performance', ...args]);

function publishedAmounts(reference: string): Map<string, bigint> {
  const [, ...lines] = readFileSync(join(ROOT, reference), 'utf8').trim().split('\n');
  return new Map(
    lines.map((line) => {
      const cells = line.split(',');
      return [cells[0] ?? '', BigInt(cells[cells.length - 1] ?? '')];
    }),
  );
}

function resultRows(csv: string): Record<string, string>[] {
  const [header = '', ...lines] = csv.trim().split('\n');
  const headers = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
  });
}

const examples = 'docs/examples';

/** What the API stores for the same files: its result CSV and checksum (the service, no CLI). */
async function serviceCalculation(grant: string) {
  const readExampleTable = async (name: string) => {
    const read = await readTable(readFileSync(join(ROOT, examples, name)), name);
    assert.ok(read.ok, JSON.stringify(!read.ok && read.issues));
    return read.table;
  };
  const model = parsePerformanceModelText(
    readFileSync(join(ROOT, examples, `${grant}.model.json`), 'utf8'),
  );
  assert.ok(model.ok);
  const key = readKeyTable(await readExampleTable('good-care-key-2023.csv'));
  assert.ok(key.ok);
  const figures = readFigureTable(
    await readExampleTable(`${grant}.figures.csv`),
    model.model,
    new Set(key.entries.map((entry) => entry.recipientCode)),
  );
  assert.ok(figures.ok);
  return runPerformanceCalculation(
    model.model,
    key.entries,
    figures.rows,
    new Set(figures.rows.map((row) => row.recipientCode)),
    await referenceRecipientNames(),
  );
}

describe('statsbidrag performance', () => {
  for (const [grant, reference, totalKr, qualified] of [
    ['hourly-employment-2023', 'reference/hourly_employment_2023_performance.csv', 1998500000n, 99],
    ['nurse-staffing-2023', 'reference/nurse_staffing_2023_performance.csv', 998500000n, 232],
  ] as const) {
    it(`reproduces ${grant} from the docs/examples files, each amount within 6 kr`, () => {
      const run = statsbidrag(
        '--model',
        `${examples}/${grant}.model.json`,
        '--key',
        `${examples}/good-care-key-2023.csv`,
        '--data',
        `${examples}/${grant}.figures.csv`,
      );
      assert.equal(run.status, 0, run.stderr);
      const rows = resultRows(run.stdout);
      assert.equal(rows.length, 290);
      assert.equal(
        rows.reduce((total, row) => total + BigInt(row.amount_kr ?? ''), 0n),
        totalKr,
      );
      assert.equal(rows.filter((row) => row.status === 'qualified').length, qualified);
      for (const [code, publishedKr] of publishedAmounts(reference)) {
        const row = rows.find((r) => r.recipient_code === code);
        const difference = BigInt(row?.amount_kr ?? '0') - publishedKr;
        assert.ok(difference <= 6n && difference >= -6n, `${code}: ${difference} kr`);
      }
    });
  }

  // The sha256 of the docs/examples results as published: a change here changes every checksum
  // anyone recomputed with an earlier version.
  for (const [grant, checksum] of [
    ['hourly-employment-2023', 'f370f510dcc8a3779b773629c7b7464f36fc321a2ab2c9cb7a2d2c6f803836a9'],
    ['nurse-staffing-2023', '3e13d26bf5ef5c60fe0410bdf901446dab5543e2952de54a451eccbaae08990e'],
  ] as const) {
    it(`prints byte for byte the result CSV whose sha256 the API stores as the checksum (${grant})`, async () => {
      const run = statsbidrag(
        '--model',
        `${examples}/${grant}.model.json`,
        '--key',
        `${examples}/good-care-key-2023.csv`,
        '--data',
        `${examples}/${grant}.figures.csv`,
      );
      assert.equal(run.status, 0, run.stderr);
      const stored = await serviceCalculation(grant);
      assert.equal(run.stdout, stored.resultCsv);
      assert.equal(sha256Hex(run.stdout), stored.checksum);
      assert.equal(stored.checksum, checksum);
    });
  }

  it('writes the result table with verdicts and pool parts', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'performance-')), 'result.csv');
    const run = statsbidrag(
      '--model',
      `${examples}/hourly-employment-2023.model.json`,
      '--key',
      `${examples}/good-care-key-2023.csv`,
      '--data',
      `${examples}/hourly-employment-2023.figures.csv`,
      '--out',
      out,
    );
    assert.equal(run.status, 0, run.stderr);
    const text = readFileSync(out, 'utf8');
    assert.ok(
      text.startsWith(
        'recipient_code,name,amount_kr,condition_good_level,condition_clear_improvement,pool_good_level_kr,pool_clear_improvement_kr,status\n',
      ),
    );
    const stockholm = resultRows(text).find((row) => row.recipient_code === '0180');
    assert.deepEqual(
      stockholm && [stockholm.name, stockholm.condition_good_level, stockholm.status],
      ['Stockholm', 'false', 'qualified'],
    );
  });

  it('explains every amount with --format json', () => {
    const run = statsbidrag(
      '--model',
      `${examples}/nurse-staffing-2023.model.json`,
      '--key',
      `${examples}/good-care-key-2023.csv`,
      '--data',
      `${examples}/nurse-staffing-2023.figures.csv`,
      '--format',
      'json',
    );
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout) as {
      recipients: { recipientCode: string; explanation: string; conditions: unknown[] }[];
    };
    const vasby = json.recipients.find((r) => r.recipientCode === '0114');
    assert.match(
      vasby?.explanation ?? '',
      /^Met nurse_staffing\. .*Pool any_condition \(998500000 kr, 232 qualifiers\): key 14962097 kr of 3301149844 kr = share 14962097\/3301149844/,
    );
    assert.equal(vasby?.conditions.length, 3);
  });

  it('exits 1 with file:line:column: message for every bad cell', () => {
    const directory = mkdtempSync(join(tmpdir(), 'performance-'));
    const data = join(directory, 'figures.csv');
    writeFileSync(
      data,
      'recipient_code,permanent_feb_2022,hourly_feb_2022,permanent_nov_2023,hourly_nov_2023\n' +
        '0114,100,20,100,x\n0114,100,20,100,10\n9999,1.5,1,1,1\n',
    );
    const run = statsbidrag(
      '--model',
      `${examples}/hourly-employment-2023.model.json`,
      '--key',
      `${examples}/good-care-key-2023.csv`,
      '--data',
      data,
      '--lang',
      'en',
    );
    assert.equal(run.status, 1);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      `${data}:3:1: Column recipient_code: The recipient 0114 also appears on line 2.`,
      `${data}:2:5: Column hourly_nov_2023: "x" is not a number.`,
      `${data}:4:1: Column recipient_code: The recipient 9999 is not in the allocation key.`,
      `${data}:4:2: Column permanent_feb_2022: "1.5" is not a whole number; permanent_feb_2022 must be one.`,
    ]);
  });

  it('exits 1 and points into the model for an expression error', () => {
    const directory = mkdtempSync(join(tmpdir(), 'performance-'));
    const modelPath = join(directory, 'model.json');
    const model = JSON.parse(
      readFileSync(join(ROOT, examples, 'hourly-employment-2023.model.json'), 'utf8'),
    ) as {
      conditions: { expression: string }[];
    };
    const first = model.conditions[0];
    assert.ok(first);
    first.expression = 'share(hourly_nov_2023, permanent_nov_2023) <= 17 procent';
    writeFileSync(modelPath, JSON.stringify(model));
    const run = statsbidrag(
      '--model',
      modelPath,
      '--key',
      'x.csv',
      '--data',
      'y.csv',
      '--lang',
      'en',
    );
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr.trim(),
      `${modelPath}: Field conditions[0].expression: Character 50: unknown unit "procent" after the number; write % for per cent or pp for percentage points.`,
    );
  });

  it('exits 2 on a usage error and documents itself with an example', () => {
    assert.equal(statsbidrag('--model', 'm.json').status, 2);
    const help = statsbidrag('--help');
    assert.equal(help.status, 0);
    assert.match(
      help.stdout,
      /\$ statsbidrag performance --model docs\/examples\/hourly-employment-2023\.model\.json/,
    );
  });
});
