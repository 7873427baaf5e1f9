// Building a payout batch from issued decisions: pure, so the rules are tested without a database.
export type PayoutChannel = 'bank_transfer' | 'general_funds';
export type AccountType = 'bankgiro' | 'plusgiro';

export interface PayableDecision {
  decisionId: string;
  referenceNumber: string;
  recipientCode: string;
  amountKr: bigint;
  channel: PayoutChannel;
}

/** A grant's decision as the payout sees it: its payout line's amount when it is in a batch. */
export interface DecisionForPayout {
  decisionId: string;
  referenceNumber: string | null;
  status: 'draft' | 'issued';
  recipientCode: string;
  amountKr: bigint;
  channel: PayoutChannel;
  supersedesDecisionId: string | null;
  /** What its payout line pays; null when it is in no batch. */
  lineKr: bigint | null;
}

/**
 * The decisions to pay now: issued, in no batch, and not corrected by a later issued decision. A
 * correction pays what its decision grants beyond what the decisions it supersedes already put in
 * a batch (the chain of corrections is followed back); when that is nothing or less, it pays
 * nothing here (getting money back is a clawback, not a payout).
 */
export function payableDecisions(decisions: readonly DecisionForPayout[]): PayableDecision[] {
  const byId = new Map(decisions.map((d) => [d.decisionId, d]));
  const corrected = new Set(
    decisions
      .filter((d) => d.status === 'issued' && d.supersedesDecisionId !== null)
      .map((d) => d.supersedesDecisionId),
  );
  return decisions
    .filter((d) => d.status === 'issued' && d.lineKr === null && !corrected.has(d.decisionId))
    .map((d) => ({
      decisionId: d.decisionId,
      referenceNumber: d.referenceNumber ?? '',
      recipientCode: d.recipientCode,
      amountKr: d.amountKr - paidBefore(byId, d),
      channel: d.channel,
    }));
}

/** What the decisions `d` supersedes (the chain of corrections, followed back) put in batches. */
function paidBefore(byId: ReadonlyMap<string, DecisionForPayout>, d: DecisionForPayout): bigint {
  let paidKr = 0n;
  const seen = new Set<string>([d.decisionId]);
  for (let id = d.supersedesDecisionId; id !== null && !seen.has(id);) {
    seen.add(id);
    const earlier = byId.get(id);
    if (!earlier) break;
    paidKr += earlier.lineKr ?? 0n;
    id = earlier.supersedesDecisionId;
  }
  return paidKr;
}

/**
 * Per issued decision, what it and the decisions it supersedes have put in payout batches: what a
 * correction of it is weighed against (a higher amount pays the difference, a lower one leaves
 * money to claw back).
 */
export function paidInChain(decisions: readonly DecisionForPayout[]): Map<string, bigint> {
  const byId = new Map(decisions.map((d) => [d.decisionId, d]));
  return new Map(
    decisions
      .filter((d) => d.status === 'issued')
      .map((d) => [d.decisionId, (d.lineKr ?? 0n) + paidBefore(byId, d)]),
  );
}

export interface PaymentAccount {
  accountType: AccountType;
  accountNumber: string;
}

export interface PayoutLine extends PayableDecision {
  position: number;
  account: PaymentAccount | null;
}

export type PayoutBuild =
  { ok: true; lines: PayoutLine[]; totalKr: bigint } | { ok: false; missingAccounts: string[] };

/**
 * The lines of a batch: one per decision with an amount above zero (a 0 kr decision pays nothing),
 * ordered by recipient code and reference number. A bank transfer needs the recipient's account;
 * general funds (generellt statsbidrag, paid through Skatteverket) carry none. When any recipient
 * paid by bank transfer lacks an account, nothing is built and every such recipient is listed.
 * The total is the exact sum of the lines.
 */
export function buildPayoutLines(
  decisions: readonly PayableDecision[],
  accounts: ReadonlyMap<string, PaymentAccount>,
): PayoutBuild {
  const payable = decisions
    .filter((decision) => decision.amountKr > 0n)
    .toSorted(
      (a, b) =>
        a.recipientCode.localeCompare(b.recipientCode) ||
        a.referenceNumber.localeCompare(b.referenceNumber),
    );
  const missing = [
    ...new Set(
      payable
        .filter((d) => d.channel === 'bank_transfer' && !accounts.has(d.recipientCode))
        .map((d) => d.recipientCode),
    ),
  ];
  if (missing.length > 0) return { ok: false, missingAccounts: missing };
  const lines = payable.map((decision, index) => ({
    ...decision,
    position: index + 1,
    account:
      decision.channel === 'general_funds' ? null : (accounts.get(decision.recipientCode) ?? null),
  }));
  return { ok: true, lines, totalKr: lines.reduce((sum, line) => sum + line.amountKr, 0n) };
}
