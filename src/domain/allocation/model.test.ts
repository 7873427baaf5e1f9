import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rational } from '../rational';
import {
  allocationModelJsonSchema,
  parseAllocationModel,
  parseAllocationModelText,
  toAllocationModelJson,
} from './model';

const stockholm2025 = {
  budget_kr: 41991440,
  components: [
    { name: 'population', indicator: 'population', amount_kr: 35264481 },
    { name: 'home health care', indicator: 'hsl_individuals', fraction: '6726959/41991440' },
  ],
  minimum_kr: 0,
  cap_column: 'requested_kr',
};

function issuesOf(json: unknown) {
  const result = parseAllocationModel(json);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('parseAllocationModel', () => {
  it('reads the seed-004 model.json form', () => {
    const result = parseAllocationModel(stockholm2025);
    assert.ok(result.ok);
    assert.deepEqual(result.model, {
      budgetKr: 41_991_440n,
      minimumKr: 0n,
      capColumn: 'requested_kr',
      components: [
        { name: 'population', indicator: 'population', amountKr: 35_264_481n },
        {
          name: 'home health care',
          indicator: 'hsl_individuals',
          fraction: rational(6_726_959n, 41_991_440n),
        },
      ],
    });
  });

  it('treats minimum_kr and cap_column as optional', () => {
    const result = parseAllocationModel({
      budget_kr: 10,
      components: [{ name: 'p', indicator: 'p' }],
    });
    assert.ok(result.ok);
    assert.equal(result.model.minimumKr, 0n);
    assert.equal(result.model.capColumn, undefined);
  });

  it('reads the optional Swedish and English labels and writes them back', () => {
    const labelled = {
      budget_kr: 100,
      components: [
        {
          name: 'population',
          label: 'Befolkning 80 år och äldre',
          label_en: 'Population aged 80 and over',
          indicator: 'befolkning_80plus',
          indicator_label: 'Invånare 80 år och äldre 2024',
          indicator_label_en: 'Inhabitants aged 80 and over 2024',
        },
      ],
    };
    const result = parseAllocationModel(labelled);
    assert.ok(result.ok);
    assert.deepEqual(result.model.components[0], {
      name: 'population',
      label: 'Befolkning 80 år och äldre',
      labelEn: 'Population aged 80 and over',
      indicator: 'befolkning_80plus',
      indicatorLabel: 'Invånare 80 år och äldre 2024',
      indicatorLabelEn: 'Inhabitants aged 80 and over 2024',
    });
    assert.deepEqual(toAllocationModelJson(result.model), labelled);
    assert.deepEqual(
      issuesOf({ budget_kr: 1, components: [{ name: 'p', indicator: 'p', label: '' }] }),
      [{ path: 'components[0].label', code: 'model.empty_text' }],
    );
  });

  it('round-trips through toAllocationModelJson', () => {
    const result = parseAllocationModel(stockholm2025);
    assert.ok(result.ok);
    const { minimum_kr: _zeroIsDropped, ...withoutMinimum } = stockholm2025;
    assert.deepEqual(toAllocationModelJson(result.model), withoutMinimum);
  });

  const refused: { name: string; json: unknown; expected: { path?: string; code: string }[] }[] = [
    {
      name: 'a non-integer amount',
      json: { ...stockholm2025, budget_kr: 41991440.5 },
      expected: [{ path: 'budget_kr', code: 'model.not_whole_kronor' }],
    },
    {
      name: 'a negative amount',
      json: { ...stockholm2025, minimum_kr: -1 },
      expected: [{ path: 'minimum_kr', code: 'model.negative' }],
    },
    {
      name: 'an amount as a string',
      json: { ...stockholm2025, budget_kr: '41991440' },
      expected: [{ path: 'budget_kr', code: 'model.wrong_type' }],
    },
    {
      name: 'an unsafe integer',
      json: { ...stockholm2025, budget_kr: 2 ** 60 },
      expected: [{ path: 'budget_kr', code: 'model.not_whole_kronor' }],
    },
    {
      name: 'a missing budget',
      json: { components: stockholm2025.components },
      expected: [{ path: 'budget_kr', code: 'model.missing_field' }],
    },
    {
      name: 'a misspelt field',
      json: { ...stockholm2025, minimum: 5 },
      expected: [{ path: 'minimum', code: 'model.unknown_field' }],
    },
    {
      name: 'a fraction that is not a number between 0 and 1',
      json: { budget_kr: 10, components: [{ name: 'a', indicator: 'a', fraction: '3/2' }] },
      expected: [{ path: 'components[0].fraction', code: 'model.invalid_fraction' }],
    },
    {
      name: 'a fraction as a float',
      json: { budget_kr: 10, components: [{ name: 'a', indicator: 'a', fraction: 0.5 }] },
      expected: [{ path: 'components[0].fraction', code: 'model.wrong_type' }],
    },
    {
      name: 'both amount_kr and fraction',
      json: {
        budget_kr: 10,
        components: [{ name: 'a', indicator: 'a', amount_kr: 10, fraction: '1' }],
      },
      expected: [{ path: 'components[0]', code: 'model.amount_and_fraction' }],
    },
    {
      name: 'no components',
      json: { budget_kr: 10, components: [] },
      expected: [{ path: 'components', code: 'model.empty_list' }],
    },
    {
      name: 'components that do not sum to the budget',
      json: { ...stockholm2025, budget_kr: 41991441 },
      expected: [{ path: 'components', code: 'allocation.components_do_not_sum' }],
    },
    {
      name: 'two components with the same name',
      json: {
        budget_kr: 10,
        components: [
          { name: 'a', indicator: 'a', amount_kr: 5 },
          { name: 'a', indicator: 'b', amount_kr: 5 },
        ],
      },
      expected: [{ path: 'components[1].name', code: 'model.duplicate_name' }],
    },
    {
      name: 'a document that is not an object',
      json: 'model',
      expected: [{ path: undefined, code: 'model.wrong_type' }],
    },
  ];
  for (const { name, json, expected } of refused) {
    it(`refuses ${name}, naming the JSON path`, () => assert.deepEqual(issuesOf(json), expected));
  }

  it('reports every problem at once', () => {
    const issues = issuesOf({
      budget_kr: -1,
      components: [{ name: '', indicator: 'x', extra: 1 }],
    });
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['budget_kr', 'components[0].name', 'components[0].extra'],
    );
  });

  it('reports invalid JSON text as an issue', () => {
    const result = parseAllocationModelText('{ "budget_kr": ');
    assert.ok(!result.ok);
    assert.equal(result.issues[0]?.code, 'model.invalid_json');
  });
});

describe('docs/model.schema.json', () => {
  it('is generated from the zod schema (run `npx tsx src/cli/write-model-schema.ts` after a change)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../../docs/model.schema.json', import.meta.url), 'utf8'),
    );
    assert.deepEqual(committed, allocationModelJsonSchema());
  });
});
