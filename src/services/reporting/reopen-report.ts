import { findReport, updateReport } from '../../db/reporting';
import { DomainError } from '../../domain/errors';
import { changeReport } from './change-report';
import type { ServiceContext } from '../common/context';
import type { ReportView } from './get-report';

/**
 * The case officer reopens a submitted report for correction, with a recorded reason: it becomes a
 * draft again as the next revision; the submission stays in report_submissions. Audited.
 */
export async function reopenReport(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string; reason: string },
): Promise<ReportView> {
  return changeReport(ctx, 'report.manage', input, async ({ tx, scope, now, audit }) => {
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
    await audit({
      entityId: report.id,
      action: 'report.reopened',
      before: { status: report.status, revision: report.revision },
      after: {
        status: reopened.status,
        revision: reopened.revision,
        recipientCode: scope.recipientCode,
      },
      reason: input.reason,
    });
  });
}
