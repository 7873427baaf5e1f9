import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkEconomicAnswers,
  checkSurveyAnswers,
  checkValue,
  economicVariables,
  unusedKr,
} from './check-report';
import type { FormDefinition } from './form-model';

const definition: FormDefinition = {
  economic: {
    costCategories: [
      { id: 'salaries', label: 'Löner' },
      { id: 'other', label: 'Övrigt' },
    ],
    askPrivateProviders: true,
  },
  survey: {
    pages: [
      {
        name: 'p',
        elements: [
          {
            type: 'checkbox',
            name: 'areas',
            title: 'Områden',
            isRequired: true,
            choices: [
              { value: 'a', text: 'A' },
              { value: 'b', text: 'B' },
            ],
            showOtherItem: true,
          },
          {
            type: 'rating',
            name: 'grade',
            title: 'Betyg',
            isRequired: true,
            visibleIf: "{areas} contains 'b'",
          },
          {
            type: 'comment',
            name: 'why',
            title: 'Varför',
            isRequired: true,
            visibleIf: '{unused_kr} > 0',
          },
        ],
      },
    ],
  },
};
const codes = (issues: { path?: string; code: string }[]) =>
  issues.map((i) => `${i.path} ${i.code}`);

describe('the economic part', () => {
  const base = {
    usedKr: 100n,
    costs: { salaries: 60n, other: 40n },
    privateProviders: 'yes' as const,
    privateShareBand: 'band_1_19' as const,
  };
  it('accepts costs that sum to the amount used, used ≤ received', () => {
    assert.deepEqual(checkEconomicAnswers(definition, base, 100n), []);
    assert.equal(unusedKr(150n, 100n), 50n);
    assert.equal(unusedKr(100n, 150n), 0n);
  });
  it('refuses used > received, costs not summing, a band without yes, missing answers', () => {
    assert.deepEqual(
      codes(
        checkEconomicAnswers(
          definition,
          { ...base, usedKr: 101n, costs: { salaries: 60n, other: null, bonus: 1n } },
          100n,
        ),
      ),
      [
        'economic.usedKr report.used_exceeds_received',
        'economic.costs.bonus report.unknown_answer',
        'economic.costs.other report.required',
        'economic.costs report.costs_do_not_sum',
      ],
    );
    assert.deepEqual(
      codes(checkEconomicAnswers(definition, { ...base, privateProviders: 'no' }, 100n)),
      ['economic.privateShareBand report.hidden_answer'],
    );
    assert.deepEqual(
      codes(checkEconomicAnswers(definition, { ...base, privateShareBand: null }, 100n)),
      ['economic.privateShareBand report.required'],
    );
  });
});

describe('the questionnaire', () => {
  const vars = economicVariables(100n, 100n);
  it('applies SurveyJS visibility: a hidden question needs no answer and its answer is dropped', () => {
    const result = checkSurveyAnswers(definition.survey, { areas: ['a'], grade: 3 }, vars);
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.visibleAnswers, { areas: ['a'] });
  });
  it('requires a visible question, the text of "other" and the reason for unused money', () => {
    const result = checkSurveyAnswers(
      definition.survey,
      { areas: ['b', 'other'] },
      economicVariables(100n, 90n),
    );
    assert.deepEqual(codes(result.issues), [
      'answers.areas report.other_text_required',
      'answers.grade report.required',
      'answers.why report.required',
    ]);
  });
  it('closes the gaps of SurveyJS: choices not offered, a scale out of range, unknown keys', () => {
    const result = checkSurveyAnswers(
      definition.survey,
      { areas: ['b', 'hacker'], grade: 9, admin: true },
      vars,
    );
    assert.deepEqual(codes(result.issues).sort(), [
      'answers.admin report.unknown_answer',
      'answers.areas report.not_a_choice',
      'answers.grade report.out_of_range',
    ]);
  });
  it('checks numbers, whole kronor and matrix cells', () => {
    const amount = { type: 'text', name: 'kr', inputType: 'number', amountKr: true };
    assert.deepEqual(codes(checkValue(amount, 12.5, 'kr')), ['kr report.not_whole_kronor']);
    assert.deepEqual(codes(checkValue(amount, -1, 'kr')), ['kr report.not_whole_kronor']);
    assert.deepEqual(checkValue(amount, 12, 'kr'), []);
    const count = { type: 'text', name: 'n', inputType: 'number', min: 0, max: 10 };
    assert.deepEqual(codes(checkValue(count, 11, 'n')), ['n report.out_of_range']);
    assert.deepEqual(codes(checkValue(count, 'x', 'n')), ['n report.not_a_number']);
    const matrix = {
      type: 'matrixdropdown',
      name: 'm',
      rows: [{ value: 'nurse', text: 'U' }],
      columns: [{ name: 'women', title: 'K', cellType: 'text', inputType: 'number' }],
    };
    assert.deepEqual(codes(checkValue(matrix, { nurse: { women: -2, men: 1 }, doctor: {} }, 'm')), [
      'm.nurse.women report.out_of_range',
      'm.nurse.men report.unknown_answer',
      'm.doctor report.unknown_answer',
    ]);
  });
});
