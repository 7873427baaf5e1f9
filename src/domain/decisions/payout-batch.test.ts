import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPayoutLines, type PayableDecision } from './payout-batch';
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
