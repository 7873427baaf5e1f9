// Every question type, base and rounding rule on small hand-made fixtures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterRespondents, type Respondent, type TableAnswer, type TableQuestion } from './model';
import { buildQuestionTable } from './question-tables';
import { fromBigInt, parseRational, toCanonicalString, type Rational } from '../rational';

const exact = (text: string): Rational => {
  const parsed = parseRational(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

const respondent = (code: string, answers: Record<string, TableAnswer>): Respondent => ({
  recipientCode: code,
  answers,
});
const choices = (...values: string[]): TableAnswer => ({ type: 'choices', values });

const areas: TableQuestion = {
  id: 'areas',
  type: 'multiple_choice',
  title: 'Utvecklingsområden',
  choices: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
    { id: 'c', label: 'C' },
    { id: 'other', label: 'Annat', other: true },
  ],
};
const followUp: TableQuestion = {
  id: 'a_activities',
  type: 'multiple_choice',
  title: 'Aktiviteter inom A',
  choices: [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y' },
  ],
};

describe('a multiple choice question', () => {
  const people = [
    respondent('0001', { areas: choices('a', 'b'), a_activities: choices('x') }),
    respondent('0002', { areas: choices('b') }),
    respondent('0003', {
      areas: { type: 'choices', values: ['b', 'other'], otherText: 'Hemtjänst' },
    }),
    respondent('0004', { areas: choices('a'), a_activities: choices('x', 'y') }),
  ];

  it('counts each choice over N, sorts by count, keeps zero counts and notes several answers', () => {
    const table = buildQuestionTable(areas, people);
    assert.equal(table.kind, 'choices');
    if (table.kind !== 'choices') return;
    assert.deepEqual(
      table.rows.map((r) => [r.choiceId, r.count, r.percent]),
      [
        ['b', 3, '75'],
        ['a', 2, '50'],
        ['other', 1, '25'],
        ['c', 0, '0'],
      ],
    );
    assert.deepEqual([table.base, table.respondents, table.baseLabel], [4, 4, 'N=4']);
    assert.equal(table.note, 'Flera svar kunde anges');
    assert.deepEqual(table.otherTexts, [{ recipientCode: '0003', text: 'Hemtjänst' }]);
  });

  it('takes a follow-up question over n, those who answered it (shown only to some)', () => {
    const table = buildQuestionTable(followUp, people);
    assert.deepEqual([table.base, table.respondents, table.baseLabel], [2, 4, 'n=2']);
    if (table.kind !== 'choices') return assert.fail();
    assert.deepEqual(
      table.rows.map((r) => [r.choiceId, r.count, r.percent]),
      [
        ['x', 2, '100'],
        ['y', 1, '50'],
      ],
    );
  });

  it('lowers the base when a question made optional is left unanswered (an empty list too)', () => {
    const table = buildQuestionTable(areas, [
      ...people,
      respondent('0005', {}),
      respondent('0006', { areas: choices() }),
    ]);
    assert.deepEqual([table.base, table.respondents, table.baseLabel], [4, 6, 'n=4']);
  });
});

describe('single choice, yes / no / not applicable and percentage bands', () => {
  it('keeps yes / no / not applicable in their order, one answer each (no note)', () => {
    const q: TableQuestion = {
      id: 'private',
      type: 'yes_no_na',
      title: 'Enskilda utförare',
      choices: [
        { id: 'yes', label: 'Ja' },
        { id: 'no', label: 'Nej' },
        { id: 'not_applicable', label: 'Inte aktuellt' },
      ],
    };
    const table = buildQuestionTable(q, [
      respondent('1', { private: choices('yes') }),
      respondent('2', { private: choices('not_applicable') }),
      respondent('3', { private: choices('not_applicable') }),
    ]);
    if (table.kind !== 'choices') return assert.fail();
    assert.equal(table.order, 'form');
    assert.equal(table.note, null);
    assert.deepEqual(
      table.rows.map((r) => [r.choiceId, r.count, r.percent]),
      [
        ['yes', 1, '33'],
        ['no', 0, '0'],
        ['not_applicable', 2, '67'],
      ],
    );
  });

  it('keeps percentage bands in their order, and sorts other single choices by count', () => {
    const bands: TableQuestion = {
      id: 'band',
      type: 'single_choice',
      title: 'Andel',
      choices: [
        { id: 'low', label: '0–19 %' },
        { id: 'high', label: '80–100 %' },
      ],
    };
    const people = [
      respondent('1', { band: choices('high') }),
      respondent('2', { band: choices('high') }),
    ];
    const table = buildQuestionTable(bands, people);
    if (table.kind !== 'choices') return assert.fail();
    assert.equal(table.order, 'form');
    assert.deepEqual(
      table.rows.map((r) => r.choiceId),
      ['low', 'high'],
    );
    const words = buildQuestionTable(
      {
        ...bands,
        choices: [
          { id: 'low', label: 'Låg' },
          { id: 'high', label: 'Hög' },
        ],
      },
      people,
    );
    if (words.kind !== 'choices') return assert.fail();
    assert.deepEqual(
      words.rows.map((r) => r.choiceId),
      ['high', 'low'],
    );
  });

  it('prints a share under 0.5 % as "<1"', () => {
    const q: TableQuestion = {
      id: 'q',
      type: 'single_choice',
      title: 'Q',
      choices: [
        { id: 'rare', label: 'Sällan' },
        { id: 'common', label: 'Ofta' },
      ],
    };
    const people = Array.from({ length: 250 }, (_, i) =>
      respondent(String(i), { q: choices(i === 0 ? 'rare' : 'common') }),
    );
    const table = buildQuestionTable(q, people);
    if (table.kind !== 'choices') return assert.fail();
    assert.deepEqual(
      table.rows.map((r) => [r.choiceId, r.percent]),
      [
        ['common', '100'],
        ['rare', '<1'],
      ],
    );
  });
});

describe('scales', () => {
  const scale = { min: 1, max: 5, high: [4, 5], highLabel: 'i hög eller ganska hög utsträckning' };
  it('gives a 1–5 question its full spread and the share answering 4–5', () => {
    const q: TableQuestion = { id: 's', type: 'scale', title: 'Bedömning', scale };
    const values = [5, 4, 4, 3, 1, 5, 2, 4];
    const table = buildQuestionTable(
      q,
      values.map((v, i) => respondent(String(i), { s: { type: 'scale', value: v } })),
    );
    if (table.kind !== 'scale') return assert.fail();
    assert.deepEqual(
      table.values.map((v) => [v.value, v.count, v.percent]),
      [
        [1, 1, '13'],
        [2, 1, '13'],
        [3, 1, '13'],
        [4, 3, '38'],
        [5, 2, '25'],
      ],
    );
    assert.deepEqual([table.high.count, table.high.percent], [5, '63']);
  });

  it('gives a matrix of scales, per row, the count rating it 4 or 5 over the row base', () => {
    const q: TableQuestion = {
      id: 'm',
      type: 'scale_matrix',
      title: 'Arbetsmiljö',
      rows: [
        { id: 'r1', label: 'Bemanning' },
        { id: 'r2', label: 'Kontinuitet' },
      ],
      scale,
    };
    const table = buildQuestionTable(q, [
      respondent('1', { m: { type: 'scale_rows', values: { r1: 4, r2: 5 } } }),
      respondent('2', { m: { type: 'scale_rows', values: { r1: 2, r2: 5 } } }),
      respondent('3', { m: { type: 'scale_rows', values: { r2: 3 } } }),
    ]);
    if (table.kind !== 'scale_matrix') return assert.fail();
    assert.equal(table.note, 'Flera svar kunde anges');
    assert.deepEqual(
      table.rows.map((r) => [r.rowId, r.count, r.base, r.percent]),
      [
        ['r2', 2, 3, '67'],
        ['r1', 1, 2, '50'],
      ],
    );
    assert.deepEqual(
      table.rows[1]?.values.map((v) => v.count),
      [0, 1, 0, 1, 0],
    );
  });
});

describe('numbers, amounts, number matrices and free text', () => {
  it('sums numbers and amounts over those who answered', () => {
    const q: TableQuestion = { id: 'kr', type: 'amount', title: 'Belopp' };
    const table = buildQuestionTable(q, [
      respondent('1', { kr: { type: 'number', value: fromBigInt(9_007_199_254_740_993n) } }),
      respondent('2', { kr: { type: 'number', value: fromBigInt(7n) } }),
      respondent('3', {}),
    ]);
    if (table.kind !== 'sum') return assert.fail();
    assert.deepEqual(
      [toCanonicalString(table.sum), table.base, table.unit],
      ['9007199254741000', 2, 'kr'],
    );
    const hours = buildQuestionTable({ id: 'h', type: 'number', title: 'Timmar' }, [
      respondent('1', { h: { type: 'number', value: exact('0.1') } }),
      respondent('2', { h: { type: 'number', value: exact('0.2') } }),
    ]);
    if (hours.kind !== 'sum') return assert.fail();
    assert.equal(toCanonicalString(hours.sum), '3/10', 'decimals are summed exactly');
  });

  it('sums a number matrix with each cell’s share of its row and each column’s of the whole', () => {
    const q: TableQuestion = {
      id: 'staff',
      type: 'number_matrix',
      title: 'Anställda',
      rows: [
        { id: 'municipal', label: 'Kommunal' },
        { id: 'private', label: 'Enskild' },
      ],
      columns: [
        { id: 'women', label: 'Kvinnor' },
        { id: 'men', label: 'Män' },
      ],
    };
    const cells = (w: bigint, m: bigint) => ({ women: fromBigInt(w), men: fromBigInt(m) });
    const table = buildQuestionTable(q, [
      respondent('1', {
        staff: {
          type: 'number_rows',
          values: { municipal: cells(30n, 10n), private: cells(5n, 5n) },
        },
      }),
      respondent('2', { staff: { type: 'number_rows', values: { municipal: cells(50n, 10n) } } }),
    ]);
    if (table.kind !== 'number_matrix') return assert.fail();
    assert.deepEqual(
      table.rows.map((r) => [
        r.rowId,
        r.base,
        toCanonicalString(r.total),
        r.cells.map((c) => `${toCanonicalString(c.sum)}:${c.percent}`),
      ]),
      [
        ['municipal', 2, '100', ['80:80', '20:20']],
        ['private', 1, '10', ['5:50', '5:50']],
      ],
    );
    assert.deepEqual(
      table.totals.map((c) => [c.columnId, toCanonicalString(c.sum), c.percent]),
      [
        ['women', '85', '77'],
        ['men', '25', '23'],
      ],
    );
    assert.equal(toCanonicalString(table.total), '110');
  });

  it('lists free-text answers for reading, blank ones left out', () => {
    const q: TableQuestion = { id: 't', type: 'text', title: 'Synpunkter' };
    const table = buildQuestionTable(q, [
      respondent('0200', { t: { type: 'text', text: 'Bra' } }),
      respondent('0100', { t: { type: 'text', text: 'Längre tid' } }),
      respondent('0300', { t: { type: 'text', text: '  ' } }),
    ]);
    if (table.kind !== 'text') return assert.fail();
    assert.deepEqual(
      table.answers.map((a) => a.recipientCode),
      ['0100', '0200'],
    );
    assert.equal(table.baseLabel, 'n=2');
  });
});

describe('filters', () => {
  it('keeps the respondents of a county, a size group or a private-provider answer', () => {
    const people = ['0114', '0180', '1280'].map((code) => respondent(code, {}));
    const facts = new Map([
      ['0114', { countyCode: '01', sizeGroup: 'small', privateProviders: 'no' as const }],
      ['0180', { countyCode: '01', sizeGroup: 'large', privateProviders: 'yes' as const }],
      ['1280', { countyCode: '12', sizeGroup: 'large', privateProviders: 'yes' as const }],
    ]);
    const codes = (filter: Parameters<typeof filterRespondents>[2]) =>
      filterRespondents(people, facts, filter).map((r) => r.recipientCode);
    assert.deepEqual(codes({ countyCode: '01' }), ['0114', '0180']);
    assert.deepEqual(codes({ sizeGroup: 'large', privateProviders: 'yes' }), ['0180', '1280']);
    assert.deepEqual(codes({}), ['0114', '0180', '1280']);
  });
});
