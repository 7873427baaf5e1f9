import { appendAuditEvent } from '../db/audit';
import { findReport, updateReport } from '../db/reporting';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';
import { presentReportView, type ReportView } from './get-report';
import { loadReportScope } from './report-scope';

/**
 * The case officer reopens a submitted report for correction, with a recorded reason: it becomes a
 * draft again as the next revision; the submission stays in report_submissions. Audited.
 */
export async function reopenReport(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string; reason: string },
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
    const report = await findReport(tx, scope.grant.id, scope.recipientCode, { forUpdate: true });
    if (!report || report.status !== 'submitted')
      throw new DomainError('report.not_submitted', { status: report?.status ?? 'not_started' });
    const reopened = await updateReport(
      tx,
      report.id,
      {
        status: 'draft',
        revision: report.revision + 1,
        submittedAt: null,
        submittedBy: null,
        receivedKr: null,
        unusedKr: null,
        reopenedReason: input.reason,
        updatedBy: ctx.actor,
      },
      now,
    );
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'report',
      entityId: report.id,
      grantId: scope.grant.id,
      action: 'report.reopened',
      before: { status: report.status, revision: report.revision },
      after: {
        status: reopened.status,
        revision: reopened.revision,
        recipientCode: scope.recipientCode,
      },
      reason: input.reason,
    });
    return scope;
  });
  return presentReportView(ctx, scope.grant, scope.recipientCode, scope.receivedKr, {
    currentFormVersion: scope.form.currentVersion,
    voluntary: scope.form.voluntary,
  });
}
