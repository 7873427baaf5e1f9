// Queries on payment accounts, payout batches and their lines.
import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DecisionForPayout } from '../domain/decisions/payout-batch';
import type { Executor } from './client';
import {
  decisions,
  paymentAccountChanges,
  paymentAccounts,
  payoutBatches,
  payoutLines,
  recipients,
} from './schema';

export type PaymentAccountRecord = typeof paymentAccounts.$inferSelect;
export type PaymentAccountChangeRecord = typeof paymentAccountChanges.$inferSelect;
export type PayoutBatchRecord = typeof payoutBatches.$inferSelect;
export type PayoutLineRecord = typeof payoutLines.$inferSelect;
export type NewPayoutLineRecord = typeof payoutLines.$inferInsert;

export interface PayoutLineWithNames extends PayoutLineRecord {
  recipientName: string;
  referenceNumber: string;
}

export async function findPaymentAccount(
  executor: Executor,
  recipientCode: string,
): Promise<PaymentAccountRecord | undefined> {
  const [row] = await executor
    .select()
    .from(paymentAccounts)
    .where(eq(paymentAccounts.recipientCode, recipientCode));
  return row;
}

export async function listPaymentAccounts(
  executor: Executor,
  codes: readonly string[],
): Promise<PaymentAccountRecord[]> {
  if (codes.length === 0) return [];
  return executor
    .select()
    .from(paymentAccounts)
    .where(inArray(paymentAccounts.recipientCode, [...codes]));
}

export async function upsertPaymentAccount(
  executor: Executor,
  account: Pick<
    PaymentAccountRecord,
    'recipientCode' | 'accountType' | 'accountNumber' | 'updatedBy'
  >,
  now: Date,
): Promise<PaymentAccountRecord> {
  const [row] = await executor
    .insert(paymentAccounts)
    .values({ ...account, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: paymentAccounts.recipientCode,
      set: {
        accountType: account.accountType,
        accountNumber: account.accountNumber,
        updatedBy: account.updatedBy,
        updatedAt: now,
      },
    })
    .returning();
  if (!row) throw new Error('payment account upsert returned nothing');
  return row;
}

