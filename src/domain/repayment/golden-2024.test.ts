// Golden test: the 2024 elderly-care grant (SFS 2023:609, seed 000 Bilaga 1 Tabell 1) with the
// agency's 1 000 kr waiver, to the krona. reference/SOURCES.md explains the data.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { computeRepayments, type UsageReport } from './compute-repayments';

function referenceRows(name: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../../reference/${name}`, import.meta.url), 'utf8');
  const [header = '', ...lines] = text.trim().split('\n');
  const headers = header.split(',');
  // The reference files have no quoted fields (checked: no `"` in them).
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((cell, index) => [headers[index] ?? '', cell])),
  );
}

const usage = referenceRows('elderly_care_2024_usage.csv');
const reports: UsageReport[] = usage.map((row) => ({
  recipientCode: row.kommunkod ?? '',
  receivedKr: BigInt(row.allocation_key_kr ?? ''),
  usedKr: BigInt(row.used_kr ?? ''),
}));
const result = computeRepayments(reports, { repaymentRequired: true, waiverThresholdKr: 1000n });

describe('repayments of the 2024 elderly-care grant (seed 000)', () => {
  it('reads 290 municipalities that received 3 998 500 000 kr and used 3 938 292 073 kr', () => {
    assert.equal(result.totals.recipients, 290);
    assert.equal(result.totals.receivedKr, 3_998_500_000n);
    assert.equal(result.totals.usedKr, 3_938_292_073n);
  });

  it('finds 60 207 927 kr unused at 20 municipalities, as Tabell 1 prints', () => {
    assert.equal(result.totals.unusedKr, 60_207_927n);
    assert.equal(result.totals.recipientsWithUnused, 20);
    for (const row of result.rows) {
      const printed = usage.find((entry) => entry.kommunkod === row.recipientCode)?.unused_kr;
      assert.equal(row.unusedKr.toString(), printed, row.recipientCode);
    }
  });

  it('demands 60 207 482 kr back from 18 municipalities', () => {
    assert.equal(result.totals.repayingRecipients, 18);
    assert.equal(result.totals.toRepayKr, 60_207_482n);
  });

  it('waives 445 kr: Bollebygd 184 kr and Ragunda 261 kr, both under 1 000 kr', () => {
    assert.equal(result.totals.waivedRecipients, 2);
    assert.equal(result.totals.waivedKr, 445n);
    const waived = result.rows
      .filter((row) => row.outcome === 'waived')
      .map((row) => [row.recipientCode, row.waivedKr]);
    assert.deepEqual(waived, [
      ['1443', 184n],
      ['2303', 261n],
    ]);
  });

  it('shows that the report\'s "18 kommuner … 60 207 927 kronor" counts one set and sums another', () => {
    // 18 is the number of repayment demands; 60 207 927 kr is everything unused (20 municipalities).
    assert.notEqual(result.totals.toRepayKr, result.totals.unusedKr);
    assert.equal(result.totals.unusedKr - result.totals.toRepayKr, result.totals.waivedKr);
  });
});
