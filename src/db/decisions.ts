// Queries on decisions (beslut), their reference numbers and the grant's decision settings.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from './client';
import {
  auditEvents,
  decisions,
  grantDecisionSettings,
  grants,
  payoutBatches,
  payoutLines,
  recipients,
  referenceCounters,
} from './schema';

export type DecisionRecord = typeof decisions.$inferSelect;
export type NewDecisionRecord = typeof decisions.$inferInsert;
export type DecisionKind = DecisionRecord['kind'];

/** A decision with its recipient's name and organisation number, and its payout if any. */
export interface DecisionWithRecipient extends DecisionRecord {
  grantName: string;
  recipientName: string;
  orgNumber: string | null;
  /** What letters are addressed with: the register's legal name and postal address, if any. */
  recipientLegalName: string | null;
  recipientPostalStreet: string | null;
  recipientPostalCode: string | null;
  recipientPostalTown: string | null;
  payout: {
    batchId: string;
    status: 'draft' | 'approved' | 'paid';
    paymentOn: string;
    paidOn: string | null;
  } | null;
}

/**
 * The next reference number of the series and year, counted in the caller's transaction: the upsert
 * locks the counter row until the transaction ends, so concurrent issuers wait for each other, and
 * a rollback returns the number (no gaps, no duplicates).
 */
export async function takeReferenceNumber(
  executor: Executor,
  series: string,
  year: number,
): Promise<number> {
  const [row] = await executor
    .insert(referenceCounters)
    .values({ series, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [referenceCounters.series, referenceCounters.year],
      set: { lastNumber: sql`${referenceCounters.lastNumber} + 1`, updatedAt: sql`now()` },
    })
    .returning({ lastNumber: referenceCounters.lastNumber });
  if (!row) throw new Error('reference counter upsert returned nothing');
  return row.lastNumber;
}

export async function insertDecisions(
  executor: Executor,
  rows: readonly NewDecisionRecord[],
): Promise<DecisionRecord[]> {
  if (rows.length === 0) return [];
  return executor
    .insert(decisions)
    .values([...rows])
    .returning();
}

const withRecipient = {
  decision: decisions,
  grantName: grants.name,
  recipientName: recipients.name,
  orgNumber: recipients.orgNumber,
  recipientLegalName: recipients.legalName,
  recipientPostalStreet: recipients.postalStreet,
  recipientPostalCode: recipients.postalCode,
  recipientPostalTown: recipients.postalTown,
  batchId: payoutBatches.id,
  batchStatus: payoutBatches.status,
  paymentOn: payoutBatches.paymentOn,
  paidOn: payoutBatches.paidOn,
};

function shape(row: {
  decision: DecisionRecord;
  grantName: string;
  recipientName: string;
  orgNumber: string | null;
  recipientLegalName: string | null;
  recipientPostalStreet: string | null;
  recipientPostalCode: string | null;
  recipientPostalTown: string | null;
  batchId: string | null;
  batchStatus: 'draft' | 'approved' | 'paid' | null;
  paymentOn: string | null;
  paidOn: string | null;
}): DecisionWithRecipient {
  return {
    ...row.decision,
    grantName: row.grantName,
    recipientName: row.recipientName,
    orgNumber: row.orgNumber,
    recipientLegalName: row.recipientLegalName,
    recipientPostalStreet: row.recipientPostalStreet,
    recipientPostalCode: row.recipientPostalCode,
    recipientPostalTown: row.recipientPostalTown,
    payout:
      row.batchId && row.batchStatus && row.paymentOn
        ? {
            batchId: row.batchId,
            status: row.batchStatus,
            paymentOn: row.paymentOn,
            paidOn: row.paidOn,
          }
        : null,
  };
}

function selectWithRecipient(executor: Executor) {
  return executor
    .select(withRecipient)
    .from(decisions)
    .innerJoin(recipients, eq(recipients.code, decisions.recipientCode))
    .innerJoin(grants, eq(grants.id, decisions.grantId))
    .leftJoin(payoutLines, eq(payoutLines.decisionId, decisions.id))
    .leftJoin(payoutBatches, eq(payoutBatches.id, payoutLines.batchId));
}

/**
 * A grant's decisions, by recipient code and reference number (drafts have none: oldest first), and
 * last by id, so drafts made in the same instant always come in the same order.
 */
export async function listDecisionsForGrant(
  executor: Executor,
  grantId: string,
): Promise<DecisionWithRecipient[]> {
  const rows = await selectWithRecipient(executor)
    .where(eq(decisions.grantId, grantId))
    .orderBy(
      asc(decisions.recipientCode),
      asc(decisions.referenceNumber),
      asc(decisions.createdAt),
      asc(decisions.id),
    );
  return rows.map(shape);
}

/** The issued decisions of the organisation's codes, newest first. */
export async function listIssuedDecisionsForRecipient(
  executor: Executor,
  codes: readonly string[],
): Promise<DecisionWithRecipient[]> {
  const rows = await selectWithRecipient(executor)
    .where(and(inArray(decisions.recipientCode, [...codes]), eq(decisions.status, 'issued')))
    .orderBy(sql`${decisions.issuedAt} desc`, asc(decisions.referenceNumber));
  return rows.map(shape);
}

export async function findDecision(
  executor: Executor,
  id: string,
): Promise<DecisionWithRecipient | undefined> {
  const [row] = await selectWithRecipient(executor).where(eq(decisions.id, id));
  return row ? shape(row) : undefined;
}

