// Receivables (docs/audit-and-clawback.md): the payments registered against repayment demands and
// clawback decisions. The demands themselves are report_repayments rows (src/db/reporting.ts).
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from './client';
import { receivablePayments, reportRepayments } from './schema';

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
