// The officer's list of a grant's receivables (docs/audit-and-clawback.md): every repayment demand
// of the latest submissions with what was paid, what is outstanding and its state, and totals.
import type { Executor } from '../../db/client';
import {
  listClawbacks,
  listReceivablePayments,
  type ReceivablePaymentRecord,
} from '../../db/receivables';
import { findRecipientsByCodes } from '../../db/recipients';
import { listReportRepayments, type ReportRepaymentRecord } from '../../db/reporting';
import { localDate } from '../../domain/dates';
import {
  receivableStatus,
  type ReceivableState,
  type ReceivableStatus,
} from '../../domain/receivables/receivable';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';

export interface ReceivableRow extends ReceivableStatus {
  kind: 'repayment' | 'clawback';
  /** The report_repayments row of a demand, the decision of a clawback. */
  id: string;
  /** The clawback decision's reference number (diarienummer); null for a demand. */
  referenceNumber: string | null;
  recipientCode: string;
  recipientName: string;
  revision: number;
  ocrReference: string;
  dueOn: string;
  payments: ReceivablePaymentRecord[];
}

/** Which receivables to list: one state, one kind (both optional). */
export interface ReceivableFilter {
  state?: ReceivableState;
  kind?: ReceivableRow['kind'];
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

/** The grant's demands and issued clawbacks with their state at `now`, by recipient code. */
export async function loadReceivableRows(
  executor: Executor,
  grantId: string,
  now: Date,
): Promise<ReceivableRow[]> {
  const demands = latestRepayments(await listReportRepayments(executor, grantId)).filter(
    (r) => r.outcome === 'repay',
  );
  const payments = await listReceivablePayments(executor, grantId);
  const clawbacks = (await listClawbacks(executor, grantId)).filter(
    (c) => c.decision.status === 'issued',
  );
  const names = new Map(
    (
      await findRecipientsByCodes(executor, [
        ...demands.map((d) => d.recipientCode),
        ...clawbacks.map((c) => c.clawback.recipientCode),
      ])
    ).map((r) => [r.code, r.name]),
  );
  const row = (
    kind: ReceivableRow['kind'],
    id: string,
    recipientCode: string,
    fields: { revision: number; referenceNumber: string | null; ocrReference: string },
    amountKr: bigint,
    dueOn: string,
  ): ReceivableRow => {
    const paid = payments.filter(
      (p) => (kind === 'repayment' ? p.repaymentId : p.decisionId) === id,
    );
    return {
      kind,
      id,
      recipientCode,
      recipientName: names.get(recipientCode) ?? recipientCode,
      ...fields,
      dueOn,
      payments: paid,
      ...receivableStatus(amountKr, paid, localDate(dueOn), now),
    };
  };
  return [
    ...demands.map((d) =>
      row(
        'repayment',
        d.id,
        d.recipientCode,
        { revision: d.revision, referenceNumber: null, ocrReference: d.ocrReference! },
        d.toRepayKr,
        d.dueOn!,
      ),
    ),
    ...clawbacks.map(({ clawback: c, decision: d }) =>
      row(
        'clawback',
        d.id,
        c.recipientCode,
        { revision: 1, referenceNumber: d.referenceNumber, ocrReference: c.ocrReference },
        d.amountKr,
        c.dueOn,
      ),
    ),
  ].sort((a, b) => a.recipientCode.localeCompare(b.recipientCode) || a.kind.localeCompare(b.kind));
}

export async function getReceivables(
  ctx: ServiceContext,
  grantId: string,
  filter: ReceivableFilter = {},
): Promise<ReceivablesView> {
  authorize(ctx.user, 'agency.read');
  await loadGrant(ctx.db, grantId);
  const all = await loadReceivableRows(ctx.db, grantId, ctx.now());
  const rows = all.filter(
    (r) =>
      (filter.state === undefined || r.state === filter.state) &&
      (filter.kind === undefined || r.kind === filter.kind),
  );
  return { grantId, rows, ...summariseReceivables(rows) };
}

/** The sums (amount, paid, outstanding, of it overdue) and the number of rows in each state. */
export function summariseReceivables(
  rows: readonly ReceivableStatus[],
): Pick<ReceivablesView, 'totals' | 'counts'> {
  const sum = (pick: (r: ReceivableStatus) => bigint) => rows.reduce((s, r) => s + pick(r), 0n);
  const counts = { open: 0, partly_paid: 0, paid: 0, overdue: 0 };
  for (const row of rows) counts[row.state] += 1;
  return {
    totals: {
      amountKr: sum((r) => r.amountKr),
      paidKr: sum((r) => r.paidKr),
      outstandingKr: sum((r) => r.outstandingKr),
      overdueKr: sum((r) => (r.state === 'overdue' ? r.outstandingKr : 0n)),
    },
    counts,
  };
}
