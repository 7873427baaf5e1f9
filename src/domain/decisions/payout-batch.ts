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
