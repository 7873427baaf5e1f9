import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../errors';
import {
  computeRepayments,
  explainRepayment,
  repaymentOf,
  type RepaymentRule,
  type UsageReport,
} from './compute-repayments';
import { describeRepaymentIssueMessage } from './issue-messages';

const waiver1000: RepaymentRule = { repaymentRequired: true, waiverThresholdKr: 1000n };
const report = (recipientCode: string, receivedKr: bigint, usedKr: bigint): UsageReport => ({
  recipientCode,
  receivedKr,
  usedKr,
});

describe('repaymentOf', () => {
  /** [received, used, outcome, unused, waived, to repay] with a 1 000 kr threshold */
  const cases: [bigint, bigint, string, bigint, bigint, bigint][] = [
    [15460474n, 15460474n, 'fully_used', 0n, 0n, 0n],
    [15460474n, 13659293n, 'repay', 1801181n, 0n, 1801181n],
    [3725949n, 3725765n, 'waived', 184n, 184n, 0n],
    [5000n, 4001n, 'waived', 999n, 999n, 0n],
    [5000n, 4000n, 'repay', 1000n, 0n, 1000n],
    [5000n, 0n, 'repay', 5000n, 0n, 5000n],
    [500n, 0n, 'waived', 500n, 500n, 0n],
    [0n, 0n, 'fully_used', 0n, 0n, 0n],
  ];
  for (const [received, used, outcome, unused, waived, toRepay] of cases) {
    it(`received ${received}, used ${used}: ${outcome}, waived ${waived}, to repay ${toRepay}`, () => {
      assert.deepEqual(repaymentOf(report('0114', received, used), waiver1000), {
        recipientCode: '0114',
        receivedKr: received,
        usedKr: used,
        unusedKr: unused,
        waivedKr: waived,
        toRepayKr: toRepay,
        keptKr: 0n,
        outcome,
      });
    });
  }

  it('repays the whole unused amount at the threshold, not the part above it', () => {
    assert.equal(repaymentOf(report('0114', 10_000n, 8_500n), waiver1000).toRepayKr, 1_500n);
  });

  it('waives nothing with a threshold of 0', () => {
    const row = repaymentOf(report('0114', 10n, 9n), { ...waiver1000, waiverThresholdKr: 0n });
    assert.deepEqual([row.outcome, row.toRepayKr, row.waivedKr], ['repay', 1n, 0n]);
  });

  it('lets the recipient keep unused money when the grant has no repayment requirement', () => {
    const row = repaymentOf(report('0114', 10_000n, 2_000n), {
      repaymentRequired: false,
      waiverThresholdKr: 1000n,
    });
    assert.deepEqual(
      [row.outcome, row.unusedKr, row.keptKr, row.toRepayKr, row.waivedKr],
      ['kept', 8_000n, 8_000n, 0n, 0n],
    );
  });

  it('throws for used > received and negative amounts (the readers report them first)', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof DomainError ? error.code : 'not a DomainError';
      }
      return 'no error';
    };
    assert.equal(
      code(() => repaymentOf(report('0114', 10n, 11n), waiver1000)),
      'repayment.used_exceeds_received',
    );
    assert.equal(
      code(() => repaymentOf(report('0114', -1n, 0n), waiver1000)),
      'repayment.negative_amount',
    );
    assert.equal(
      code(() => computeRepayments([report('0114', 1n, 1n), report('0114', 2n, 2n)], waiver1000)),
      'repayment.duplicate_recipient',
    );
    assert.equal(
      code(() => computeRepayments([], { ...waiver1000, waiverThresholdKr: -1n })),
      'repayment.negative_waiver_threshold',
    );
  });
});

describe('explainRepayment', () => {
  const explain = (received: bigint, used: bigint, locale: 'sv' | 'en', rule = waiver1000) =>
    explainRepayment(repaymentOf(report('1443', received, used), rule), rule, locale).replace(
      /\u00a0/g,
      ' ',
    );
  it('says why a small amount is waived', () => {
    assert.equal(
      explain(3725949n, 3725765n, 'sv'),
      'Mottaget 3 725 949 kr, använt 3 725 765 kr: 184 kr oanvänt, under gränsen 1 000 kr för efterskänkning, så beloppet efterskänks och inget ska återbetalas.',
    );
    assert.equal(
      explain(3725949n, 3725765n, 'en'),
      'Received 3,725,949 kr, used 3,725,765 kr: 184 kr unused, under the waiver threshold of 1,000 kr, so it is waived and nothing is to be repaid.',
    );
  });
  it('says that the whole unused amount is demanded', () => {
    assert.equal(
      explain(15460474n, 13659293n, 'sv'),
      'Mottaget 15 460 474 kr, använt 13 659 293 kr: 1 801 181 kr oanvänt, minst gränsen 1 000 kr för efterskänkning, så hela beloppet ska återbetalas.',
    );
  });
  it('covers a fully used grant and one without repayment requirement', () => {
    assert.equal(
      explain(100n, 100n, 'en'),
      'Received 100 kr, used 100 kr: the whole grant was used, nothing to repay.',
    );
    assert.match(
      explain(100n, 40n, 'en', { repaymentRequired: false, waiverThresholdKr: 0n }),
      /60 kr unused; the grant has no repayment requirement/,
    );
  });
  it('describes used > received in both languages', () => {
    const issue = {
      code: 'repayment.used_exceeds_received' as const,
      params: { usedKr: '12', receivedKr: '10' },
    };
    assert.equal(
      describeRepaymentIssueMessage(issue, 'sv').replace(/\u00a0/g, ' '),
      'Använt belopp 12 kr är större än mottaget belopp 10 kr.',
    );
    assert.equal(
      describeRepaymentIssueMessage(issue, 'en').replace(/\u00a0/g, ' '),
      'The amount used, 12 kr, is more than the amount received, 10 kr.',
    );
  });

  it('names a negative amount in words, not by its code name', () => {
    const issue = {
      code: 'repayment.negative_amount' as const,
      params: { recipientCode: '0114', field: 'used', value: '-5' },
    };
    assert.equal(
      describeRepaymentIssueMessage(issue, 'sv')
        .replace(/\u00a0/g, ' ')
        .replace(/\u2212/g, '-'),
      'Mottagaren 0114 har ett negativt använt belopp (-5 kr).',
    );
    assert.equal(
      describeRepaymentIssueMessage(issue, 'en')
        .replace(/\u00a0/g, ' ')
        .replace(/\u2212/g, '-'),
      'The recipient 0114 has a negative amount used (-5 kr).',
    );
  });
});

