import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { toCanonicalString } from '../rational';
import { describePerformanceIssue } from './issue-messages';
import {
  parsePerformanceModel,
  parsePerformanceModelText,
  performanceModelJsonSchema,
} from './model';

const examples = new URL('../../../docs/examples/', import.meta.url);
const schemaFile = new URL('../../../docs/performance-model.schema.json', import.meta.url);

function example(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, examples), 'utf8')) as Record<string, unknown>;
}

function issuesOf(json: unknown) {
  const parsed = parsePerformanceModel(json);
  assert.ok(!parsed.ok, 'expected the model to be refused');
  return parsed.issues;
}

const minimal = {
  name: 'Test',
  total_kr: 100,
  measurement_points: [{ id: 'now', date: '2023-11-01' }],
  figures: [
    { name: 'a', label: 'A', type: 'integer', unit: 'persons', min: 0, measurement_point: 'now' },
    { name: 'b', label: 'B', type: 'integer', unit: 'persons', measurement_point: 'now' },
  ],
  conditions: [{ id: 'c1', label: 'C1', expression: 'share(a, b) <= 17%' }],
  pools: [{ id: 'p1', label: 'P1', fraction: '1', conditions: ['c1'] }],
  money_not_taken: 'reallocate_by_key_among_qualifiers',
};

describe('parsePerformanceModel', () => {
  it('reads the two 2023 example models', () => {
    for (const name of ['hourly-employment-2023.model.json', 'nurse-staffing-2023.model.json']) {
      const parsed = parsePerformanceModel(example(name));
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
    }
    const hourly = parsePerformanceModel(example('hourly-employment-2023.model.json'));
    assert.ok(hourly.ok);
    assert.equal(hourly.model.totalKr, 1998500000n);
    assert.deepEqual(
      hourly.model.pools.map((pool) => [
        pool.id,
        toCanonicalString(pool.fraction),
        pool.conditionIds,
      ]),
      [
        ['good_level', '1/3', ['good_level']],
        ['clear_improvement', '2/3', ['clear_improvement']],
      ],
    );
  });

  it('reads the English and short labels the example models give their figures and conditions', () => {
    const hourly = parsePerformanceModel(example('hourly-employment-2023.model.json'));
    assert.ok(hourly.ok);
    const [goodLevel] = hourly.model.conditions;
    assert.equal(goodLevel?.shortLabel, 'God nivå');
    assert.equal(goodLevel?.shortLabelEn, 'Good level');
    assert.match(goodLevel?.labelEn ?? '', /^1\. Good level: /);
    assert.deepEqual(
      hourly.model.figures.map((figure) => figure.labelEn),
      [
        'Permanent employees, February 2022',
        'Hourly employees, February 2022',
        'Permanent employees, November 2023',
        'Hourly employees, November 2023',
      ],
    );
    // Without them the model is as valid as before; the labels are optional.
    const plain = parsePerformanceModel(minimal);
    assert.ok(plain.ok);
    assert.equal(plain.model.conditions[0]?.shortLabel, undefined);
  });

  it('points at the character of an expression error, with the JSON path', () => {
    const issues = issuesOf({
      ...minimal,
      conditions: [{ id: 'c1', label: 'C1', expression: 'share(a, c) <= 17%' }],
    });
    assert.deepEqual(issues, [
      {
        path: 'conditions[0].expression',
        code: 'expression.unknown_figure',
        params: { name: 'c', known: 'a, b', position: 10 },
      },
    ]);
    assert.equal(
      describePerformanceIssue({ ...(issues[0] ?? assert.fail()), file: 'model.json' }, 'en'),
      'model.json, field conditions[0].expression: Character 10: "c" is not a figure of the model (the figures are a, b).',
    );
  });

  it('refuses a condition that is a number, not a comparison', () => {
    const issues = issuesOf({
      ...minimal,
      conditions: [{ id: 'c1', label: 'C1', expression: 'share(a, b)' }],
    });
    assert.equal(issues[0]?.code, 'expression.expects_condition');
  });

  it('reports every broken reference at once', () => {
    const issues = issuesOf({
      ...minimal,
      figures: [
        ...minimal.figures,
        {
          name: 'a',
          label: 'A again',
          type: 'decimal',
          unit: 'x',
          min: '5',
          max: '1/2',
          measurement_point: 'later',
        },
        { name: 'share', label: 'S', type: 'decimal', unit: 'x', measurement_point: 'now' },
      ],
      pools: [
        { id: 'p1', label: 'P1', fraction: '1/3', conditions: ['c1', 'c9'] },
        { id: 'p1', label: 'P2', fraction: '1/2', conditions: ['c1'] },
      ],
    });
    assert.deepEqual(
      issues.map((issue) => [issue.path, issue.code]),
      [
        ['figures[2].name', 'performance.duplicate_id'],
        ['pools[1].id', 'performance.duplicate_id'],
        ['figures[2].measurement_point', 'performance.unknown_measurement_point'],
        ['figures[2].min', 'performance.invalid_range'],
        ['figures[3].name', 'performance.reserved_name'],
        ['pools[0].conditions[1]', 'performance.unknown_condition'],
        ['pools', 'performance.fractions_do_not_sum'],
      ],
    );
  });

  it('refuses unknown fields, bad dates, bad names and a rule for money not taken it does not know', () => {
    const issues = issuesOf({
      ...minimal,
      totl_kr: 5,
      measurement_points: [{ id: 'now', date: '2023-02-30' }],
      conditions: [{ id: 'c 1', label: 'C1', expression: 'a > 0' }],
      money_not_taken: 'give_back',
    });
    assert.deepEqual(issues.map((issue) => [issue.path, issue.code]).sort(), [
      ['conditions[0].id', 'performance.invalid_name'],
      ['measurement_points[0].date', 'performance.invalid_date'],
      ['money_not_taken', 'model.invalid'],
      ['totl_kr', 'model.unknown_field'],
    ]);
  });

  it('turns invalid JSON into an issue', () => {
    const parsed = parsePerformanceModelText('{ "name": ');
    assert.ok(!parsed.ok);
    assert.equal(parsed.issues[0]?.code, 'model.invalid_json');
  });
});

describe('docs/performance-model.schema.json', () => {
  it('is generated from the zod schema (WRITE_SCHEMA=1 rewrites it; then run prettier on it)', () => {
    const generated = performanceModelJsonSchema();
    if (process.env.WRITE_SCHEMA === '1')
      writeFileSync(schemaFile, `${JSON.stringify(generated, null, 2)}\n`);
    assert.deepEqual(JSON.parse(readFileSync(schemaFile, 'utf8')), generated);
  });
});
