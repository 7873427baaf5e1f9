// `statsbidrag repayments` as a user runs it: spawned through bin/statsbidrag.js, checked by exit
// code and output. The golden case is the 2024 elderly-care grant (seed 000, reference/SOURCES.md).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, runCliSync } from '../testing';

const scratch = mkdtempSync(join(tmpdir(), 'statsbidrag-repayments-'));

const statsbidrag = (...args: string[]) => runCliSync(['repayments', ...args]);

function write(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** reference/elderly_care_2024_usage.csv as a usage file: received = allocation_key_kr, used = used_kr. */
function usage2024(): string[][] {
  const [header = '', ...lines] = readFileSync(
    join(ROOT, 'reference/elderly_care_2024_usage.csv'),
    'utf8',
  )
    .trim()
    .split('\n');
  const headers = header.split(',');
  const at = (name: string) => headers.indexOf(name);
  return lines.map((line) => {
    const cells = line.split(',');
    return [cells[at('kommunkod')], cells[at('allocation_key_kr')], cells[at('used_kr')]].map(
      (cell) => cell ?? '',
    );
  });
}

const usageCsv = (rows: string[][]) =>
  ['recipient_code,received,used', ...rows.map((row) => row.join(','))].join('\n') + '\n';

type Row = Record<
  'recipient_code' | 'name' | 'received' | 'used' | 'unused' | 'waived' | 'to_repay',
  string
>;

function parseOutput(csv: string): { rows: Row[]; total: Row | undefined } {
  const [header = '', ...lines] = csv.trimEnd().split('\n');
  assert.equal(header, 'recipient_code,name,received,used,unused,waived,to_repay');
  const headers = header.split(',');
  const all = lines.map(
    (line) => Object.fromEntries(line.split(',').map((cell, i) => [headers[i], cell])) as Row,
  );
  return { rows: all.slice(0, -1), total: all.at(-1) };
}

const sum = (rows: Row[], column: keyof Row) =>
  rows.reduce((total, row) => total + BigInt(row[column]), 0n);

describe('statsbidrag repayments: the 2024 elderly-care grant with a 1 000 kr waiver', () => {
  let output: { rows: Row[]; total: Row | undefined };
  before(() => {
    const run = statsbidrag(
      '--data',
      write('usage-2024.csv', usageCsv(usage2024())),
      '--waiver',
      '1000',
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    output = parseOutput(run.stdout);
  });

  it('prints 290 municipalities with their names, then the Summa row', () => {
    assert.equal(output.rows.length, 290);
    assert.deepEqual(output.rows[0], {
      recipient_code: '0114',
      name: 'Upplands Väsby',
      received: '15460474',
      used: '13659293',
      unused: '1801181',
      waived: '0',
      to_repay: '1801181',
    });
    assert.deepEqual(output.total, {
      recipient_code: '',
      name: 'Summa',
      received: '3998500000',
      used: '3938292073',
      unused: '60207927',
      waived: '445',
      to_repay: '60207482',
    });
  });

  it('has 60 207 927 kr unused at 20 municipalities', () => {
    const unused = output.rows.filter((row) => row.unused !== '0');
    assert.equal(unused.length, 20);
    assert.equal(sum(unused, 'unused'), 60_207_927n);
  });

  it('makes 18 repayment demands totalling 60 207 482 kr', () => {
    const demands = output.rows.filter((row) => row.to_repay !== '0');
    assert.equal(demands.length, 18);
    assert.equal(sum(demands, 'to_repay'), 60_207_482n);
  });

  it('waives 445 kr: Bollebygd 184 kr and Ragunda 261 kr', () => {
    const waived = output.rows
      .filter((row) => row.waived !== '0')
      .map((row) => [row.recipient_code, row.name, row.waived, row.to_repay]);
    assert.deepEqual(waived, [
      ['1443', 'Bollebygd', '184', '0'],
      ['2303', 'Ragunda', '261', '0'],
    ]);
  });

  it('keeps received = used + waived + to_repay on every row and in the totals', () => {
    for (const row of [...output.rows, ...(output.total ? [output.total] : [])])
      assert.equal(
        BigInt(row.received),
        BigInt(row.used) + BigInt(row.waived) + BigInt(row.to_repay),
        row.recipient_code,
      );
  });
});

describe('statsbidrag repayments: other inputs and outputs', () => {
  it('writes --out and reports the demands on stderr', () => {
    const out = join(scratch, 'aterbetalning.csv');
    const run = statsbidrag(
      '--data',
      write(
        'small.csv',
        usageCsv([
          ['1443', '3725949', '3725765'],
          ['0114', '15460474', '13659293'],
        ]),
      ),
      '--waiver',
      '1 000',
      '--out',
      out,
      '--lang',
      'en',
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr.replace(/\u00a0/g, ' '),
      `${out}: 1 repayment demands, 1,801,181 kr; 1 waived, 184 kr; unused in all 1,801,365 kr\n`,
    );
    assert.equal(
      readFileSync(out, 'utf8'),
      [
        'recipient_code,name,received,used,unused,waived,to_repay',
        '0114,Upplands Väsby,15460474,13659293,1801181,0,1801181',
        '1443,Bollebygd,3725949,3725765,184,184,0',
        ',Summa,19186423,17385058,1801365,184,1801181',
        '',
      ].join('\n'),
    );
  });

  it('reads an XLSX usage file and explains every row in JSON', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Redovisning');
    sheet.addRow(['recipient_code', 'received', 'used']);
    sheet.addRow(['2303', 2865628, 2865367]);
    sheet.addRow(['01', 5000, 5000]);
    const path = join(scratch, 'usage.xlsx');
    await workbook.xlsx.writeFile(path);
    const run = statsbidrag('--data', path, '--waiver', '1000', '--format', 'json', '--lang', 'en');
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout) as {
      totals: Record<string, unknown>;
      rows: { recipientCode: string; name: string; outcome: string; explanation: string }[];
    };
    assert.deepEqual(json.totals, {
      recipients: 2,
      recipientsWithUnused: 1,
      repayingRecipients: 0,
      waivedRecipients: 1,
      receivedKr: '2870628',
      usedKr: '2870367',
      unusedKr: '261',
      waivedKr: '261',
      toRepayKr: '0',
      keptKr: '0',
    });
    assert.deepEqual(
      json.rows.map((row) => [row.recipientCode, row.name, row.outcome]),
      [
        ['01', 'Region Stockholm', 'fully_used'],
        ['2303', 'Ragunda', 'waived'],
      ],
    );
    assert.match(
      (json.rows[1]?.explanation ?? '').replace(/\u00a0/g, ' '),
      /261 kr unused, under the waiver threshold/,
    );
  });
});

