import { listDeadlineExtensions, upsertDeadlineExtension } from '../../db/reporting';
import { changeReport } from './change-report';
import type { ServiceContext } from '../common/context';
import type { ReportView } from './get-report';

/**
 * The case officer gives one recipient a later last day to report ("anstånd"), with a recorded
 * reason; it replaces an earlier extension. Audited (on the grant).
 */
export async function extendReportDeadline(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string; deadlineOn: string; reason: string },
): Promise<ReportView> {
  return changeReport(ctx, 'report.manage', input, async ({ tx, scope, now, audit }) => {
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
    await audit({
      entityId: scope.grant.id,
      action: 'report.deadline_extended',
      before: {
        recipientCode: scope.recipientCode,
        deadlineOn: before?.deadlineOn ?? scope.grant.reportingDeadlineOn,
      },
      after: { recipientCode: scope.recipientCode, deadlineOn: input.deadlineOn },
      reason: input.reason,
    });
  });
}
