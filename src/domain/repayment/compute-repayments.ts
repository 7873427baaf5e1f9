import { DomainError } from '../errors';
import { formatKronor, type Locale } from '../money';

/**
 * Repayment of unused grant money (återbetalning), from each recipient's economic report.
 *
 * The rule (SFS 2023:609 and the agency's practice, seed 000): money not used by the end of the
 * usage period is repaid, but Socialstyrelsen "efterskänker oanvända medel under 1000 kronor".
 * For every recipient:
 *
 *   unused = received − used
 *   unused = 0                        → nothing to repay (fully used)
 *   0 < unused < waiver threshold     → waived = unused, to repay = 0
 *   unused ≥ waiver threshold         → to repay = unused (all of it, not the part above the
 *                                       threshold), waived = 0
 *
 * For a grant WITHOUT a repayment requirement (some of seed 001's grants) the unused money is
 * kept: kept = unused, nothing waived or repaid. So on every row
 *   received = used + waived + to repay + kept,
 * and kept is 0 whenever repayment is required.
 *
 * Amounts are whole kronor (docs/decisions/0002-money-in-whole-kronor.md).
 */
export interface UsageReport {
  recipientCode: string;
  receivedKr: bigint;
  usedKr: bigint;
}

export interface RepaymentRule {
  /** False for grants whose conditions let recipients keep what they did not use. */
  repaymentRequired: boolean;
  /** Unused amounts strictly below this are waived; 0n waives nothing. */
  waiverThresholdKr: bigint;
}

/**
 * - `fully_used`: nothing unused.
 * - `repay`: the whole unused amount is demanded back.
 * - `waived`: the unused amount is under the threshold and not demanded.
 * - `kept`: the grant has no repayment requirement.
 */
export type RepaymentOutcome = 'fully_used' | 'repay' | 'waived' | 'kept';

export interface RepaymentRow {
  recipientCode: string;
  receivedKr: bigint;
  usedKr: bigint;
  unusedKr: bigint;
  waivedKr: bigint;
  toRepayKr: bigint;
  keptKr: bigint;
  outcome: RepaymentOutcome;
}

export interface RepaymentTotals {
  recipients: number;
  receivedKr: bigint;
  usedKr: bigint;
  unusedKr: bigint;
  waivedKr: bigint;
  toRepayKr: bigint;
  keptKr: bigint;
  /** Recipients with unused > 0, whatever happens to it. */
  recipientsWithUnused: number;
  /** Recipients who get a repayment demand. */
  repayingRecipients: number;
  waivedRecipients: number;
}

export interface RepaymentResult {
  rule: RepaymentRule;
  /** In recipient-code order (code units), so the result does not depend on the input's order. */
  rows: RepaymentRow[];
  totals: RepaymentTotals;
}

function checkReport(report: UsageReport): void {
  for (const [field, value] of [
    ['received', report.receivedKr],
    ['used', report.usedKr],
  ] as const) {
    if (value < 0n)
      throw new DomainError('repayment.negative_amount', {
        recipientCode: report.recipientCode,
        field,
        value: value.toString(),
      });
  }
  if (report.usedKr > report.receivedKr)
    throw new DomainError('repayment.used_exceeds_received', {
      recipientCode: report.recipientCode,
      usedKr: report.usedKr.toString(),
      receivedKr: report.receivedKr.toString(),
    });
}

/**
 * One recipient's outcome.
 * @example repaymentOf({ recipientCode: '1443', receivedKr: 3725949n, usedKr: 3725765n },
 *   { repaymentRequired: true, waiverThresholdKr: 1000n })
 * // { …, unusedKr: 184n, waivedKr: 184n, toRepayKr: 0n, keptKr: 0n, outcome: 'waived' }
 */
export function repaymentOf(report: UsageReport, rule: RepaymentRule): RepaymentRow {
  checkReport(report);
  const unusedKr = report.receivedKr - report.usedKr;
  const row = (outcome: RepaymentOutcome, amounts: Partial<RepaymentRow>): RepaymentRow => ({
    recipientCode: report.recipientCode,
    receivedKr: report.receivedKr,
    usedKr: report.usedKr,
    unusedKr,
    waivedKr: 0n,
    toRepayKr: 0n,
    keptKr: 0n,
    ...amounts,
    outcome,
  });
  if (unusedKr === 0n) return row('fully_used', {});
  if (!rule.repaymentRequired) return row('kept', { keptKr: unusedKr });
  if (unusedKr < rule.waiverThresholdKr) return row('waived', { waivedKr: unusedKr });
  return row('repay', { toRepayKr: unusedKr });
}

