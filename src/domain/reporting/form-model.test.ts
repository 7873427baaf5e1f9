import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canonicalJson,
  formVersionAfterSave,
  QUESTION_KINDS,
  checkFormDefinition,
  questionKind,
  type FormDefinition,
  type SurveyElement,
} from './form-model';

const AREAS = ['Kompetensutveckling'];

function form(elements: SurveyElement[]): FormDefinition {
  return {
    economic: { costCategories: [{ id: 'salaries', label: 'Löner' }], askPrivateProviders: true },
    survey: { pages: [{ name: 'p', elements }] },
  };
}

const at = (definition: unknown) =>
  checkFormDefinition(definition, { usageAreas: AREAS }).map((i) => `${i.path} ${i.code}`);

describe('checkFormDefinition', () => {
  it('accepts every question kind the designer offers', () => {
    const elements: SurveyElement[] = [
      { type: 'radiogroup', name: 'one', title: 'Ett', choices: [{ value: 'a', text: 'A' }] },
      {
        type: 'checkbox',
        name: 'many',
        title: 'Flera',
        choices: [{ value: 'a', text: 'A' }],
        showOtherItem: true,
        otherText: 'Annat, ange vad',
        usageArea: 'Kompetensutveckling',
      },
      {
        type: 'radiogroup',
        name: 'yna',
        title: 'Ja/nej',
        choices: [
          { value: 'yes', text: 'Ja' },
          { value: 'no', text: 'Nej' },
          { value: 'not_applicable', text: 'Inte aktuellt' },
        ],
        visibleIf: "{many} contains 'a'",
      },
      { type: 'rating', name: 'scale', title: 'Skala', rateMin: 1, rateMax: 5 },
      { type: 'text', inputType: 'number', name: 'count', title: 'Antal', min: 0, max: 10 },
      { type: 'text', inputType: 'number', name: 'kr', title: 'Belopp', amountKr: true },
      { type: 'comment', name: 'free', title: 'Fritext', visibleIf: '{unused_kr} > 0' },
      {
        type: 'matrixdropdown',
        name: 'education',
        title: 'Utbildning',
        rows: [{ value: 'nurse', text: 'Undersköterska' }],
        columns: [
          {
            name: 'women_municipal',
            title: 'Kvinnor, kommunal',
            cellType: 'text',
            inputType: 'number',
          },
          { name: 'men_private', title: 'Män, enskild', cellType: 'text', inputType: 'number' },
        ],
      },
      {
        type: 'matrix',
        name: 'grid',
        title: 'Bedömning',
        rows: [{ value: 'r', text: 'Rad' }],
        columns: [
          { value: '1', text: '1' },
          { value: '2', text: '2' },
        ],
      },
    ];
    assert.deepEqual(at(form(elements)), []);
    assert.deepEqual(
      elements.map((e) => questionKind(e)),
      [...QUESTION_KINDS],
    );
  });

  it('reports every issue with its JSON path', () => {
    const issues = at({
      economic: {
        costCategories: [
          { id: 'a', label: 'A' },
          { id: 'a', label: '' },
        ],
        askPrivateProviders: 'ja',
      },
      survey: {
        pages: [
          {
            name: 'p',
            elements: [
              { type: 'radiogroup', name: 'Bad Name', title: 'X', choices: [] },
              { type: 'html', name: 'h', title: 'H' },
              { type: 'rating', name: 'r', title: '', rateMin: 5, rateMax: 1, colour: 'red' },
              { type: 'comment', name: 'c', title: 'C', visibleIf: '{later} = 1' },
              { type: 'comment', name: 'later', title: 'L', visibleIf: '{c} = = 1' },
              { type: 'checkbox', name: 'c', title: 'D', choices: [{ value: 'other', text: 'O' }] },
              { type: 'text', name: 'n', title: 'N', inputType: 'date' },
            ],
          },
        ],
      },
      extra: true,
    });
    assert.deepEqual(issues, [
      'extra form.unknown_property',
      'economic.askPrivateProviders form.not_boolean',
      'economic.costCategories[1].id form.duplicate_name',
      'economic.costCategories[1].label form.missing_title',
      'survey.pages[0].elements[0].name form.invalid_name',
      'survey.pages[0].elements[0].choices form.no_items',
      'survey.pages[0].elements[1].type form.unsupported_type',
      'survey.pages[0].elements[2].colour form.unknown_property',
      'survey.pages[0].elements[2].title form.missing_title',
      'survey.pages[0].elements[2].rateMax form.invalid_scale',
      'survey.pages[0].elements[3].visibleIf form.condition_unknown_question',
      'survey.pages[0].elements[4].visibleIf form.invalid_condition',
      'survey.pages[0].elements[5].name form.duplicate_name',
      'survey.pages[0].elements[5].choices[0].value form.reserved_value',
      'survey.pages[0].elements[6].inputType form.number_input_required',
    ]);
  });

  it('checks pages: several allowed, names unique, only a title and description besides', () => {
    const text = (name: string): SurveyElement => ({ type: 'comment', name, title: name });
    const pages = (list: unknown[]) => ({ ...form([]), survey: { pages: list } });
    assert.deepEqual(
      at(
        pages([
          { name: 'a', title: 'Del 1', description: 'Om medlen', elements: [text('q1')] },
          { name: 'b', elements: [{ ...text('q2'), visibleIf: '{q1} notempty' }] },
        ]),
      ),
      [],
    );
    assert.deepEqual(
      at(
        pages([
          { name: 'a', elements: [{ ...text('q1'), visibleIf: '{q2} notempty' }] },
          { name: 'a', visibleIf: '{q1} empty', elements: [text('q2')] },
        ]),
      ),
      [
        'survey.pages[0].elements[0].visibleIf form.condition_unknown_question',
        'survey.pages[1].visibleIf form.unknown_property',
        'survey.pages[1].name form.duplicate_name',
      ],
    );
  });

  it('refuses what is not a form at all', () => {
    assert.deepEqual(at(null), [' form.not_object']);
    assert.deepEqual(at({ economic: {}, survey: { pages: [] } }), [
      'economic.askPrivateProviders form.not_boolean',
      'economic.costCategories form.no_cost_categories',
      'survey.pages form.no_pages',
    ]);
  });
});

describe('canonicalJson', () => {
  it('compares definitions regardless of key order (jsonb reorders keys)', () => {
    assert.equal(
      canonicalJson({ b: 1, a: [{ y: 1, x: 2 }] }),
      canonicalJson({ a: [{ x: 2, y: 1 }], b: 1 }),
    );
    assert.notEqual(canonicalJson({ a: [1, 2] }), canonicalJson({ a: [2, 1] }));
  });
});

describe('formVersionAfterSave', () => {
  it('changes a form nobody has started on in place, and versions it once someone has', () => {
    const v = (changed: boolean, reportsOnCurrentVersion: number) =>
      formVersionAfterSave({ currentVersion: 3, changed, reportsOnCurrentVersion });
    assert.deepEqual(v(true, 0), { version: 3, newVersion: false });
    assert.deepEqual(v(true, 1), { version: 4, newVersion: true });
    assert.deepEqual(v(false, 12), { version: 3, newVersion: false });
  });
});
