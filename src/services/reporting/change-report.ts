// The frame of every use case that changes a report: one transaction that authorises and loads the
// scope (report-scope.ts), makes the change and audits it; then the report as it now stands.
import { appendAuditEvent, type AuditEventOf } from '../../db/audit';
import type { Executor } from '../../db/client';
import type { ServiceContext } from '../common/context';
import { presentReportView, type ReportView } from './get-report';
import type { Action } from '../../domain/access/policy';
import type { IssueCheck } from './report-content';
import { loadReportScope, type ReportScope } from './report-scope';

export interface ReportChange {
  tx: Executor;
  scope: ReportScope;
  now: Date;
  /** Appends the change's audit event (entity: the report, or the grant when there is none). */
  audit(event: ReportAuditEvent): Promise<void>;
}

/** The events of a change to a report, each with its own before/after (db/audit-snapshots). */
export type ReportAuditEvent = { entityId: string; reason?: string } & AuditEventOf<
  | 'report.started'
  | 'report.draft_saved'
  | 'report.submitted'
  | 'report.reopened'
  | 'report.deadline_extended'
>;

export async function changeReport(
  ctx: ServiceContext,
  action: Action,
  input: { grantId: string; recipientCode: string },
  change: (c: ReportChange) => Promise<void>,
  check: IssueCheck = 'full',
): Promise<ReportView> {
  const now = ctx.now();
  const scope = await ctx.db.transaction(async (tx) => {
    const scope = await loadReportScope(ctx, tx, action, input.grantId, input.recipientCode);
    await change({
      tx,
      scope,
      now,
      audit: (event) =>
        appendAuditEvent(tx, {
          occurredAt: now,
          actor: ctx.actor,
          entityType: event.entityId === scope.grant.id ? 'grant' : 'report',
          grantId: scope.grant.id,
          ...event,
        }),
    });
    return scope;
  });
  return presentReportView(
    ctx,
    scope.grant,
    scope.recipientCode,
    scope.receivedKr,
    {
      currentFormVersion: scope.form.currentVersion,
      voluntary: scope.form.voluntary,
    },
    check,
  );
}
