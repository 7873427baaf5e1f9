import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { printJointReport } from './print-joint';
import { cellText } from './printed-table';

const totals = (requisitioned: number, used: number, repaying: number) => ({
  allocationKr: requisitioned,
  requisitionedKr: requisitioned,
  usedKr: used,
  unusedKr: requisitioned - used,
  unusedPercent: requisitioned === used ? '0' : '10',
  toRepayKr: requisitioned - used,
  recipients: 2,
  reported: 2,
  withUnused: repaying,
  repaying,
});

const row = (code: string, requisitioned: number, used: number) => ({
  recipientCode: code,
  name: code === '0114' ? 'Upplands Väsby' : 'Vallentuna',
  allocationKr: requisitioned,
  requisitionedKr: requisitioned,
  usedKr: used,
  unusedKr: requisitioned - used,
  unusedPercent: null,
  toRepayKr: requisitioned - used,
});

describe('printJointReport', () => {
  it('prints use per grant with the sum, each question across the grants, and every recipient per grant', () => {
    const printed = printJointReport(
      {
        grants: [
          { name: 'Äldreomsorg 2023', grantYear: 2023, totals: totals(1000, 1000, 0) },
          { name: 'Äldreomsorg 2024', grantYear: 2024, totals: totals(2000, 1800, 1) },
        ],
        total: totals(3000, 2800, 1),
        recipients: [
          {
            recipientCode: '0114',
            name: 'Upplands Väsby',
            byGrant: [row('0114', 1000, 1000), row('0114', 2000, 1800)],
          },
          { recipientCode: '0115', name: 'Vallentuna', byGrant: [null, row('0115', 0, 0)] },
        ],
        questions: [
          {
            questionId: 'professions',
            title: 'Yrkeskategorier',
            years: [
              { grantYear: 2023, base: 2, respondents: 2 },
              { grantYear: 2024, base: 1, respondents: 2 },
            ],
            rows: [
              {
                label: 'Undersköterskor',
                cells: [
                  { count: 2, percent: '100' },
                  { count: 1, percent: '100' },
                ],
              },
            ],
          },
          // A free-text question has no rows to compare: it gets no table.
          { questionId: 'comments', title: 'Synpunkter', years: [null, null], rows: [] },
        ],
      },
      'sv',
    );
    const show = (index: number) =>
      printed.tables[index]!.rows.map((cells) => cells.map((cell) => cellText(cell, 'sv')));
    assert.deepEqual(
      printed.tables.map((table) => table.label),
      ['Användning per statsbidrag', 'Jämförelse 1', 'Per mottagare'],
    );
    assert.deepEqual(printed.facts, [
      'Statsbidrag: Äldreomsorg 2023 (2023), Äldreomsorg 2024 (2024)',
    ]);
    assert.deepEqual(show(0)[1], [
      'Äldreomsorg 2024',
      '2024',
      '2\u00a0000\u00a0kr',
      '1\u00a0800\u00a0kr',
      '200\u00a0kr',
      '10\u00a0%',
      '200\u00a0kr',
      '2',
      '2',
      '1',
    ]);
    assert.deepEqual(
      printed.tables[0]!.totals?.slice(0, 4).map((cell) => cellText(cell, 'sv')),
      ['Totalt', '', '3\u00a0000\u00a0kr', '2\u00a0800\u00a0kr'],
    );
    const comparison = printed.tables[1]!;
    assert.equal(comparison.caption, 'Yrkeskategorier');
    assert.equal(comparison.note, '2023: N\u00a0=\u00a02; 2024: n\u00a0=\u00a01');
    assert.deepEqual(show(1), [['Undersköterskor', '2', '100\u00a0%', '1', '100\u00a0%']]);
    const recipients = printed.tables[2]!;
    assert.deepEqual(
      recipients.columns.slice(2, 5).map((column) => column.header),
      [
        'Rekvirerat belopp, Äldreomsorg 2023 (2023)',
        'Använt belopp, Äldreomsorg 2023 (2023)',
        'Ej använt belopp, Äldreomsorg 2023 (2023)',
      ],
    );
    // A recipient a grant does not hold has empty cells there, not zeros.
    assert.deepEqual(show(2)[1], [
      '0115',
      'Vallentuna',
      '',
      '',
      '',
      '0\u00a0kr',
      '0\u00a0kr',
      '0\u00a0kr',
    ]);
  });
});
