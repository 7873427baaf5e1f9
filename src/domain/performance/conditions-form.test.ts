import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  applyConditionsForm,
  conditionsFormOf,
  type ConditionsForm,
  type ConditionFormSimple,
} from './conditions-form';
import { parsePerformanceModel, type PerformanceModelJson } from './model';

const hourly2023 = JSON.parse(
  readFileSync(
    new URL('../../../docs/examples/hourly-employment-2023.model.json', import.meta.url),
    'utf8',
  ),
) as PerformanceModelJson;

describe('conditionsFormOf and applyConditionsForm', () => {
  it('shows a comparison of a share with a threshold as the form and keeps the rest as an expression', () => {
    const form = conditionsFormOf(hourly2023, 'sv');
    assert.deepEqual(form.conditions[0], {
      kind: 'simple',
      id: 'good_level',
      label: hourly2023.conditions[0]?.label,
      measure: 'share',
      figure: 'hourly_nov_2023',
      otherFigure: 'permanent_nov_2023',
      comparison: '<=',
      threshold: '17%',
    });
    assert.equal(form.conditions[1]?.kind, 'expression', 'if … then … else stays an expression');
    assert.deepEqual(
      form.pools.map((pool) => [pool.id, pool.sharePercent, pool.conditions]),
      [
        ['good_level', '100/3', ['good_level']],
        ['clear_improvement', '200/3', ['clear_improvement']],
      ],
    );
  });

  it('round-trips every example model through the form unchanged', () => {
    const examples = [
      'hourly-employment-2023.model.json',
      'hourly-employment-2027-demo.model.json',
      'nurse-staffing-2023.model.json',
    ].map(
      (name) =>
        JSON.parse(
          readFileSync(new URL(`../../../docs/examples/${name}`, import.meta.url), 'utf8'),
        ) as PerformanceModelJson,
    );
    for (const model of examples) {
      for (const locale of ['sv', 'en'] as const) {
        const result = applyConditionsForm(model, conditionsFormOf(model, locale), locale);
        assert.ok(result.ok, model.name);
        assert.deepEqual(result.json, model);
      }
    }
  });

  it('keeps what the model says of a condition or pool beyond the form (labels in other languages)', () => {
    const labelled = {
      ...hourly2023,
      conditions: hourly2023.conditions.map((c) => ({ ...c, label_en: `${c.id} in English` })),
      pools: hourly2023.pools.map((p) => ({ ...p, label_en: `${p.id} in English` })),
    } as PerformanceModelJson;
    const result = applyConditionsForm(labelled, conditionsFormOf(labelled, 'sv'), 'sv');
    assert.ok(result.ok);
    assert.deepEqual(result.json, labelled);
  });

  it('writes a condition and pools built in the form as expressions and exact fractions', () => {
    const simple: ConditionFormSimple = {
      kind: 'simple',
      id: 'many_permanent',
      label: 'Minst 50 tillsvidareanställda',
      measure: 'figure',
      figure: 'permanent_nov_2023',
      otherFigure: '',
      comparison: '>=',
      threshold: '50',
    };
    const ratio: ConditionFormSimple = {
      ...simple,
      id: 'low_ratio',
      label: 'Högst 0,5 timanställda per tillsvidareanställd',
      measure: 'ratio',
      figure: 'hourly_nov_2023',
      otherFigure: 'permanent_nov_2023',
      comparison: '<',
      threshold: '0,5',
    };
    const form: ConditionsForm = {
      conditions: [
        simple,
        ratio,
        {
          ...simple,
          id: 'low_share',
          label: 'Låg andel',
          measure: 'share',
          figure: 'hourly_nov_2023',
          otherFigure: 'permanent_nov_2023',
          comparison: '<=',
          threshold: '12,5 %',
        },
      ],
      pools: [
        {
          id: 'a',
          label: 'Hälften',
          sharePercent: '50',
          conditions: ['many_permanent', 'low_ratio'],
        },
        { id: 'b', label: 'Resten', sharePercent: '50 %', conditions: ['low_share'] },
      ],
    };
    const result = applyConditionsForm(hourly2023, form, 'sv');
    assert.ok(result.ok);
    assert.deepEqual(
      result.json.conditions.map((condition) => condition.expression),
      [
        'permanent_nov_2023 >= 50',
        'ratio(hourly_nov_2023, permanent_nov_2023) < 0.5',
        'share(hourly_nov_2023, permanent_nov_2023) <= 12.5%',
      ],
    );
    assert.deepEqual(
      result.json.pools.map((pool) => [pool.fraction, pool.conditions]),
      [
        ['1/2', ['many_permanent', 'low_ratio']],
        ['1/2', ['low_share']],
      ],
    );
    const parsed = parsePerformanceModel(result.json);
    assert.equal(parsed.ok, true, JSON.stringify(parsed.ok ? null : parsed.issues));
    // And back: the form reads what it wrote.
    assert.deepEqual(
      conditionsFormOf(result.json, 'sv').conditions,
      form.conditions.map((c) =>
        c.kind === 'simple' && c.threshold === '12,5 %' ? { ...c, threshold: '12,5%' } : c,
      ),
    );
  });

  it('names every bad field, and pools that do not make the whole total', () => {
    const form = conditionsFormOf(hourly2023, 'sv');
    const broken: ConditionsForm = {
      conditions: [
        { ...(form.conditions[0] as ConditionFormSimple), threshold: 'sjutton' },
        { kind: 'expression', id: 'good_level', label: '', expression: 'share(x, y) <= 1' },
      ],
      pools: [{ id: '1pool', label: 'P', sharePercent: '120', conditions: [] }],
    };
    const result = applyConditionsForm(hourly2023, broken, 'sv');
    assert.deepEqual(result.ok ? [] : result.issues.map(({ field, code }) => [field, code]), [
      ['conditions.1.id', 'duplicate_id'],
      ['conditions.0.threshold', 'not_a_number'],
      ['conditions.1.label', 'required'],
      ['conditions.1.expression', 'invalid_expression'],
      ['pools.0.id', 'invalid_id'],
      ['pools.0.conditions', 'no_conditions'],
      ['pools.0.sharePercent', 'percent_out_of_range'],
    ]);
    const short = applyConditionsForm(
      hourly2023,
      { ...form, pools: form.pools.map((pool) => ({ ...pool, sharePercent: '40' })) },
      'sv',
    );
    assert.deepEqual(short.ok ? [] : short.issues, [
      { field: 'pools', code: 'shares_do_not_sum', params: { sumPercent: '80' } },
    ]);
  });
});
