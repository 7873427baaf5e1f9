// Distribution and use of a grant (seed 000 Tabell 1 and Bilaga 1 tabell 1; seed 001 table 2 and
// annex 1): per recipient the key amount, requisitioned, used, unused and the share unused, with
// totals, the number of recipients and the number repaying; and several grants side by side (a
// joint report over chosen grants, or one grant's consumption over the years, seed 002 table 12).
import { percentHalfUp, type PrintedShare } from './percent';

export interface DistributionInput {
  recipientCode: string;
  name: string;
  /** The amount of the allocation key (the published allocation). */
  allocationKr: bigint;
  /** What was requisitioned and received; null without a submitted report. */
  requisitionedKr: bigint | null;
  usedKr: bigint | null;
  /** What the recipient is to repay (0 when nothing, or when the unused amount is waived). */
  toRepayKr: bigint;
}

export interface DistributionRow {
  recipientCode: string;
  name: string;
  allocationKr: bigint;
  requisitionedKr: bigint | null;
  usedKr: bigint | null;
  unusedKr: bigint | null;
  /** unused / requisitioned, whole per cent half up ("<1" under 0.5 % but not zero). */
  unusedPercent: PrintedShare;
  toRepayKr: bigint;
}

export interface DistributionTotals {
  allocationKr: bigint;
  requisitionedKr: bigint;
  usedKr: bigint;
  unusedKr: bigint;
  unusedPercent: PrintedShare;
  toRepayKr: bigint;
  /** Recipients in the key; those who reported (used known); with money unused; to repay. */
  recipients: number;
  reported: number;
  withUnused: number;
  repaying: number;
}

export interface DistributionTable {
  rows: DistributionRow[];
  totals: DistributionTotals;
}

export function buildDistribution(inputs: readonly DistributionInput[]): DistributionTable {
  const rows = inputs.map((input): DistributionRow => {
    const unusedKr =
      input.requisitionedKr !== null && input.usedKr !== null
        ? input.requisitionedKr - input.usedKr
        : null;
    return {
      recipientCode: input.recipientCode,
      name: input.name,
      allocationKr: input.allocationKr,
      requisitionedKr: input.requisitionedKr,
      usedKr: input.usedKr,
      unusedKr,
      unusedPercent:
        unusedKr !== null && input.requisitionedKr !== null && unusedKr >= 0n
          ? percentHalfUp(unusedKr, input.requisitionedKr)
          : null,
      toRepayKr: input.toRepayKr,
    };
  });
  return { rows, totals: totalsOf(rows) };
}

function totalsOf(rows: readonly DistributionRow[]): DistributionTotals {
  const sum = (pick: (row: DistributionRow) => bigint | null) =>
    rows.reduce((acc, row) => acc + (pick(row) ?? 0n), 0n);
  const reported = rows.filter((r) => r.usedKr !== null);
  const requisitionedKr = sum((r) => (r.usedKr === null ? null : r.requisitionedKr));
  const unusedKr = sum((r) => r.unusedKr);
  return {
    allocationKr: sum((r) => r.allocationKr),
    requisitionedKr,
    usedKr: sum((r) => r.usedKr),
    unusedKr,
    unusedPercent: unusedKr >= 0n ? percentHalfUp(unusedKr, requisitionedKr) : null,
    toRepayKr: sum((r) => r.toRepayKr),
    recipients: rows.length,
    reported: reported.length,
    withUnused: rows.filter((r) => (r.unusedKr ?? 0n) > 0n).length,
    repaying: rows.filter((r) => r.toRepayKr > 0n).length,
  };
}

export interface GrantColumn {
  grantId: string;
  name: string;
  grantYear: number;
}

export interface JointDistribution {
  grants: (GrantColumn & { totals: DistributionTotals })[];
  /** Every grant's totals summed (the shares over the sums, not averaged). */
  total: DistributionTotals;
  /** Per recipient, its row in each grant side by side (null where the grant does not hold it). */
  recipients: { recipientCode: string; name: string; byGrant: (DistributionRow | null)[] }[];
}

/** Several grants side by side, in the order given (a joint report; or years of one grant). */
export function jointDistribution(
  grants: readonly (GrantColumn & { table: DistributionTable })[],
): JointDistribution {
  const names = new Map<string, string>();
  for (const { table } of grants)
    for (const row of table.rows)
      if (!names.has(row.recipientCode)) names.set(row.recipientCode, row.name);
  const byGrant = grants.map(({ table }) => new Map(table.rows.map((r) => [r.recipientCode, r])));
  const codes = [...names.keys()].sort();
  return {
    grants: grants.map(({ table, ...column }) => ({ ...column, totals: table.totals })),
    total: totalsOf(grants.flatMap(({ table }) => table.rows)),
    recipients: codes.map((code) => ({
      recipientCode: code,
      name: names.get(code) ?? code,
      byGrant: byGrant.map((rows) => rows.get(code) ?? null),
    })),
  };
}