function sumOf(rows: readonly RepaymentRow[], amount: (row: RepaymentRow) => bigint): bigint {
  return rows.reduce((total, row) => total + amount(row), 0n);
}

/**
 * Every recipient's outcome and the totals. Throws a DomainError for a negative amount, used >
 * received, a recipient given twice or a negative threshold: the callers (the usage-table reader,
 * services) have already reported those to the user as issues, so here they are bugs.
 * @example computeRepayments(reports, { repaymentRequired: true, waiverThresholdKr: 1000n })
 */
export function computeRepayments(
  reports: readonly UsageReport[],
  rule: RepaymentRule,
): RepaymentResult {
  if (rule.waiverThresholdKr < 0n)
    throw new DomainError('repayment.negative_waiver_threshold', {
      value: rule.waiverThresholdKr.toString(),
    });
  const seen = new Set<string>();
  for (const report of reports) {
    if (seen.has(report.recipientCode))
      throw new DomainError('repayment.duplicate_recipient', {
        recipientCode: report.recipientCode,
      });
    seen.add(report.recipientCode);
  }
  const rows = reports
    .map((report) => repaymentOf(report, rule))
    .sort((a, b) =>
      a.recipientCode < b.recipientCode ? -1 : a.recipientCode > b.recipientCode ? 1 : 0,
    );
  const count = (outcome: RepaymentOutcome) => rows.filter((row) => row.outcome === outcome).length;
  return {
    rule,
    rows,
    totals: {
      recipients: rows.length,
      receivedKr: sumOf(rows, (row) => row.receivedKr),
      usedKr: sumOf(rows, (row) => row.usedKr),
      unusedKr: sumOf(rows, (row) => row.unusedKr),
      waivedKr: sumOf(rows, (row) => row.waivedKr),
      toRepayKr: sumOf(rows, (row) => row.toRepayKr),
      keptKr: sumOf(rows, (row) => row.keptKr),
      recipientsWithUnused: rows.filter((row) => row.unusedKr > 0n).length,
      repayingRecipients: count('repay'),
      waivedRecipients: count('waived'),
    },
  };
}

const SENTENCES: Record<
  Locale,
  {
    head: (received: string, used: string) => string;
    fullyUsed: string;
    repay: (unused: string, threshold: string) => string;
    waived: (unused: string, threshold: string) => string;
    kept: (unused: string) => string;
  }
> = {
  sv: {
    head: (received, used) => `Mottaget ${received}, använt ${used}`,
    fullyUsed: ': hela bidraget är använt, inget ska återbetalas.',
    repay: (unused, threshold) =>
      `: ${unused} oanvänt, minst gränsen ${threshold} för efterskänkning, så hela beloppet ska återbetalas.`,
    waived: (unused, threshold) =>
      `: ${unused} oanvänt, under gränsen ${threshold} för efterskänkning, så beloppet efterskänks och inget ska återbetalas.`,
    kept: (unused) =>
      `: ${unused} oanvänt; bidraget har inget återbetalningskrav, så mottagaren behåller det.`,
  },
  en: {
    head: (received, used) => `Received ${received}, used ${used}`,
    fullyUsed: ': the whole grant was used, nothing to repay.',
    repay: (unused, threshold) =>
      `: ${unused} unused, at or above the waiver threshold of ${threshold}, so all of it is to be repaid.`,
    waived: (unused, threshold) =>
      `: ${unused} unused, under the waiver threshold of ${threshold}, so it is waived and nothing is to be repaid.`,
    kept: (unused) =>
      `: ${unused} unused; the grant has no repayment requirement, so the recipient keeps it.`,
  },
};

/**
 * One sentence saying how the row came about.
 * @example explainRepayment(row, rule, 'en')
 * // 'Received 3,725,949 kr, used 3,725,765 kr: 184 kr unused, under the waiver threshold of 1,000 kr, so it is waived and nothing is to be repaid.'
 */
export function explainRepayment(row: RepaymentRow, rule: RepaymentRule, locale: Locale): string {
  const words = SENTENCES[locale];
  const kr = (value: bigint) => formatKronor(value, locale);
  const threshold = kr(rule.waiverThresholdKr);
  const tail = {
    fully_used: words.fullyUsed,
    repay: words.repay(kr(row.unusedKr), threshold),
    waived: words.waived(kr(row.unusedKr), threshold),
    kept: words.kept(kr(row.unusedKr)),
  }[row.outcome];
  return words.head(kr(row.receivedKr), kr(row.usedKr)) + tail;
}