/** The grant's drafts (or those of `ids`), locked for the rest of the transaction. */
export async function lockDraftDecisions(
  executor: Executor,
  grantId: string,
  ids: readonly string[] | null,
): Promise<DecisionRecord[]> {
  return executor
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.grantId, grantId),
        eq(decisions.status, 'draft'),
        ids === null ? undefined : inArray(decisions.id, [...ids]),
      ),
    )
    .orderBy(asc(decisions.recipientCode), asc(decisions.createdAt))
    .for('update');
}

export async function lockDecisions(
  executor: Executor,
  ids: readonly string[],
): Promise<DecisionRecord[]> {
  if (ids.length === 0) return [];
  return executor
    .select()
    .from(decisions)
    .where(inArray(decisions.id, [...ids]))
    .for('update');
}

export async function markDecisionIssued(
  executor: Executor,
  id: string,
  fields: {
    referenceNumber: string;
    decidedOn: string;
    decisionMakerId: string | null;
    decisionMakerName: string;
    issuedAt: Date;
  },
): Promise<DecisionRecord> {
  const [row] = await executor
    .update(decisions)
    .set({ ...fields, status: 'issued', updatedAt: fields.issuedAt })
    .where(and(eq(decisions.id, id), eq(decisions.status, 'draft')))
    .returning();
  if (!row) throw new Error(`decision ${id} is not a draft`);
  return row;
}

/** The source keys (`type:id:recipient:kind`) that already have a decision not superseding another. */
export async function existingSourceKeys(
  executor: Executor,
  grantId: string,
): Promise<Set<string>> {
  const rows = await executor
    .select({
      sourceType: decisions.sourceType,
      sourceId: decisions.sourceId,
      recipientCode: decisions.recipientCode,
      kind: decisions.kind,
    })
    .from(decisions)
    .where(eq(decisions.grantId, grantId));
  return new Set(rows.map((r) => sourceKey(r)));
}

export function sourceKey(row: {
  sourceType: string;
  sourceId: string;
  recipientCode: string;
  kind: string;
}): string {
  return `${row.sourceType}:${row.sourceId}:${row.recipientCode}:${row.kind}`;
}

export async function findAppealText(executor: Executor, grantId: string): Promise<string | null> {
  const [row] = await executor
    .select({ appealText: grantDecisionSettings.appealText })
    .from(grantDecisionSettings)
    .where(eq(grantDecisionSettings.grantId, grantId));
  return row?.appealText ?? null;
}

export async function upsertAppealText(
  executor: Executor,
  grantId: string,
  appealText: string,
  now: Date,
): Promise<void> {
  await executor
    .insert(grantDecisionSettings)
    .values({ grantId, appealText, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: grantDecisionSettings.grantId,
      set: { appealText, updatedAt: now },
    });
}

/** The decision that corrects `id`, if any. */
export async function findCorrection(
  executor: Executor,
  id: string,
): Promise<DecisionRecord | undefined> {
  const [row] = await executor
    .select()
    .from(decisions)
    .where(eq(decisions.supersedesDecisionId, id));
  return row;
}

/** Changes a draft's amount and reasons; undefined when it is no longer a draft. */
export async function updateDraftDecision(
  executor: Executor,
  id: string,
  fields: { amountKr: bigint; reasons: string; updatedAt: Date },
): Promise<DecisionRecord | undefined> {
  const [row] = await executor
    .update(decisions)
    .set(fields)
    .where(and(eq(decisions.id, id), eq(decisions.status, 'draft')))
    .returning();
  return row;
}

/**
 * Removes a draft, so its source amount can be prepared again (the audit log keeps what it was).
 * An issued decision is never removed (the trigger of migration 0007 refuses it too).
 */
export async function deleteDraftDecision(executor: Executor, id: string): Promise<boolean> {
  const rows = await executor
    .delete(decisions)
    .where(and(eq(decisions.id, id), eq(decisions.status, 'draft')))
    .returning({ id: decisions.id });
  return rows.length === 1;
}

/** The audit actions by which a person shapes a draft decision's content (before it is issued). */
const PREPARING_ACTIONS = [
  'decision.prepared',
  'decision.correction_prepared',
  'decision.draft_changed',
  'clawback.prepared',
] as const;

/**
 * Everyone who prepared or changed each of the decisions, by decision id: its `prepared_by` and the
 * actors of the audit log's preparing events (every change of a draft is audited in the same
 * transaction). The four-eyes rule keeps them all from issuing it (policy.ts SECOND_PERSON).
 */
export async function listDecisionPreparers(
  executor: Executor,
  records: readonly Pick<DecisionRecord, 'id' | 'preparedBy'>[],
): Promise<Map<string, Set<string>>> {
  const preparers = new Map(records.map((r) => [r.id, new Set([r.preparedBy])]));
  if (records.length === 0) return preparers;
  const rows = await executor
    .selectDistinct({ entityId: auditEvents.entityId, actor: auditEvents.actor })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'decision'),
        inArray(
          auditEvents.entityId,
          records.map((r) => r.id),
        ),
        inArray(auditEvents.action, [...PREPARING_ACTIONS]),
      ),
    );
  for (const row of rows) preparers.get(row.entityId)?.add(row.actor);
  return preparers;
}
