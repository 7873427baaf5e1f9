// Receivables (docs/audit-and-clawback.md): the payments registered against repayment demands and
// clawback decisions. The demands themselves are report_repayments rows (src/db/reporting.ts).
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from './client';
import { clawbacks, decisions, receivablePayments, reportRepayments } from './schema';

export type ReceivablePaymentRecord = typeof receivablePayments.$inferSelect;
export type NewReceivablePayment = typeof receivablePayments.$inferInsert;

export async function insertReceivablePayment(
  executor: Executor,
  values: NewReceivablePayment,
): Promise<ReceivablePaymentRecord> {
  const [row] = await executor.insert(receivablePayments).values(values).returning();
  return row!;
}

/** Every payment registered on the grant's receivables, oldest first. */
export async function listReceivablePayments(
  executor: Executor,
  grantId: string,
): Promise<ReceivablePaymentRecord[]> {
  return executor
    .select()
    .from(receivablePayments)
    .where(eq(receivablePayments.grantId, grantId))
    .orderBy(asc(receivablePayments.paidOn), asc(receivablePayments.createdAt));
}

/** The latest repayment outcome of the organisation's report (its newest submission), locked when asked. */
export async function findLatestReportRepayment(
  executor: Executor,
  grantId: string,
  recipientCode: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = executor
    .select()
    .from(reportRepayments)
    .where(
      and(eq(reportRepayments.grantId, grantId), eq(reportRepayments.recipientCode, recipientCode)),
    )
    .orderBy(desc(reportRepayments.revision))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export type ClawbackRecord = typeof clawbacks.$inferSelect;

export async function insertClawback(
  executor: Executor,
  values: typeof clawbacks.$inferInsert,
): Promise<ClawbackRecord> {
  const [row] = await executor.insert(clawbacks).values(values).returning();
  return row!;
}

/** How many clawbacks the recipient has on the grant: the next one's number is this plus one. */
export async function countClawbacks(
  executor: Executor,
  grantId: string,
  recipientCode: string,
): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(clawbacks)
    .where(and(eq(clawbacks.grantId, grantId), eq(clawbacks.recipientCode, recipientCode)));
  return Number(row?.n ?? 0);
}

/** The grant's clawbacks with their decisions (drafts too), by recipient. */
export async function listClawbacks(executor: Executor, grantId: string) {
  return executor
    .select({ clawback: clawbacks, decision: decisions })
    .from(clawbacks)
    .innerJoin(decisions, eq(decisions.id, clawbacks.decisionId))
    .where(eq(clawbacks.grantId, grantId))
    .orderBy(asc(clawbacks.recipientCode), asc(clawbacks.createdAt));
}

export async function findClawbackByDecision(
  executor: Executor,
  decisionId: string,
): Promise<ClawbackRecord | undefined> {
  const [row] = await executor.select().from(clawbacks).where(eq(clawbacks.decisionId, decisionId));
  return row;
}

/**
 * The grants on which any of the organisation's codes has a receivable: a repayment demand (of any
 * submission; the caller keeps the latest) or a clawback (draft or issued; the caller keeps issued).
 */
export async function listGrantIdsWithReceivables(
  executor: Executor,
  recipientCodes: readonly string[],
): Promise<string[]> {
  if (recipientCodes.length === 0) return [];
  const codes = [...recipientCodes];
  const demands = await executor
    .selectDistinct({ grantId: reportRepayments.grantId })
    .from(reportRepayments)
    .where(
      and(inArray(reportRepayments.recipientCode, codes), eq(reportRepayments.outcome, 'repay')),
    );
  const claimed = await executor
    .selectDistinct({ grantId: clawbacks.grantId })
    .from(clawbacks)
    .where(inArray(clawbacks.recipientCode, codes));
  return [...new Set([...demands, ...claimed].map((r) => r.grantId))];
}