/** The change of the organisation's account waiting for a second person, locked when asked. */
export async function findPaymentAccountChange(
  executor: Executor,
  recipientCode: string,
  options: { forUpdate?: boolean } = {},
): Promise<PaymentAccountChangeRecord | undefined> {
  const query = executor
    .select()
    .from(paymentAccountChanges)
    .where(eq(paymentAccountChanges.recipientCode, recipientCode));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

/** The organisations among `codes` with a change waiting for confirmation. */
export async function listPaymentAccountChanges(
  executor: Executor,
  codes: readonly string[],
): Promise<PaymentAccountChangeRecord[]> {
  if (codes.length === 0) return [];
  return executor
    .select()
    .from(paymentAccountChanges)
    .where(inArray(paymentAccountChanges.recipientCode, [...codes]));
}

/** Every change waiting for confirmation, with the organisation's name, oldest first. */
export async function listPendingPaymentAccountChanges(
  executor: Executor,
): Promise<(PaymentAccountChangeRecord & { recipientName: string })[]> {
  const rows = await executor
    .select({ change: paymentAccountChanges, recipientName: recipients.name })
    .from(paymentAccountChanges)
    .innerJoin(recipients, eq(recipients.code, paymentAccountChanges.recipientCode))
    .orderBy(asc(paymentAccountChanges.proposedAt), asc(paymentAccountChanges.recipientCode));
  return rows.map((row) => ({ ...row.change, recipientName: row.recipientName }));
}

/** Proposes a change (replacing any earlier proposal of the organisation). */
export async function upsertPaymentAccountChange(
  executor: Executor,
  change: PaymentAccountChangeRecord,
): Promise<PaymentAccountChangeRecord> {
  const [row] = await executor
    .insert(paymentAccountChanges)
    .values(change)
    .onConflictDoUpdate({
      target: paymentAccountChanges.recipientCode,
      set: {
        accountType: change.accountType,
        accountNumber: change.accountNumber,
        proposedBy: change.proposedBy,
        proposedAt: change.proposedAt,
      },
    })
    .returning();
  if (!row) throw new Error('payment account change upsert returned nothing');
  return row;
}

export async function deletePaymentAccountChange(
  executor: Executor,
  recipientCode: string,
): Promise<PaymentAccountChangeRecord | undefined> {
  const [row] = await executor
    .delete(paymentAccountChanges)
    .where(eq(paymentAccountChanges.recipientCode, recipientCode))
    .returning();
  return row;
}

function selectDecisionsForPayout(executor: Executor, grantId: string) {
  return (
    executor
      .select({ decision: decisions, lineKr: payoutLines.amountKr })
      .from(decisions)
      .leftJoin(payoutLines, eq(payoutLines.decisionId, decisions.id))
      // A clawback demands money back: it is a receivable, never paid out.
      .where(and(eq(decisions.grantId, grantId), ne(decisions.kind, 'clawback')))
      .orderBy(asc(decisions.recipientCode), asc(decisions.createdAt))
  );
}

/**
 * Every decision of the grant with the amount of its payout line (null when in no batch), the
 * decisions locked for the rest of the transaction.
 */
export async function lockDecisionsForPayout(
  executor: Executor,
  grantId: string,
): Promise<DecisionForPayout[]> {
  return (await selectDecisionsForPayout(executor, grantId).for('update', { of: decisions })).map(
    toDecisionForPayout,
  );
}

/** The same, unlocked: for showing what a correction would pay. */
export async function listDecisionsForPayout(
  executor: Executor,
  grantId: string,
): Promise<DecisionForPayout[]> {
  return (await selectDecisionsForPayout(executor, grantId)).map(toDecisionForPayout);
}

function toDecisionForPayout({
  decision: d,
  lineKr,
}: {
  decision: typeof decisions.$inferSelect;
  lineKr: bigint | null;
}): DecisionForPayout {
  return {
    decisionId: d.id,
    referenceNumber: d.referenceNumber,
    status: d.status,
    recipientCode: d.recipientCode,
    amountKr: d.amountKr,
    channel: d.payoutChannel,
    supersedesDecisionId: d.supersedesDecisionId,
    lineKr,
  };
}

export async function insertPayoutBatch(
  executor: Executor,
  batch: typeof payoutBatches.$inferInsert,
  lines: readonly Omit<NewPayoutLineRecord, 'batchId'>[],
): Promise<PayoutBatchRecord> {
  const [row] = await executor.insert(payoutBatches).values(batch).returning();
  if (!row) throw new Error('payout batch insert returned nothing');
  if (lines.length > 0)
    await executor.insert(payoutLines).values(lines.map((line) => ({ ...line, batchId: row.id })));
  return row;
}

export async function findPayoutBatch(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PayoutBatchRecord | undefined> {
  const query = executor.select().from(payoutBatches).where(eq(payoutBatches.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function listPayoutBatches(
  executor: Executor,
  grantId: string,
): Promise<PayoutBatchRecord[]> {
  return executor
    .select()
    .from(payoutBatches)
    .where(eq(payoutBatches.grantId, grantId))
    .orderBy(desc(payoutBatches.createdAt));
}

export async function listPayoutLines(
  executor: Executor,
  batchId: string,
): Promise<PayoutLineWithNames[]> {
  const rows = await executor
    .select({
      line: payoutLines,
      recipientName: recipients.name,
      referenceNumber: decisions.referenceNumber,
    })
    .from(payoutLines)
    .innerJoin(recipients, eq(recipients.code, payoutLines.recipientCode))
    .innerJoin(decisions, eq(decisions.id, payoutLines.decisionId))
    .where(eq(payoutLines.batchId, batchId))
    .orderBy(asc(payoutLines.position));
  return rows.map((row) => ({
    ...row.line,
    recipientName: row.recipientName,
    referenceNumber: row.referenceNumber ?? '',
  }));
}

export async function updatePayoutBatch(
  executor: Executor,
  id: string,
  fields: Partial<
    Pick<PayoutBatchRecord, 'status' | 'approvedBy' | 'approvedAt' | 'paidOn' | 'paidBy' | 'paidAt'>
  > & {
    updatedAt: Date;
  },
): Promise<PayoutBatchRecord> {
  const [row] = await executor
    .update(payoutBatches)
    .set(fields)
    .where(eq(payoutBatches.id, id))
    .returning();
  if (!row) throw new Error(`payout batch ${id} not found`);
  return row;
}

/**
 * What the grant's decisions are to one recipient and what of them is paid: the number of the
 * grant's decisions that grant money (any recipient, any status; clawbacks take money back and do
 * not count), the recipient's such decisions, and the sum of its payout lines in paid batches.
 */
export async function findPaidToRecipient(
  executor: Executor,
  grantId: string,
  recipientCode: string,
): Promise<{ grantDecisions: number; recipientDecisions: number; paidKr: bigint }> {
  const [decided] = await executor
    .select({
      all: count(),
      own: sql<number>`count(*) filter (where ${decisions.recipientCode} = ${recipientCode})`.mapWith(
        Number,
      ),
    })
    .from(decisions)
    .where(and(eq(decisions.grantId, grantId), ne(decisions.kind, 'clawback')));
  const [paid] = await executor
    .select({
      paidKr: sql<string>`coalesce(sum(${payoutLines.amountKr}), 0)`.mapWith(String),
    })
    .from(payoutLines)
    .innerJoin(decisions, eq(decisions.id, payoutLines.decisionId))
    .innerJoin(payoutBatches, eq(payoutBatches.id, payoutLines.batchId))
    .where(
      and(
        eq(decisions.grantId, grantId),
        eq(decisions.recipientCode, recipientCode),
        ne(decisions.kind, 'clawback'),
        eq(payoutBatches.status, 'paid'),
      ),
    );
  return {
    grantDecisions: decided?.all ?? 0,
    recipientDecisions: decided?.own ?? 0,
    paidKr: BigInt(paid?.paidKr ?? '0'),
  };
}