describe('statsbidrag repayments: bad rows stop it with exit 1, naming line and column', () => {
  let run: ReturnType<typeof statsbidrag>;
  let lines: string[];
  before(() => {
    const path = write(
      'bad.csv',
      usageCsv([
        ['0114', '15460474', '13659293'],
        ['9999', '100', '50'],
        ['0115', '100', '101'],
        ['1443', '-5', '0'],
        ['2303', '100', '12.5'],
        ['0117', '100', 'etthundra'],
        ['0114', '1', '1'],
      ]),
    );
    run = statsbidrag('--data', path, '--waiver', '1000');
    lines = run.stderr
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(`${path}:`, 'bad.csv:'));
  });

  it('exits 1 and prints no result', () => {
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(lines.length, 6);
  });
  it('names an unknown recipient code (line 3)', () => {
    assert.equal(
      lines[0],
      'bad.csv:3:1: Kolumn recipient_code: Mottagaren "9999" finns inte i mottagarregistret.',
    );
  });
  it('names more used than received (line 4)', () => {
    assert.equal(
      lines[1]?.replace(/\u00a0/g, ' '),
      'bad.csv:4:3: Kolumn used: Använt belopp 101 kr är större än mottaget belopp 100 kr.',
    );
  });
  it('names a negative amount (line 5)', () => {
    assert.equal(
      lines[2],
      'bad.csv:5:2: Kolumn received: "-5" är negativt; värdet måste vara 0 eller större.',
    );
  });
  it('names an amount that is not whole kronor (line 6) or not a number (line 7)', () => {
    assert.equal(lines[3], 'bad.csv:6:3: Kolumn used: "12.5" är inte ett heltal i kronor.');
    assert.equal(lines[4], 'bad.csv:7:3: Kolumn used: "etthundra" är inte ett tal.');
  });
  it('names a recipient given twice (line 8)', () => {
    assert.equal(
      lines[5],
      'bad.csv:8:1: Kolumn recipient_code: Mottagaren 0114 förekommer också på rad 2.',
    );
  });
  it('speaks English with --lang en', () => {
    const english = statsbidrag(
      '--data',
      write('bad-en.csv', usageCsv([['0115', '100', '101']])),
      '--waiver',
      '1000',
      '--lang',
      'en',
    );
    assert.equal(english.status, 1);
    assert.match(
      english.stderr.replace(/\u00a0/g, ' '),
      /bad-en\.csv:2:3: Column used: The amount used, 101 kr, is more than the amount received, 100 kr\.\n$/,
    );
  });
  it('names a missing column and a missing file', () => {
    const missing = statsbidrag(
      '--data',
      write('cols.csv', 'recipient_code,received\n0114,1\n'),
      '--waiver',
      '0',
    );
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cols\.csv: Kolumnen "used" saknas\.\n$/);
    const absent = statsbidrag('--data', join(scratch, 'nope.csv'), '--waiver', '0');
    assert.equal(absent.status, 1);
    assert.match(absent.stderr, /nope\.csv: Filen finns inte eller kan inte läsas\.\n$/);
  });
});

describe('statsbidrag repayments: usage', () => {
  const data = () => write('ok.csv', usageCsv([['0114', '1', '1']]));
  for (const [what, args] of [
    ['--waiver is missing', ['--data', 'x.csv']],
    ['--data is missing', ['--waiver', '1000']],
    ['--waiver is negative', ['--data', 'x.csv', '--waiver', '-5']],
    ['--waiver has decimals', ['--data', 'x.csv', '--waiver', '999.5']],
    ['--waiver is not a number', ['--data', 'x.csv', '--waiver', 'tusen']],
    ['--format is unknown', ['--data', 'x.csv', '--waiver', '1000', '--format', 'xml']],
  ] as const) {
    it(`exits 2 when ${what}`, () => {
      const run = statsbidrag(...args);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /error|--/);
    });
  }
  it('exits 2 when --out is not a .csv file', () => {
    const run = statsbidrag('--data', data(), '--waiver', '1000', '--out', join(scratch, 'x.xlsx'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /use a \.csv file name/);
  });
  it('explains itself with an example, exit 0', () => {
    const run = statsbidrag('--help');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /--data <file>/);
    assert.match(run.stdout, /--waiver <kr>/);
    assert.match(run.stdout, /\$ statsbidrag repayments --data usage-2024\.csv --waiver 1000/);
  });
});
