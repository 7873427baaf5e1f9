// The officer's list of a grant's receivables (docs/audit-and-clawback.md): every repayment demand
// of the latest submissions with what was paid, what is outstanding and its state, and totals.
import type { Executor } from '../db/client';
import { listReceivablePayments, type ReceivablePaymentRecord } from '../db/receivables';
import { findRecipientsByCodes } from '../db/recipients';
import { listReportRepayments, type ReportRepaymentRecord } from '../db/reporting';
import { localDate } from '../domain/dates';
import {
  receivableStatus,
  type ReceivableState,
  type ReceivableStatus,
} from '../domain/receivables/receivable';
import type { ServiceContext } from './context';
import { loadGrant } from './load-grant';
import { authorize } from './policy';

export interface ReceivableRow extends ReceivableStatus {
  kind: 'repayment';
  id: string;
  recipientCode: string;
  recipientName: string;
  revision: number;
  ocrReference: string;
  dueOn: string;
  payments: ReceivablePaymentRecord[];
}

export interface ReceivablesView {
  grantId: string;
  rows: ReceivableRow[];
  totals: { amountKr: bigint; paidKr: bigint; outstandingKr: bigint; overdueKr: bigint };
  counts: Record<ReceivableState, number>;
}

/** The newest repayment outcome of each report (a corrected report replaces the earlier demand). */
export function latestRepayments(rows: ReportRepaymentRecord[]): ReportRepaymentRecord[] {
  const latest = new Map<string, ReportRepaymentRecord>();
  for (const row of rows) {
    const seen = latest.get(row.reportId);
    if (!seen || seen.revision < row.revision) latest.set(row.reportId, row);
  }
  return [...latest.values()];
}

/** The grant's demands with their state at `now`, by recipient code. */
export async function loadReceivableRows(
  executor: Executor,
  grantId: string,
  now: Date,
): Promise<ReceivableRow[]> {
  const demands = latestRepayments(await listReportRepayments(executor, grantId)).filter(
    (r) => r.outcome === 'repay',
  );
  const payments = await listReceivablePayments(executor, grantId);
  const names = new Map(
    (
      await findRecipientsByCodes(
        executor,
        demands.map((d) => d.recipientCode),
      )
    ).map((r) => [r.code, r.name]),
  );
  return demands
    .map((demand) => {
      const paid = payments.filter((p) => p.repaymentId === demand.id);
      return {
        kind: 'repayment' as const,
        id: demand.id,
        recipientCode: demand.recipientCode,
        recipientName: names.get(demand.recipientCode) ?? demand.recipientCode,
        revision: demand.revision,
        ocrReference: demand.ocrReference!,
        dueOn: demand.dueOn!,
        payments: paid,
        ...receivableStatus(demand.toRepayKr, paid, localDate(demand.dueOn!), now),
      };
    })
    .sort((a, b) => a.recipientCode.localeCompare(b.recipientCode));
}

export async function getReceivables(
  ctx: ServiceContext,
  grantId: string,
  filter: { state?: ReceivableState } = {},
): Promise<ReceivablesView> {
  authorize(ctx.user, 'agency.read');
  await loadGrant(ctx.db, grantId);
  const all = await loadReceivableRows(ctx.db, grantId, ctx.now());
  const rows = filter.state ? all.filter((r) => r.state === filter.state) : all;
  const sum = (pick: (r: ReceivableRow) => bigint) => rows.reduce((s, r) => s + pick(r), 0n);
  const counts = { open: 0, partly_paid: 0, paid: 0, overdue: 0 };
  for (const row of rows) counts[row.state] += 1;
  return {
    grantId,
    rows,
    totals: {
      amountKr: sum((r) => r.amountKr),
      paidKr: sum((r) => r.paidKr),
      outstandingKr: sum((r) => r.outstandingKr),
      overdueKr: sum((r) => (r.state === 'overdue' ? r.outstandingKr : 0n)),
    },
    counts,
  };
}
