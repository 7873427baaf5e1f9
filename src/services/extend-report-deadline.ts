import { appendAuditEvent } from '../db/audit';
import { listDeadlineExtensions, upsertDeadlineExtension } from '../db/reporting';
import type { ServiceContext } from './context';
import { presentReportView, type ReportView } from './get-report';
import { loadReportScope } from './report-scope';

/**
 * The case officer gives one recipient a later last day to report ("anstånd"), with a recorded
 * reason; it replaces an earlier extension. Audited.
 */
export async function extendReportDeadline(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string; deadlineOn: string; reason: string },
): Promise<ReportView> {
  const now = ctx.now();
  const scope = await ctx.db.transaction(async (tx) => {
    const scope = await loadReportScope(
      ctx,
      tx,
      'report.manage',
      input.grantId,
      input.recipientCode,
    );
    const [before] = await listDeadlineExtensions(tx, scope.grant.id, scope.recipientCode);
    await upsertDeadlineExtension(
      tx,
      {
        grantId: scope.grant.id,
        recipientCode: scope.recipientCode,
        deadlineOn: input.deadlineOn,
        reason: input.reason,
        createdBy: ctx.actor,
      },
      now,
    );
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: scope.grant.id,
      grantId: scope.grant.id,
      action: 'report.deadline_extended',
      before: {
        recipientCode: scope.recipientCode,
        deadlineOn: before?.deadlineOn ?? scope.grant.reportingDeadlineOn,
      },
      after: { recipientCode: scope.recipientCode, deadlineOn: input.deadlineOn },
      reason: input.reason,
    });
    return scope;
  });
  return presentReportView(ctx, scope.grant, scope.recipientCode, scope.receivedKr, {
    currentFormVersion: scope.form.currentVersion,
    voluntary: scope.form.voluntary,
  });
}
