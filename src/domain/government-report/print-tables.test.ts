import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  printComparison,
  printDistributionAnnex,
  printDistributionSummary,
  SWEDISH_DISTRIBUTION_LABELS,
} from './print-distribution';
import { printGovernmentReport } from './print-report';
import { printQuestionTable, SWEDISH_PRINT_LABELS } from './print-tables';
import { baseText, cellText, chartBars } from './printed-table';

const source = 'Källa: Kommunernas återrapportering av 2024 års statsbidrag.';
const options = { number: 2, source, labels: SWEDISH_PRINT_LABELS };
const emptyTotals = {
  allocationKr: 0,
  requisitionedKr: 0,
  usedKr: 0,
  unusedKr: 0,
  unusedPercent: null,
  toRepayKr: 0,
  recipients: 0,
  reported: 0,
  withUnused: 0,
  repaying: 0,
};

describe('printQuestionTable', () => {
  it('prints a choice table with its base N, note, counts and shares, and a chart of the shares', () => {
    const printed = printQuestionTable(
      {
        questionId: 'professions_financed',
        title: 'Yrkeskategorier som har finansierats med hjälp av statsbidraget under 2024.',
        respondents: 290,
        base: 290,
        note: 'Flera svar kunde anges',
        kind: 'choices',
        rows: [
          { label: 'Undersköterskor', count: 275, percent: '95' },
          { label: 'Kuratorer', count: 1, percent: '<1' },
        ],
      },
      options,
    );
    assert.equal(printed.label, 'Tabell 2');
    assert.equal(printed.key, 'professions_financed');
    assert.equal(baseText(printed.base!, 'sv'), 'N\u00a0=\u00a0290');
    assert.equal(printed.note, 'Flera svar kunde anges');
    assert.deepEqual(
      printed.rows.map((row) => row.map((cell) => cellText(cell, 'sv'))),
      [
        ['Undersköterskor', '275', '95\u00a0%'],
        ['Kuratorer', '1', '<1\u00a0%'],
      ],
    );
    assert.deepEqual(chartBars(printed), [
      { label: 'Undersköterskor', value: 95, row: 0 },
      { label: 'Kuratorer', value: 0.5, row: 1 },
    ]);
    assert.equal(printed.source, source);
  });

  it('says n for a follow-up question answered by some, and prints a 1–5 matrix by its 4–5 share', () => {
    const printed = printQuestionTable(
      {
        questionId: 'effects',
        title: 'Effekter',
        respondents: 290,
        base: 249,
        note: 'Flera svar kunde anges',
        kind: 'scale_matrix',
        min: 1,
        max: 5,
        high: { values: [5, 4], label: 'i hög eller ganska hög utsträckning' },
        rows: [{ label: 'Kvalitet', base: 249, count: 180, percent: '72', values: [] }],
      },
      options,
    );
    assert.equal(baseText(printed.base!, 'en'), 'n\u00a0=\u00a0249');
    assert.deepEqual(
      printed.columns.map((column) => column.header),
      ['Område', 'Antal som svarat 4–5', 'Andel', 'Antal som svarat'],
    );
    assert.deepEqual(
      printed.rows[0]?.map((cell) => cellText(cell, 'sv')),
      ['Kvalitet', '180', '72\u00a0%', '249'],
    );
  });

  it('prints a 1–5 matrix’s full spread per row beside it: a count and share per step, zero steps included', () => {
    const report = printGovernmentReport(
      {
        grant: { name: 'Äldreomsorg', grantYear: 2024 },
        source,
        respondents: 10,
        distribution: { rows: [], totals: emptyTotals },
        tables: [
          {
            questionId: 'effects',
            title: 'Effekter',
            respondents: 10,
            base: 10,
            note: 'Flera svar kunde anges',
            kind: 'scale_matrix',
            min: 1,
            max: 5,
            high: { values: [4, 5], label: 'i hög eller ganska hög utsträckning' },
            rows: [
              {
                label: 'Kvalitet',
                base: 8,
                count: 6,
                percent: '75',
                values: [
                  { value: 2, count: 1, percent: '13' },
                  { value: 3, count: 1, percent: '13' },
                  { value: 4, count: 2, percent: '25' },
                  { value: 5, count: 4, percent: '50' },
                ],
              },
            ],
          },
        ],
      },
      'sv',
    );
    const effects = report.report.tables[1];
    assert.equal(effects?.label, 'Tabell 2');
    const spread = effects?.spread;
    assert.ok(spread, 'the spread is printed with the table');
    assert.equal(spread.label, 'Tabell 2, hela fördelningen');
    assert.equal(spread.key, 'effects-spread');
    assert.deepEqual(
      spread.columns.map((column) => column.header),
      [
        'Område',
        'Antal 1',
        'Andel 1',
        'Antal 2',
        'Andel 2',
        'Antal 3',
        'Andel 3',
        'Antal 4',
        'Andel 4',
        'Antal 5',
        'Andel 5',
        'Antal som svarat',
      ],
    );
    assert.deepEqual(
      spread.rows[0]?.map((cell) => cellText(cell, 'sv')),
      [
        'Kvalitet',
        '0',
        '–',
        '1',
        '13\u00a0%',
        '1',
        '13\u00a0%',
        '2',
        '25\u00a0%',
        '4',
        '50\u00a0%',
        '8',
      ],
    );
    assert.equal(report.report.tables[0]?.spread, undefined, 'Tabell 1 has no spread');
  });

  it('lists what was written under a choice’s free-text alternative under its table, by organisation', () => {
    const choices = (
      otherTexts?: { recipientCode: string; recipientName?: string; text: string }[],
    ) =>
      printGovernmentReport(
        {
          grant: { name: 'Äldreomsorg', grantYear: 2024 },
          source,
          respondents: 3,
          distribution: { rows: [], totals: emptyTotals },
          tables: [
            {
              questionId: 'professions_financed',
              title: 'Yrkeskategorier',
              respondents: 3,
              base: 3,
              note: null,
              kind: 'choices',
              rows: [
                { label: 'Undersköterskor', count: 3, percent: '100', other: false },
                { label: 'Övrig personal', count: 2, percent: '67', other: true },
              ],
              ...(otherTexts && { otherTexts }),
            },
          ],
        },
        'sv',
      ).report.tables[1];
    const printed = choices([
      { recipientCode: '0114', recipientName: 'Upplands Väsby', text: 'Kvalitetsutvecklare' },
      { recipientCode: '0115', recipientName: 'Vallentuna', text: '=1+1' },
    ]);
    const other = printed?.otherTexts;
    assert.ok(other, 'the other texts are printed with the table');
    assert.equal(other.label, 'Tabell 2, svar under ”Övrig personal”');
    assert.equal(other.caption, 'Yrkeskategorier');
    assert.equal(other.base, null);
    assert.deepEqual(
      other.rows.map((row) => row.map((cell) => cellText(cell, 'sv'))),
      [
        ['0114', 'Upplands Väsby', 'Kvalitetsutvecklare'],
        ['0115', 'Vallentuna', '=1+1'],
      ],
    );
    // Open data sends no texts, and an empty list prints nothing to read.
    assert.equal(choices()?.otherTexts, undefined);
    assert.equal(choices([])?.otherTexts, undefined);
  });

  it('numbers only the tables it prints, in order, and tells apart two questions that share a text', () => {
    const choice = (questionId: string, title: string) => ({
      questionId,
      title,
      respondents: 3,
      base: 3,
      note: null,
      kind: 'choices' as const,
      rows: [{ label: 'Ja', count: 3, percent: '100' }],
    });
    const printed = printGovernmentReport(
      {
        grant: { name: 'Äldreomsorg', grantYear: 2024 },
        source,
        respondents: 3,
        distribution: { rows: [], totals: emptyTotals },
        tables: [
          choice('staff_2024', 'Har ni anställt?'),
          {
            questionId: 'comments',
            title: 'Synpunkter',
            respondents: 3,
            base: 1,
            note: null,
            kind: 'text',
            answers: [{ recipientCode: '0114', text: 'Bra' }],
          },
          choice('professions', 'Yrkeskategorier'),
          choice('staff_2025', 'Har ni anställt?'),
        ],
      },
      'sv',
    );
    assert.deepEqual(
      printed.report.tables.map((table) => `${table.label}. ${table.caption}`),
      [
        'Tabell 1. Rekvirerat och använt statsbidrag under 2024.',
        'Tabell 2. Har ni anställt? (fråga 1 i återrapporteringen)',
        'Tabell 3. Yrkeskategorier',
        'Tabell 4. Har ni anställt? (fråga 4 i återrapporteringen)',
      ],
    );
    assert.deepEqual(
      printed.freeText.map((table) => `${table.label}. ${table.caption}`),
      ['Fritextsvar 1. Synpunkter'],
    );
  });

  it('prints summed amounts in kronor, and a number matrix with shares per column and totals', () => {
    const amount = printQuestionTable(
      {
        questionId: 'used',
        title: 'Använt',
        respondents: 290,
        base: 290,
        note: null,
        kind: 'sum',
        sum: 3_938_292_073n,
        unit: 'kr',
      },
      options,
    );
    assert.equal(cellText(amount.rows[0]![1]!, 'sv'), '3\u00a0938\u00a0292\u00a0073\u00a0kr');
    const matrix = printQuestionTable(
      {
        questionId: 'staff',
        title: 'Anställda',
        respondents: 10,
        base: 9,
        note: null,
        kind: 'number_matrix',
        columns: [
          { columnId: 'women', label: 'Kvinnor' },
          { columnId: 'men', label: 'Män' },
        ],
        rows: [
          {
            label: 'Undersköterskor',
            cells: [
              { columnId: 'women', sum: 90, percent: '90' },
              { columnId: 'men', sum: 10, percent: '10' },
            ],
            total: 100,
          },
        ],
        totals: [
          { columnId: 'women', sum: 90, percent: '90' },
          { columnId: 'men', sum: 10, percent: '10' },
        ],
        total: 100,
      },
      options,
    );
    assert.deepEqual(
      matrix.columns.map((column) => column.header),
      ['', 'Kvinnor', 'Andel kvinnor', 'Män', 'Andel män', 'Totalt'],
    );
    assert.deepEqual(
      matrix.totals?.map((cell) => cellText(cell, 'sv')),
      ['Totalt', '90', '90\u00a0%', '10', '10\u00a0%', '100'],
    );
    assert.equal(matrix.base?.symbol, 'n');
  });
});

