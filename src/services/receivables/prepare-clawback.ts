import { appealTextOf } from '../../db/agency-settings';
// The case officer prepares a clawback (återkrav) from an audit finding that proposed one: a draft
// `decisions` row of kind `clawback` (amount, reasons, the grant's legal basis and appeal text) with
// its own OCR reference and due date. A decision maker issues it through issueDecisions like any
// other decision; then it is a receivable (docs/audit-and-clawback.md). Audited.
import { appendAuditEvent } from '../../db/audit';
import { findAuditSampleItemForUpdate } from '../../db/audit-samples';
import { insertDecisions, type DecisionRecord } from '../../db/decisions';
import { countClawbacks, insertClawback } from '../../db/receivables';
import { addDays, todayInStockholm } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import { clawbackOcrReference } from '../../domain/receivables/receivable';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { decisionSnapshot } from '../../db/audit-snapshots/decisions';

/** Days to pay a clawback when the officer names no due date (as for repayment demands). */
export const CLAWBACK_DAYS_TO_PAY = 30;

export async function prepareClawback(
  ctx: ServiceContext,
  input: {
    grantId: string;
    sampleId: string;
    recipientCode: string;
    amountKr: bigint;
    reasons: string;
    dueOn?: string;
  },
): Promise<{ decision: DecisionRecord; ocrReference: string; dueOn: string }> {
  authorize(ctx.user, 'audit.manage', { grantId: input.grantId });
  const now = ctx.now();
  const today = todayInStockholm(now);
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrant(tx, input.grantId);
    const item = await findAuditSampleItemForUpdate(
      tx,
      grant.id,
      input.sampleId,
      input.recipientCode,
    );
    if (!item) throw new DomainError('audit_sample.not_found', { sampleId: input.sampleId });
    if (item.findingOutcome !== 'clawback_proposed')
      throw new DomainError('clawback.not_proposed', { recipientCode: input.recipientCode });
    if (input.amountKr <= 0n || input.amountKr > item.receivedKr)
      throw new DomainError('clawback.amount_out_of_range', {
        amountKr: input.amountKr.toString(),
        receivedKr: item.receivedKr.toString(),
      });
    const dueOn = input.dueOn ?? addDays(today, CLAWBACK_DAYS_TO_PAY);
    if (dueOn <= today) throw new DomainError('clawback.due_on_not_future', { dueOn });
    const [decision] = await insertDecisions(tx, [
      {
        kind: 'clawback',
        grantId: grant.id,
        recipientCode: input.recipientCode,
        amountKr: input.amountKr,
        payoutChannel: 'bank_transfer',
        legalBasis: grant.legalBasis,
        reasons: input.reasons,
        conditions: '',
        appealText: await appealTextOf(tx, grant.id),
        sourceType: 'audit_finding',
        sourceId: item.id,
        preparedBy: ctx.actor,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    const sequence = (await countClawbacks(tx, grant.id, input.recipientCode)) + 1;
    const ocrReference = clawbackOcrReference(grant.grantYear, input.recipientCode, sequence);
    await insertClawback(tx, {
      decisionId: decision!.id,
      grantId: grant.id,
      recipientCode: input.recipientCode,
      auditSampleItemId: item.id,
      ocrReference,
      dueOn,
      createdAt: now,
      createdBy: ctx.actor,
    });
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'decision',
      entityId: decision!.id,
      grantId: grant.id,
      action: 'clawback.prepared',
      after: { ...decisionSnapshot(decision!), ocrReference, dueOn, sampleId: item.sampleId },
    });
    return { decision: decision!, ocrReference, dueOn };
  });
}
