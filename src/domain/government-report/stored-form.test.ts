// A stored form and SurveyJS answers mapped into the table input: the economic part's questions,
// the "other" item and its text, matrix cells kept as strings, numbers exact.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FormDefinition } from '../reporting/form-model';
import { toCanonicalString } from '../rational';
import { buildQuestionTable } from './question-tables';
import { formTableQuestions, storedRespondent } from './stored-form';

const definition: FormDefinition = {
  economic: { costCategories: [{ id: 'salaries', label: 'Löner' }], askPrivateProviders: true },
  survey: {
    pages: [
      {
        name: 'p',
        elements: [
          {
            type: 'checkbox',
            name: 'areas',
            title: 'Områden',
            choices: [{ value: 'a', text: 'A' }],
            showOtherItem: true,
            otherText: 'Annat, ange vad',
          },
          {
            type: 'matrix',
            name: 'work',
            title: 'Arbetsmiljö',
            rows: [{ value: 'staffing', text: 'Bemanning' }],
            columns: ['1', '2', '3', '4', '5'].map((value) => ({ value, text: value })),
          },
          {
            type: 'matrixdropdown',
            name: 'staff',
            title: 'Anställda',
            rows: [{ value: 'municipal', text: 'Kommunal' }],
            columns: [
              { name: 'women', title: 'Kvinnor', cellType: 'text', inputType: 'number' },
              { name: 'men', title: 'Män', cellType: 'text', inputType: 'number' },
            ],
          },
          { type: 'text', name: 'hours', title: 'Timmar', inputType: 'number' },
          // A survey question may not take the economic part's id.
          { type: 'comment', name: 'private_providers_shared', title: 'Fel' },
        ],
      },
    ],
  },
};

it('maps the form and SurveyJS answers into the table input the CLI also uses', () => {
  const questions = formTableQuestions(definition);
  assert.deepEqual(
    questions.map((q) => [q.id, q.type]),
    [
      ['private_providers_shared', 'yes_no_na'],
      ['private_providers_share_band', 'single_choice'],
      ['areas', 'multiple_choice'],
      ['work', 'scale_matrix'],
      ['staff', 'number_matrix'],
      ['hours', 'number'],
    ],
  );
  const respondent = storedRespondent(questions, {
    recipientCode: '0114',
    privateProviders: 'yes',
    privateShareBand: 'band_1_19',
    answers: {
      areas: ['a', 'other'],
      'areas-Comment': 'Hemtjänst',
      work: { staffing: '4' },
      staff: { municipal: { women: 30, men: 10 } },
      hours: 12.5,
    },
  });
  const table = (id: string) =>
    buildQuestionTable(
      questions.find((q) => q.id === id)!,
      [respondent],
    );
  const areas = table('areas');
  if (areas.kind !== 'choices') return assert.fail();
  assert.deepEqual(
    areas.rows.map((r) => [r.choiceId, r.label, r.count, r.other]),
    [
      ['a', 'A', 1, false],
      ['other', 'Annat, ange vad', 1, true],
    ],
  );
  assert.deepEqual(areas.otherTexts, [{ recipientCode: '0114', text: 'Hemtjänst' }]);
  const work = table('work');
  if (work.kind !== 'scale_matrix') return assert.fail();
  assert.deepEqual([work.rows[0]?.count, work.rows[0]?.percent], [1, '100']);
  const staff = table('staff');
  if (staff.kind !== 'number_matrix') return assert.fail();
  assert.deepEqual(
    staff.totals.map((c) => c.percent),
    ['75', '25'],
  );
  const hours = table('hours');
  if (hours.kind !== 'sum') return assert.fail();
  assert.equal(toCanonicalString(hours.sum), '25/2');
  const band = table('private_providers_share_band');
  if (band.kind !== 'choices') return assert.fail();
  assert.equal(band.rows.find((r) => r.choiceId === 'band_1_19')?.count, 1);
});

it('titles a table with the published wording when the form asks one organisation in other words', () => {
  const asked: FormDefinition = {
    economic: { costCategories: [], askPrivateProviders: false },
    survey: {
      pages: [
        {
          name: 'p',
          elements: [
            {
              type: 'comment',
              name: 'assessment',
              title: 'Kommunens bedömning av arbetsmiljön',
              reportTitle: 'Kommunernas bedömning av arbetsmiljön',
            },
            { type: 'comment', name: 'comments', title: 'Synpunkter' },
          ],
        },
      ],
    },
  };
  assert.deepEqual(
    formTableQuestions(asked).map((question) => question.title),
    ['Kommunernas bedömning av arbetsmiljön', 'Synpunkter'],
  );
});
