import type { GrantRecord } from '../../db/grants';
import { findRecipientsByCodes } from '../../db/recipients';
import {
  findReport,
  listReportRepayments,
  listReportSubmissions,
  type ReportRecord,
  type ReportRepaymentRecord,
  type ReportSubmissionRecord,
} from '../../db/reporting';
import { deadlinePassed, localDate } from '../../domain/dates';
import type { Issue } from '../../domain/issues';
import type { FormDefinition } from '../../domain/reporting/form-model';
import type { ServiceContext } from '../common/context';
import { can } from '../../domain/access/policy';
import {
  checkDraftContent,
  checkReportContent,
  reportContent,
  type IssueCheck,
} from './report-content';
import { loadFormDefinition, loadReportScope, reportingDeadline } from './report-scope';

export interface ReportView {
  grant: GrantRecord;
  recipientCode: string;
  recipientName: string;
  receivedKr: bigint;
  deadlineOn: string | null;
  deadlinePassed: boolean;
  voluntary: boolean;
  formVersion: number;
  currentFormVersion: number;
  definition: FormDefinition;
  report: ReportRecord | null;
  /** What would stop the report from being submitted now (empty for a submitted one). */
  issues: Issue[];
  /** How far `issues` were checked: in full, or by a draft save's cheap checks only. */
  issuesChecked: IssueCheck;
  submissions: ReportSubmissionRecord[];
  /** The repayment outcome of the current submission (null while not submitted). */
  repayment: ReportRepaymentRecord | null;
  /** Whether the signed-in user may save and submit it. */
  mayEdit: boolean;
  maySubmit: boolean;
}

/** One organisation's report on a grant (agency staff: any; recipients' staff: their own). */
export async function getReport(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string },
): Promise<ReportView> {
  const scope = await loadReportScope(
    ctx,
    ctx.db,
    'report.read',
    input.grantId,
    input.recipientCode,
  );
  return presentReportView(ctx, scope.grant, scope.recipientCode, scope.receivedKr, {
    currentFormVersion: scope.form.currentVersion,
    voluntary: scope.form.voluntary,
  });
}

/**
 * The view of the report as stored now (also the answer of a save, a submit and a reopen), its
 * issues checked in full or (the answer of a draft save) by the cheap checks only.
 */
export async function presentReportView(
  ctx: ServiceContext,
  grant: GrantRecord,
  recipientCode: string,
  receivedKr: bigint,
  form: { currentFormVersion: number; voluntary: boolean },
  check: IssueCheck = 'full',
): Promise<ReportView> {
  const report = (await findReport(ctx.db, grant.id, recipientCode)) ?? null;
  const formVersion = report?.formVersion ?? form.currentFormVersion;
  const definition = await loadFormDefinition(ctx.db, grant.id, formVersion);
  const deadlineOn = await reportingDeadline(ctx.db, grant, recipientCode);
  const [recipient] = await findRecipientsByCodes(ctx.db, [recipientCode]);
  const issues =
    report?.status === 'submitted'
      ? []
      : check === 'draft'
        ? checkDraftContent(definition, reportContent(report), receivedKr)
        : checkReportContent(definition, reportContent(report), receivedKr).issues;
  const resource = { grantId: grant.id, recipientCode };
  return {
    grant,
    recipientCode,
    recipientName: recipient?.name ?? recipientCode,
    receivedKr,
    deadlineOn,
    deadlinePassed: deadlineOn !== null && deadlinePassed(localDate(deadlineOn), ctx.now()),
    voluntary: form.voluntary,
    formVersion,
    currentFormVersion: form.currentFormVersion,
    definition,
    report,
    issues,
    issuesChecked: check,
    submissions: report ? await listReportSubmissions(ctx.db, report.id) : [],
    repayment:
      report?.status === 'submitted'
        ? ((await listReportRepayments(ctx.db, grant.id, report.id)).find(
            (r) => r.revision === report.revision,
          ) ?? null)
        : null,
    mayEdit: canActFor(ctx, 'report.write', resource, ctx.user?.recipientCode ?? null),
    maySubmit: canActFor(ctx, 'report.submit', resource, ctx.user?.recipientCode ?? null),
  };
}

function canActFor(
  ctx: ServiceContext,
  action: 'report.write' | 'report.submit',
  resource: { grantId: string; recipientCode: string },
  ownCode: string | null,
): boolean {
  // Gotland's two codes are one organisation: acting under either is acting for the own one.
  return (
    can(ctx.user, action, resource) ||
    (ownCode !== null && can(ctx.user, action, { ...resource, recipientCode: ownCode }))
  );
}
