// Seed 000's 2024 follow-up reproduced through the use cases: all 290 municipalities submit their
// report (the amounts of Bilaga 1 Tabell 1, the synthetic answers), and the repayment outcomes
// recorded with the submissions give the published figures: 60 207 927 kr unused in 20
// municipalities, 18 demands for 60 207 482 kr, 445 kr waived in two (Bollebygd 184, Ragunda 261).
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { listReportRepayments } from '../../db/reporting';
import { describeEachDatabase } from '../../db/testing';
import { validateOcrReference } from '../../domain/payments/ocr';
import { systemContext } from '../common/context';
import { getReportingOverview } from './get-reporting-overview';
import { setUpSubmittedReports } from '../common/testing';

const NOW = new Date('2025-02-20T10:00:00.000Z');

describeEachDatabase('the 2024 follow-up of seed 000, submitted by all 290', (getDb) => {
  let grantId: string;
  before(async () => {
    const ctx = systemContext(getDb(), 'system:test', () => NOW);
    grantId = await setUpSubmittedReports(ctx);
  });

  it('reproduces the unused money, the demands and the waivers to the krona', async () => {
    const overview = await getReportingOverview(
      systemContext(getDb(), 'system:test', () => NOW),
      grantId,
    );
    assert.equal(overview.counts.submitted, 290);
    assert.equal(overview.totals.receivedKr, 3_998_500_000n);
    assert.equal(overview.totals.usedKr, 3_938_292_073n);
    assert.equal(overview.totals.unusedKr, 60_207_927n);
    assert.equal(overview.rows.filter((r) => (r.unusedKr ?? 0n) > 0n).length, 20);
    assert.equal(overview.totals.demands, 18);
    assert.equal(overview.totals.toRepayKr, 60_207_482n);
    assert.equal(overview.totals.waivers, 2);
    assert.equal(overview.totals.waivedKr, 445n);
  });

  it('gives every demand its own valid OCR reference and the default due date', async () => {
    const repayments = await listReportRepayments(getDb(), grantId);
    const demands = repayments.filter((r) => r.outcome === 'repay');
    assert.equal(new Set(demands.map((d) => d.ocrReference)).size, 18);
    for (const demand of demands) {
      assert.ok(validateOcrReference(demand.ocrReference!, { withLengthDigit: true }).ok);
      assert.equal(demand.dueOn, '2025-03-22', 'no repayment deadline on the grant: 30 days');
    }
    assert.deepEqual(
      repayments.filter((r) => r.outcome === 'waived').map((r) => [r.recipientCode, r.waivedKr]),
      [
        ['1443', 184n],
        ['2303', 261n],
      ],
    );
  });
});