describe('printing distribution and comparisons', () => {
  const distribution = {
    allocationKr: 3_998_500_000,
    requisitionedKr: 3_998_500_000,
    usedKr: 3_938_292_073,
    unusedKr: 60_207_927,
    unusedPercent: '2',
    toRepayKr: 60_207_482,
    recipients: 290,
    reported: 290,
    withUnused: 20,
    repaying: 18,
  };
  const printing = {
    label: 'Tabell 1',
    caption: 'Rekvirerat',
    source,
    labels: SWEDISH_DISTRIBUTION_LABELS,
  };

  it('prints Tabell 1 as figures in kronor, per cent and counts', () => {
    const printed = printDistributionSummary(distribution, printing);
    assert.deepEqual(
      printed.rows.map((row) => row.map((cell) => cellText(cell, 'sv'))).slice(0, 4),
      [
        ['Rekvirerat belopp', '3\u00a0998\u00a0500\u00a0000\u00a0kr'],
        ['Använt belopp', '3\u00a0938\u00a0292\u00a0073\u00a0kr'],
        ['Ej använt belopp', '60\u00a0207\u00a0927\u00a0kr'],
        ['Andel ej använt', '2\u00a0%'],
      ],
    );
  });

  it('prints the annex with an empty cell for a recipient that has not reported, and totals', () => {
    const printed = printDistributionAnnex(
      {
        rows: [
          {
            recipientCode: '0114',
            name: 'Upplands Väsby',
            allocationKr: 100,
            requisitionedKr: 100,
            usedKr: 99,
            unusedKr: 1,
            unusedPercent: '1',
            toRepayKr: 1,
          },
          {
            recipientCode: '0115',
            name: 'Vallentuna',
            allocationKr: 50,
            requisitionedKr: null,
            usedKr: null,
            unusedKr: null,
            unusedPercent: null,
            toRepayKr: 0,
          },
        ],
        totals: { ...distribution, allocationKr: 150, usedKr: 99 },
      },
      { ...printing, label: 'Bilaga 1' },
    );
    assert.deepEqual(
      printed.rows[1]?.map((cell) => cellText(cell, 'sv')),
      ['0115', 'Vallentuna', '50\u00a0kr', '', '', '', '', '0\u00a0kr'],
    );
    assert.equal(printed.totals?.[0]?.kind, 'text');
    assert.equal(cellText(printed.totals![2]!, 'sv'), '150\u00a0kr');
  });

  it('prints a question over years side by side, each year with its base, charting the latest', () => {
    const printed = printComparison(
      {
        questionId: 'professions_financed',
        title: 'Yrkeskategorier',
        years: [
          { grantYear: 2023, base: 280, respondents: 290 },
          null,
          { grantYear: 2024, base: 290, respondents: 290 },
        ],
        rows: [
          {
            label: 'Undersköterskor',
            cells: [{ count: 250, percent: '89' }, null, { count: 275, percent: '95' }],
          },
          { label: 'Dietister', cells: [null, null, { count: 16, percent: '6' }] },
        ],
      },
      {
        ...printing,
        label: 'Tabell 2',
        baseText: (base, all) => (base === all ? `N = ${base}` : `n = ${base}`),
      },
    );
    assert.deepEqual(
      printed.columns.map((column) => column.header),
      ['Svarsalternativ', 'Antal 2023', 'Andel 2023', 'Antal 2024', 'Andel 2024'],
    );
    assert.equal(printed.note, '2023: n = 280; 2024: N = 290');
    assert.deepEqual(
      printed.rows.map((row) => row.map((cell) => cellText(cell, 'sv'))),
      [
        ['Undersköterskor', '250', '89\u00a0%', '275', '95\u00a0%'],
        ['Dietister', '–', '–', '16', '6\u00a0%'],
      ],
    );
    assert.deepEqual(
      chartBars(printed).map((bar) => bar.value),
      [95, 6],
    );
  });
});

describe('printing free-text answers', () => {
  it('lists each answer with the organisation’s code and name, without a base or a chart', () => {
    const printed = printQuestionTable(
      {
        questionId: 'comments',
        title: 'Övriga kommentarer',
        respondents: 290,
        base: 2,
        note: null,
        kind: 'text',
        answers: [
          { recipientCode: '0114', recipientName: 'Upplands Väsby', text: 'Bra.' },
          { recipientCode: '0115', recipientName: 'Vallentuna', text: '=1+1' },
        ],
      },
      options,
    );
    assert.equal(printed.base, null);
    assert.equal(printed.chart, null);
    assert.deepEqual(
      printed.rows.map((row) => row.map((cell) => cellText(cell, 'sv'))),
      [
        ['0114', 'Upplands Väsby', 'Bra.'],
        ['0115', 'Vallentuna', '=1+1'],
      ],
    );
  });
});
