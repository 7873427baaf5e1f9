import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareQuestion } from './compare-years';
import { buildDistribution, jointDistribution } from './distribution';
import { buildQuestionTable } from './question-tables';
import type { TableQuestion } from './model';

const grant = (year: number) => ({ grantId: `g${year}`, name: `Bidrag ${year}`, grantYear: year });

describe('distribution and use', () => {
  const table = buildDistribution([
    // Växjö 2024: 27.497 % unused prints 27 (half up at whole per cent).
    {
      recipientCode: '0780',
      name: 'Växjö',
      allocationKr: 35_551_500n,
      requisitionedKr: 35_551_500n,
      usedKr: 25_775_795n,
      toRepayKr: 9_775_705n,
    },
    // Bollebygd: 184 kr unused, waived (not repaying); a share under 0.5 % prints "<1".
    {
      recipientCode: '1443',
      name: 'Bollebygd',
      allocationKr: 3_725_949n,
      requisitionedKr: 3_725_949n,
      usedKr: 3_725_765n,
      toRepayKr: 0n,
    },
    {
      recipientCode: '0114',
      name: 'Upplands Väsby',
      allocationKr: 15_460_474n,
      requisitionedKr: 15_460_474n,
      usedKr: 15_460_474n,
      toRepayKr: 0n,
    },
    {
      recipientCode: '0180',
      name: 'Stockholm',
      allocationKr: 100n,
      requisitionedKr: null,
      usedKr: null,
      toRepayKr: 0n,
    },
  ]);

  it('gives each recipient its unused amount and share, half up, "<1" for a tiny one', () => {
    assert.deepEqual(
      table.rows.map((r) => [r.recipientCode, r.unusedKr, r.unusedPercent]),
      [
        ['0780', 9_775_705n, '27'],
        ['1443', 184n, '<1'],
        ['0114', 0n, '0'],
        ['0180', null, null],
      ],
    );
  });

  it('totals what was reported, counts recipients, those with money left and those repaying', () => {
    assert.deepEqual(table.totals, {
      allocationKr: 54_738_023n,
      requisitionedKr: 54_737_923n,
      usedKr: 44_962_034n,
      unusedKr: 9_775_889n,
      unusedPercent: '18',
      toRepayKr: 9_775_705n,
      recipients: 4,
      reported: 3,
      withUnused: 2,
      repaying: 1,
    });
  });

  it('puts several grants side by side with the sums over all of them', () => {
    const other = buildDistribution([
      {
        recipientCode: '0114',
        name: 'Upplands Väsby',
        allocationKr: 1000n,
        requisitionedKr: 1000n,
        usedKr: 500n,
        toRepayKr: 500n,
      },
    ]);
    const joint = jointDistribution([
      { ...grant(2023), table: other },
      { ...grant(2024), table },
    ]);
    assert.deepEqual(
      joint.grants.map((g) => [g.grantYear, g.totals.unusedKr]),
      [
        [2023, 500n],
        [2024, 9_775_889n],
      ],
    );
    assert.equal(joint.total.unusedKr, 9_776_389n);
    assert.equal(joint.total.repaying, 2);
    const vasby = joint.recipients.find((r) => r.recipientCode === '0114');
    assert.deepEqual(
      vasby?.byGrant.map((r) => r?.usedKr ?? null),
      [500n, 15_460_474n],
    );
    const vaxjo = joint.recipients.find((r) => r.recipientCode === '0780');
    assert.deepEqual(
      vaxjo?.byGrant.map((r) => r?.unusedPercent ?? null),
      [null, '27'],
    );
  });
});

describe('the same question across years', () => {
  const q = (choices: string[]): TableQuestion => ({
    id: 'areas',
    type: 'multiple_choice',
    title: 'Områden',
    choices: choices.map((id) => ({ id, label: id.toUpperCase() })),
  });
  const answers = (lists: string[][]) =>
    lists.map((values, i) => ({
      recipientCode: String(i),
      answers: { areas: { type: 'choices' as const, values } },
    }));

  it('matches rows by choice id, latest year first, a choice missing in a year left empty', () => {
    const comparison = compareQuestion('areas', [
      {
        ...grant(2022),
        table: buildQuestionTable(q(['a', 'old']), answers([['a'], ['old'], ['a']])),
      },
      { ...grant(2023), table: null },
      { ...grant(2024), table: buildQuestionTable(q(['a', 'b']), answers([['b'], ['a', 'b']])) },
    ]);
    assert.deepEqual(
      comparison.years.map((y) => y?.baseLabel ?? null),
      ['N=3', null, 'N=2'],
    );
    assert.deepEqual(
      comparison.rows.map((r) => [
        r.id,
        r.cells.map((c) => (c ? `${c.count}/${c.base}=${c.percent}` : null)),
      ]),
      [
        ['b', [null, null, '2/2=100']],
        ['a', ['2/3=67', null, '1/2=50']],
        ['old', ['1/3=33', null, null]],
      ],
    );
  });
});
