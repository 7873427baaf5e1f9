import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildPayoutLines,
  paidInChain,
  payableDecisions,
  type DecisionForPayout,
  type PayableDecision,
} from './payout-batch';
import { formatReferenceNumber } from './agency';

const decision = (
  code: string,
  amountKr: bigint,
  n: number,
  channel: PayableDecision['channel'] = 'bank_transfer',
): PayableDecision => ({
  decisionId: `d${n}`,
  referenceNumber: formatReferenceNumber('SB', 2026, n),
  recipientCode: code,
  amountKr,
  channel,
});

describe('buildPayoutLines', () => {
  it('pays every decision above zero, sorted, and the total is the exact sum', () => {
    const accounts = new Map([
      ['0180', { accountType: 'bankgiro' as const, accountNumber: '5402-9681' }],
      ['0114', { accountType: 'plusgiro' as const, accountNumber: '28 65 43-4' }],
    ]);
    const build = buildPayoutLines(
      [decision('0180', 290_123_456n, 2), decision('0114', 1n, 1), decision('2506', 0n, 3)],
      accounts,
    );
    assert.ok(build.ok);
    assert.deepEqual(
      build.lines.map((l) => [l.position, l.recipientCode, l.amountKr, l.account?.accountNumber]),
      [
        [1, '0114', 1n, '28 65 43-4'],
        [2, '0180', 290_123_456n, '5402-9681'],
      ],
    );
    assert.equal(build.totalKr, 290_123_457n);
  });

  it('lists every recipient paid by bank transfer that lacks an account, once', () => {
    const build = buildPayoutLines(
      [
        decision('0180', 5n, 1),
        decision('0180', 6n, 2),
        decision('0114', 7n, 3),
        decision('2506', 8n, 4, 'general_funds'),
      ],
      new Map(),
    );
    assert.deepEqual(build, { ok: false, missingAccounts: ['0114', '0180'] });
  });

  it('pays general funds without an account', () => {
    const build = buildPayoutLines([decision('0180', 10n, 1, 'general_funds')], new Map());
    assert.ok(build.ok);
    assert.equal(build.lines[0]?.account, null);
    assert.equal(build.totalKr, 10n);
  });
});

describe('formatReferenceNumber', () => {
  it('pads the running number', () => {
    assert.equal(formatReferenceNumber('SB', 2026, 7), 'SB 2026/0007');
    assert.equal(formatReferenceNumber('SB', 2026, 12345), 'SB 2026/12345');
    assert.throws(() => formatReferenceNumber('SB', 2026, 0), RangeError);
  });
});

describe('payableDecisions', () => {
  const d = (
    id: string,
    amountKr: bigint,
    more: Partial<DecisionForPayout> = {},
  ): DecisionForPayout => ({
    decisionId: id,
    referenceNumber: `SB 2026/${id}`,
    status: 'issued',
    recipientCode: '0180',
    amountKr,
    channel: 'bank_transfer',
    supersedesDecisionId: null,
    lineKr: null,
    ...more,
  });

  it('pays issued decisions in no batch, not drafts nor those already in one', () => {
    const payable = payableDecisions([
      d('1', 100n),
      d('2', 200n, { status: 'draft', referenceNumber: null }),
      d('3', 300n, { lineKr: 300n }),
    ]);
    assert.deepEqual(
      payable.map((p) => [p.decisionId, p.amountKr]),
      [['1', 100n]],
    );
  });

  it('pays a correction only the difference to what its chain already paid', () => {
    const payable = payableDecisions([
      d('1', 100n, { lineKr: 100n }),
      d('2', 150n, { supersedesDecisionId: '1', lineKr: 50n }),
      d('3', 400n, { supersedesDecisionId: '2' }),
    ]);
    assert.deepEqual(
      payable.map((p) => [p.decisionId, p.amountKr]),
      [['3', 250n]],
    );
  });

  it('does not pay a decision an issued correction replaced, and a lower correction pays nothing', () => {
    const unpaidOriginal = payableDecisions([
      d('1', 100n),
      d('2', 80n, { supersedesDecisionId: '1' }),
    ]);
    assert.deepEqual(
      unpaidOriginal.map((p) => [p.decisionId, p.amountKr]),
      [['2', 80n]],
    );
    const lower = payableDecisions([
      d('1', 100n, { lineKr: 100n }),
      d('2', 80n, { supersedesDecisionId: '1' }),
    ]);
    const build = buildPayoutLines(lower, new Map());
    assert.deepEqual(build, { ok: true, lines: [], totalKr: 0n });
  });

  it('still pays the original while its correction is a draft', () => {
    const payable = payableDecisions([
      d('1', 100n),
      d('2', 80n, { supersedesDecisionId: '1', status: 'draft', referenceNumber: null }),
    ]);
    assert.deepEqual(
      payable.map((p) => p.decisionId),
      ['1'],
    );
  });

  it('tells what each issued decision and those it corrects have put in batches (paidInChain)', () => {
    const paid = paidInChain([
      d('1', 100n, { lineKr: 100n }),
      d('2', 150n, { supersedesDecisionId: '1', lineKr: 50n }),
      d('3', 120n, { supersedesDecisionId: '2' }),
      d('4', 70n, { recipientCode: '0114' }),
      d('5', 90n, { supersedesDecisionId: '3', status: 'draft', referenceNumber: null }),
    ]);
    assert.deepEqual(
      [...paid],
      [
        ['1', 100n],
        ['2', 150n],
        ['3', 150n],
        ['4', 0n],
      ],
    );
  });
});
