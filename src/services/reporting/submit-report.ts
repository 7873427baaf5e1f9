import {
  findReport,
  insertReportRepayment,
  insertReportSubmission,
  updateReport,
} from '../../db/reporting';
import { localDate, todayInStockholm } from '../../domain/dates';
import { repaymentDemand } from '../../domain/reporting/repayment-demand';
import { DomainError } from '../../domain/errors';
import { unusedKr } from '../../domain/reporting/check-report';
import type { ServiceContext } from '../common/context';
import { changeReport } from './change-report';
import type { ReportView } from './get-report';
import { InvalidInputError } from '../common/invalid-input-error';
import { checkReportContent, reportContent, storedCosts } from './report-content';
import {
  loadFormDefinition,
  reportingDeadline,
  requireDraftVersion,
  requireOpenForReporting,
} from './report-scope';
import { krToJson } from '../allocation/present';
import { spendStepUp } from '../access/step-up';

/**
 * The signatory submits the organisation's saved report: by the recipient's last day (inclusive,
 * Europe/Stockholm), on the `version` they saw, and only when every check passes (SurveyJS's
 * required answers and visibility, our own value checks, costs summing to the amount used, used ≤
 * received, whole kronor) — otherwise 422 with every issue and nothing changed. The answers of
 * hidden questions are dropped, received and unused are fixed, the report is locked and the
 * submission kept as a revision. Its repayment outcome is recorded with it (src/domain/repayment):
 * a demand for the unused money (OCR reference, the grant's repayment deadline as due date) or a
 * waiver under the grant's threshold. Audited, with how the signatory proved who they were: the
 * step-up proof for this report is spent in the same transaction (docs/decisions/0032).
 */
export async function submitReport(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string; version: number; stepUpProof?: string },
): Promise<ReportView> {
  return changeReport(ctx, 'report.submit', input, async ({ tx, scope, now, audit }) => {
    const deadlineOn = await reportingDeadline(tx, scope.grant, scope.recipientCode);
    requireOpenForReporting(scope.grant, deadlineOn, now, true);
    const report = await findReport(tx, scope.grant.id, scope.recipientCode, { forUpdate: true });
    requireDraftVersion(report, input.version);
    if (!report)
      throw new DomainError('report.version_conflict', {
        expectedVersion: input.version,
        currentVersion: 0,
      });
    const definition = await loadFormDefinition(tx, scope.grant.id, report.formVersion);
    const content = reportContent(report);
    const { issues, visibleAnswers } = checkReportContent(definition, content, scope.receivedKr);
    if (issues.length > 0) throw new InvalidInputError(issues);
    const signature = await spendStepUp(
      tx,
      ctx,
      { kind: 'report.submit', grantId: scope.grant.id, recipientCode: scope.recipientCode },
      input.stepUpProof,
    );
    const usedKr = content.economic.usedKr!;
    const unused = unusedKr(scope.receivedKr, usedKr);
    const submitted = await updateReport(
      tx,
      report.id,
      {
        status: 'submitted',
        answers: visibleAnswers,
        receivedKr: scope.receivedKr,
        unusedKr: unused,
        submittedAt: now,
        submittedBy: ctx.actor,
        updatedBy: ctx.actor,
      },
      now,
    );
    await insertReportSubmission(tx, {
      reportId: report.id,
      grantId: scope.grant.id,
      recipientCode: scope.recipientCode,
      revision: report.revision,
      formVersion: report.formVersion,
      receivedKr: scope.receivedKr,
      usedKr,
      unusedKr: unused,
      content: {
        costs: storedCosts(content.economic.costs),
        privateProviders: content.economic.privateProviders,
        privateShareBand: content.economic.privateShareBand,
        answers: visibleAnswers,
      },
      submittedAt: now,
      submittedBy: ctx.actor,
      createdAt: now,
    });
    const repayment = repaymentDemand({
      grant: {
        grantYear: scope.grant.grantYear,
        repaymentRequired: scope.grant.repaymentRequired,
        waiverThresholdKr: scope.grant.waiverThresholdKr,
        repaymentDeadlineOn:
          scope.grant.repaymentDeadlineOn === null
            ? null
            : localDate(scope.grant.repaymentDeadlineOn),
      },
      recipientCode: scope.recipientCode,
      revision: report.revision,
      receivedKr: scope.receivedKr,
      usedKr,
      submittedOn: todayInStockholm(now),
    });
    await insertReportRepayment(tx, {
      reportId: report.id,
      grantId: scope.grant.id,
      recipientCode: scope.recipientCode,
      revision: report.revision,
      outcome: repayment.outcome,
      receivedKr: repayment.receivedKr,
      usedKr: repayment.usedKr,
      unusedKr: repayment.unusedKr,
      toRepayKr: repayment.toRepayKr,
      waivedKr: repayment.waivedKr,
      ocrReference: repayment.ocrReference,
      dueOn: repayment.dueOn,
      createdAt: now,
      createdBy: ctx.actor,
    });
    await audit({
      entityId: report.id,
      action: 'report.submitted',
      before: { status: report.status, version: report.version },
      after: {
        status: submitted.status,
        version: submitted.version,
        revision: submitted.revision,
        recipientCode: scope.recipientCode,
        receivedKr: krToJson(scope.receivedKr),
        usedKr: krToJson(usedKr),
        unusedKr: krToJson(unused),
        repayment: {
          outcome: repayment.outcome,
          toRepayKr: krToJson(repayment.toRepayKr),
          waivedKr: krToJson(repayment.waivedKr),
          ocrReference: repayment.ocrReference,
          dueOn: repayment.dueOn,
        },
        ...(signature && { signature }),
      },
    });
  });
}
