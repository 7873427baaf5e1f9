// The CLI as a user runs it: spawned through bin/statsbidrag.js, checked by exit code and output.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, runCli } from './testing';

const EXAMPLES = join(ROOT, 'docs/examples');
const run = (args: string[]) => runCli(args);

async function scratch(files: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'statsbidrag-cli-'));
  for (const [name, content] of Object.entries(files))
    await writeFile(join(directory, name), content);
  return directory;
}

const examples: { name: string; extra: string[] }[] = [
  {
    name: 'stockholm-2025',
    extra: ['--recipients', join(EXAMPLES, 'stockholm-2025.recipients.csv')],
  },
  { name: 'welfare-tech-2018', extra: [] },
  { name: 'specialist-nurse-minimum-2023', extra: [] },
];

describe('statsbidrag allocate: the committed examples', () => {
  for (const { name, extra } of examples) {
    it(`reproduces docs/examples/${name}.expected.csv byte for byte`, async () => {
      const result = await run([
        'allocate',
        '--model',
        join(EXAMPLES, `${name}.model.json`),
        '--data',
        join(EXAMPLES, `${name}.data.csv`),
        ...extra,
      ]);
      assert.equal(result.stderr, '');
      assert.equal(result.code, 0);
      assert.equal(result.stdout, await readFile(join(EXAMPLES, `${name}.expected.csv`), 'utf8'));
    });
  }

  it('reproduces the 2018 annex amounts and their sum of 350 000 000', async () => {
    const expected = await readFile(join(EXAMPLES, 'welfare-tech-2018.expected.csv'), 'utf8');
    const annex = await readFile(join(ROOT, 'reference/welfare_tech_2018_allocation.csv'), 'utf8');
    const amounts = (csv: string, column: number) =>
      csv
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[column]);
    assert.deepEqual(amounts(expected, 2), amounts(annex, 2));
    assert.equal(
      amounts(expected, 2).reduce((sum, amount) => sum + BigInt(amount ?? '0'), 0n),
      350_000_000n,
    );
  });

  it('writes the same table as XLSX with --out', async () => {
    const directory = await scratch({});
    const out = join(directory, 'result.xlsx');
    const result = await run([
      'allocate',
      '--model',
      join(EXAMPLES, 'welfare-tech-2018.model.json'),
      '--data',
      join(EXAMPLES, 'welfare-tech-2018.data.csv'),
      '--out',
      out,
    ]);
    assert.equal(result.code, 0, result.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    assert.equal(sheet?.getCell('C2').value, 1_310_223);
    assert.deepEqual(sheet?.getCell('C292').value, {
      formula: 'SUM(C2:C291)',
      result: 350_000_000,
    });
  });
});

describe('statsbidrag allocate: bad input', () => {
  const model = JSON.stringify({
    budget_kr: 1000,
    components: [{ name: 'population', indicator: 'population' }],
    cap_column: 'requested_kr',
  });

  it('exits 1 naming file, line and column for an unknown recipient and a bad number', async () => {
    const directory = await scratch({
      'model.json': model,
      'data.csv':
        'recipient_code,population,requested_kr\n0114,100,\n9999,50,\n0115,12x,\n0117,1,10.5\n',
    });
    const result = await run([
      'allocate',
      '--model',
      join(directory, 'model.json'),
      '--data',
      join(directory, 'data.csv'),
    ]);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    const data = join(directory, 'data.csv');
    assert.deepEqual(result.stderr.trimEnd().split('\n'), [
      `${data}:3:1: Kolumn recipient_code: Mottagaren "9999" finns inte i mottagarregistret.`,
      `${data}:4:2: Kolumn population: "12x" är inte ett tal.`,
      `${data}:5:3: Kolumn requested_kr: "10.5" är inte ett heltal i kronor.`,
    ]);
  });

  it('exits 1 naming a missing column, in English with --lang en', async () => {
    const directory = await scratch({
      'model.json': model,
      'data.csv': 'recipient_code,population\n0114,1\n',
    });
    const result = await run([
      'allocate',
      '--model',
      join(directory, 'model.json'),
      '--data',
      join(directory, 'data.csv'),
      '--lang',
      'en',
    ]);
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `${join(directory, 'data.csv')}: The column "requested_kr" is missing.\n`,
    );
  });

  it('exits 1 naming the JSON path of a bad model', async () => {
    const directory = await scratch({
      'model.json': JSON.stringify({
        budget_kr: 10.5,
        components: [{ name: 'p', indicator: 'p', fraction: '2' }],
      }),
      'data.csv': 'recipient_code,p\n0114,1\n',
    });
    const result = await run([
      'allocate',
      '--model',
      join(directory, 'model.json'),
      '--data',
      join(directory, 'data.csv'),
    ]);
    assert.equal(result.code, 1);
    assert.deepEqual(result.stderr.trimEnd().split('\n'), [
      `${join(directory, 'model.json')}: Fält budget_kr: Beloppet måste vara ett heltal i kronor (högst 9 007 199 254 740 991).`,
      `${join(directory, 'model.json')}: Fält components[0].fraction: "2" är inte en andel mellan 0 och 1 (till exempel "1/3" eller "0.25").`,
    ]);
  });

  it('exits 1 when the budget cannot cover the minimums', async () => {
    const directory = await scratch({
      'model.json': JSON.stringify({
        budget_kr: 10,
        components: [{ name: 'p', indicator: 'p' }],
        minimum_kr: 6,
      }),
      'data.csv': 'recipient_code,p\n0114,1\n0115,1\n',
    });
    const result = await run([
      'allocate',
      '--model',
      join(directory, 'model.json'),
      '--data',
      join(directory, 'data.csv'),
    ]);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /data\.csv: Budgeten 10\skr räcker inte till minibeloppen för 2 mottagare \(12\skr\)\./,
    );
  });

  it('exits 1 for a data file that does not exist', async () => {
    const result = await run([
      'allocate',
      '--model',
      join(EXAMPLES, 'welfare-tech-2018.model.json'),
      '--data',
      'nope.csv',
    ]);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, 'nope.csv: Filen finns inte eller kan inte läsas.\n');
  });
});

describe('statsbidrag: usage', () => {
  it('documents every option of allocate with an example, exit 0', async () => {
    const result = await run(['allocate', '--help']);
    assert.equal(result.code, 0);
    for (const option of [
      '--model',
      '--data',
      '--out',
      '--recipients',
      '--eligible',
      '--lang',
      'Examples:',
      '$ statsbidrag allocate',
    ]) {
      assert.ok(result.stdout.includes(option), option);
    }
  });
  it('shows the commands with --help, exit 0', async () => {
    const result = await run(['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /allocate \[options\]/);
  });
  it('exits 2 for a missing option, an unknown option or no command', async () => {
    assert.equal((await run(['allocate', '--model', 'x.json'])).code, 2);
    assert.equal((await run(['allocate', '--model', 'x', '--data', 'y', '--bogus'])).code, 2);
    assert.equal((await run([])).code, 2);
    assert.equal(
      (await run(['allocate', '--model', 'x', '--data', 'y', '--out', 'z.pdf'])).code,
      2,
    );
  });
});
