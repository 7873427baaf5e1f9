// `statsbidrag report-tables` as a user runs it, on the reference questionnaire and answers of the
// 2024 elderly-care follow-up: every one of seed 000's 80 published table rows (11 tables) is
// computed from the 290 answers and compared by count, base and rounded share.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ROOT, runCliSync } from '../testing';

const QUESTIONNAIRE = join(ROOT, 'reference/elderly_care_2024_followup_questionnaire.json');
const ANSWERS = join(ROOT, 'reference/elderly_care_2024_followup_answers.jsonl');
const scratch = mkdtempSync(join(tmpdir(), 'statsbidrag-report-tables-'));

interface PublishedTable {
  id: string;
  question: string;
  base: number;
  rows: { choice?: string; row?: string; count: number; percent: number }[];
}
const published = (
  JSON.parse(readFileSync(QUESTIONNAIRE, 'utf8')) as { published: { tables: PublishedTable[] } }
).published.tables;

const readCsv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });

describe('statsbidrag report-tables on the 2024 reference files', () => {
  const out = join(scratch, 'tables');
  let run: ReturnType<typeof runCliSync>;
  before(() => {
    run = runCliSync([
      'report-tables',
      '--questionnaire',
      QUESTIONNAIRE,
      '--answers',
      ANSWERS,
      '--out',
      out,
      '--spread',
    ]);
  });

  it('exits 0 and writes one CSV per choice, scale and matrix question with the agreed header', () => {
    assert.equal(run.status, 0, run.stderr);
    const files = readdirSync(out).sort();
    assert.equal(files.length, 17);
    assert.ok(!files.includes('results_description.csv'), 'free text has no table');
    for (const file of files)
      assert.deepEqual(readCsv(join(out, file)).meta.fields, [
        'question_id',
        'choice_id',
        'label',
        'count',
        'base',
        'percent',
      ]);
  });

  it('reproduces all 80 published rows of the 11 tables: count, base and whole per cent', () => {
    let compared = 0;
    for (const table of published) {
      const rows = readCsv(join(out, `${table.question}.csv`)).data;
      for (const expected of table.rows) {
        const id = expected.choice ?? expected.row;
        const row = rows.find((r) => r.choice_id === id);
        assert.ok(row, `${table.id}: ${id}`);
        assert.deepEqual(
          [row.question_id, Number(row.count), Number(row.base), row.percent],
          [table.question, expected.count, table.base, String(expected.percent)],
          `${table.id}: ${id}`,
        );
        compared += 1;
      }
    }
    assert.equal(published.length, 11);
    assert.equal(compared, 80);
  });

  it('lists zero counts, the bases of follow-up questions and the matrix spread', () => {
    const band = readCsv(join(out, 'private_providers_share_band.csv')).data;
    assert.deepEqual(
      band.map((r) => [r.choice_id, r.base]),
      [
        ['band_1_19', '68'],
        ['band_20_49', '68'],
        ['band_50_99', '68'],
        ['band_100', '68'],
      ],
      'a band question keeps its order; its base is the 68 who let private providers take part',
    );
    assert.equal(band.find((r) => r.choice_id === 'band_1_19')?.count, '47');
    const matrix = readCsv(join(out, 'working_conditions_assessment.csv')).data;
    const staffing = matrix.filter((r) => r.choice_id?.startsWith('increase_staffing_'));
    assert.equal(staffing.length, 5);
    assert.equal(
      staffing
        .filter((r) => ['4', '5'].some((s) => r.choice_id?.endsWith(`_${s}`)))
        .reduce((sum, r) => sum + Number(r.count), 0),
      155,
      'the 4 and 5 of the spread add up to the published count',
    );
    const overall = readCsv(join(out, 'overall_assessment.csv')).data;
    assert.deepEqual(
      overall.map((r) => r.choice_id),
      ['1', '2', '3', '4', '5'],
    );
    assert.equal(
      overall.reduce((sum, r) => sum + Number(r.count), 0),
      290,
    );
  });
});

describe('statsbidrag report-tables with bad input', () => {
  const lines = readFileSync(ANSWERS, 'utf8').trim().split('\n');
  const cases: [string, (lines: string[]) => string[], RegExp][] = [
    [
      'an unknown question',
      (l) => [
        l[0]!,
        l[1]!.replace('"personnel_cost_share"', '"personnel_cost_shared"'),
        ...l.slice(2),
      ],
      /:2: .*"personnel_cost_shared" finns inte i frågeformuläret/,
    ],
    [
      'an unknown choice',
      (l) => [
        ...l.slice(0, 4),
        l[4]!.replace('"assistant_nurses"', '"assistant_nursez"'),
        ...l.slice(5),
      ],
      /:5: .*"professions_financed" har inget svarsalternativ "assistant_nursez"/,
    ],
    [
      'a malformed line',
      (l) => [...l.slice(0, 9), '{"kommunkod": "0999", "answers": ', ...l.slice(9)],
      /:10: Raden är inte ett JSON-objekt/,
    ],
  ];
  for (const [name, change, message] of cases)
    it(`exits 1 naming the line for ${name}, and writes no file`, () => {
      const answers = join(scratch, `${name.replaceAll(' ', '-')}.jsonl`);
      writeFileSync(answers, change(lines).join('\n') + '\n');
      const out = join(scratch, `out-${name.replaceAll(' ', '-')}`);
      const run = runCliSync([
        'report-tables',
        '--questionnaire',
        QUESTIONNAIRE,
        '--answers',
        answers,
        '--out',
        out,
      ]);
      assert.equal(run.status, 1);
      assert.match(run.stderr, message);
      assert.ok(run.stderr.startsWith(answers), run.stderr);
      assert.equal(existsSync(out), false);
    });
});
