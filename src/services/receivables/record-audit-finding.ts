// The case officer records the finding on a sampled report: a text and an outcome (no remark,
// remark, clawback proposed). A later finding replaces the earlier one; both are in the audit log.
import { appendAuditEvent } from '../../db/audit';
import { findAuditSampleItemForUpdate, updateAuditSampleItem } from '../../db/audit-samples';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadAuditSampleViews, type AuditSampleView } from './get-audit-samples';
import { authorize } from '../../domain/access/policy';

export type FindingOutcome = 'no_remark' | 'remark' | 'clawback_proposed';

export async function recordAuditFinding(
  ctx: ServiceContext,
  input: {
    grantId: string;
    sampleId: string;
    recipientCode: string;
    outcome: FindingOutcome;
    text: string;
  },
): Promise<AuditSampleView> {
  authorize(ctx.user, 'audit.manage', { grantId: input.grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const item = await findAuditSampleItemForUpdate(
      tx,
      input.grantId,
      input.sampleId,
      input.recipientCode,
    );
    if (!item) throw new DomainError('audit_sample.not_found', { sampleId: input.sampleId });
    const updated = await updateAuditSampleItem(tx, item.id, {
      findingOutcome: input.outcome,
      findingText: input.text,
      findingAt: now,
      findingBy: ctx.actor,
    });
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'audit_sample',
      entityId: item.sampleId,
      grantId: input.grantId,
      action: 'audit_sample.finding_recorded',
      before: { outcome: item.findingOutcome, text: item.findingText },
      after: {
        recipientCode: updated.recipientCode,
        outcome: updated.findingOutcome,
        text: updated.findingText,
      },
    });
    return (await loadAuditSampleViews(tx, input.grantId)).find(
      (v) => v.sample.id === input.sampleId,
    )!;
  });
}