const kronor = fc.bigInt({ min: 0n, max: 10n ** 12n });
const usageReports = fc
  .uniqueArray(
    fc.record({
      recipientCode: fc.stringMatching(/^\d{4}$/),
      receivedKr: kronor,
      permille: fc.bigInt({ min: 0n, max: 1000n }),
      shortKr: fc.bigInt({ min: 0n, max: 2000n }),
      nearlyAll: fc.boolean(),
    }),
    // At least one report: the properties are about rows, and an empty list would check none.
    { selector: (entry) => entry.recipientCode, minLength: 1, maxLength: 60 },
  )
  .map((entries) =>
    entries.map(({ recipientCode, receivedKr, permille, shortKr, nearlyAll }) => ({
      recipientCode,
      receivedKr,
      // Half the rows fall a few kronor short (both sides of every threshold), half use a share.
      usedKr: nearlyAll
        ? receivedKr - (shortKr > receivedKr ? receivedKr : shortKr)
        : (receivedKr * permille) / 1000n,
    })),
  );
const rules = fc.record({
  repaymentRequired: fc.boolean(),
  waiverThresholdKr: fc.bigInt({ min: 0n, max: 5000n }),
});

describe('computeRepayments (properties)', () => {
  it('splits every row: received = used + waived + to repay (+ kept when nothing is repaid)', () => {
    fc.assert(
      fc.property(usageReports, rules, (reports, rule) => {
        for (const row of computeRepayments(reports, rule).rows) {
          assert.equal(row.receivedKr, row.usedKr + row.waivedKr + row.toRepayKr + row.keptKr);
          assert.equal(row.unusedKr, row.receivedKr - row.usedKr);
          if (rule.repaymentRequired) {
            assert.equal(row.keptKr, 0n);
            assert.equal(row.receivedKr, row.usedKr + row.waivedKr + row.toRepayKr);
          }
          // At most one of waived and to repay is positive; to repay is all or nothing.
          assert.ok(row.waivedKr === 0n || row.toRepayKr === 0n);
          assert.ok(row.toRepayKr === 0n || row.toRepayKr === row.unusedKr);
          assert.ok(row.waivedKr < rule.waiverThresholdKr || row.waivedKr === 0n);
          assert.ok(row.toRepayKr === 0n || row.toRepayKr >= rule.waiverThresholdKr);
        }
      }),
    );
  });

  it('gives totals that are the sums and counts of the rows', () => {
    fc.assert(
      fc.property(usageReports, rules, (reports, rule) => {
        const { rows, totals } = computeRepayments(reports, rule);
        const sum = (pick: (row: (typeof rows)[number]) => bigint) =>
          rows.reduce((total, row) => total + pick(row), 0n);
        assert.equal(totals.recipients, reports.length);
        assert.equal(
          totals.receivedKr,
          sum((row) => row.receivedKr),
        );
        assert.equal(
          totals.usedKr,
          sum((row) => row.usedKr),
        );
        assert.equal(
          totals.unusedKr,
          sum((row) => row.unusedKr),
        );
        assert.equal(
          totals.waivedKr,
          sum((row) => row.waivedKr),
        );
        assert.equal(
          totals.toRepayKr,
          sum((row) => row.toRepayKr),
        );
        assert.equal(
          totals.receivedKr,
          totals.usedKr + totals.waivedKr + totals.toRepayKr + totals.keptKr,
        );
        assert.equal(totals.unusedKr, totals.waivedKr + totals.toRepayKr + totals.keptKr);
        assert.equal(totals.repayingRecipients, rows.filter((row) => row.toRepayKr > 0n).length);
        assert.equal(totals.waivedRecipients, rows.filter((row) => row.waivedKr > 0n).length);
        assert.equal(totals.recipientsWithUnused, rows.filter((row) => row.unusedKr > 0n).length);
        if (rule.repaymentRequired)
          assert.equal(
            totals.recipientsWithUnused,
            totals.repayingRecipients + totals.waivedRecipients,
          );
      }),
    );
  });

  it('does not depend on the order of the reports', () => {
    fc.assert(
      fc.property(usageReports, rules, (reports, rule) => {
        assert.deepEqual(
          computeRepayments([...reports].reverse(), rule),
          computeRepayments(reports, rule),
        );
      }),
    );
  });
});
