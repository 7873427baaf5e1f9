import { findReport, insertReport, updateReport } from '../db/reporting';
import type { EconomicAnswers, SurveyAnswers } from '../domain/reporting/check-report';
import type { ServiceContext } from './context';
import { changeReport } from './change-report';
import type { ReportView } from './get-report';
import { storedCosts } from './report-content';
import { reportingDeadline, requireDraftVersion, requireOpenForReporting } from './report-scope';

export interface SaveReportDraftInput {
  grantId: string;
  recipientCode: string;
  /** The report's version the client read; 0 when it has not started one. */
  version: number;
  economic: EconomicAnswers;
  answers: SurveyAnswers;
}

/**
 * Saves the organisation's report as a draft (the autosave): anything typed is kept, complete or
 * not; the checks that stop a submission are shown, not enforced. Optimistic concurrency: a stale
 * `version` (another tab or colleague saved in between) is report.version_conflict (409) and
 * changes nothing. The first save starts the report on the form's current version. Audited.
 */
export async function saveReportDraft(
  ctx: ServiceContext,
  input: SaveReportDraftInput,
): Promise<ReportView> {
  return changeReport(ctx, 'report.write', input, async ({ tx, scope, now, audit }) => {
    requireOpenForReporting(
      scope.grant,
      await reportingDeadline(tx, scope.grant, input.recipientCode),
      now,
      false,
    );
    const existing = await findReport(tx, scope.grant.id, scope.recipientCode, { forUpdate: true });
    requireDraftVersion(existing, input.version);
    const content = {
      usedKr: input.economic.usedKr,
      costs: storedCosts(input.economic.costs),
      privateProviders: input.economic.privateProviders,
      privateShareBand: input.economic.privateShareBand,
      answers: input.answers,
      updatedBy: ctx.actor,
    };
    const saved = existing
      ? await updateReport(tx, existing.id, content, now)
      : await insertReport(tx, {
          grantId: scope.grant.id,
          recipientCode: scope.recipientCode,
          formVersion: scope.form.currentVersion,
          ...content,
          createdAt: now,
          createdBy: ctx.actor,
          updatedAt: now,
        });
    await audit({
      entityId: saved.id,
      action: existing ? 'report.draft_saved' : 'report.started',
      before: existing ? { version: existing.version } : null,
      after: {
        version: saved.version,
        recipientCode: saved.recipientCode,
        formVersion: saved.formVersion,
      },
    });
  });
}
