// Follow-up reporting in the API's shapes (contracts/reporting.ts): kronor as integers, instants
// as ISO strings.
import type { Issue } from '../../domain/issues';
import { unusedKr } from '../../domain/reporting/check-report';
import type { ProblemIssue } from '../../contracts/problem';
import type {
  EconomicAnswersJson,
  Report,
  ReportForm,
  ReportingOverview,
} from '../../contracts/reporting';
import { krToJson } from '../allocation/present';
import type { ReportView } from './get-report';
import type { ReportFormOverview } from './get-report-form';
import type { ReportingOverview as ReportingOverviewView } from './get-reporting-overview';
import { reportContent } from './report-content';

const kr = (value: bigint | null | undefined) => (value == null ? null : krToJson(value));
const iso = (value: Date | null | undefined) => value?.toISOString() ?? null;

/**
 * A report in the API's shape. `describeIssue` words each issue in the reader's language (the HTTP
 * layer knows the language and the message catalogues).
 */
export function presentReport(
  view: ReportView,
  describeIssue: (issue: Issue) => ProblemIssue,
): Report {
  const { report } = view;
  const content = reportContent(report);
  const economic: EconomicAnswersJson = {
    usedKr: kr(content.economic.usedKr),
    costs: Object.fromEntries(
      Object.entries(content.economic.costs).map(([id, value]) => [id, kr(value)]),
    ),
    privateProviders: content.economic.privateProviders,
    privateShareBand: content.economic.privateShareBand,
  };
  const usedKr = content.economic.usedKr;
  return {
    grantId: view.grant.id,
    grantName: view.grant.name,
    grantYear: view.grant.grantYear,
    recipientCode: view.recipientCode,
    recipientName: view.recipientName,
    receivedKr: krToJson(view.receivedKr),
    deadlineOn: view.deadlineOn,
    deadlinePassed: view.deadlinePassed,
    voluntary: view.voluntary,
    formVersion: view.formVersion,
    currentFormVersion: view.currentFormVersion,
    definition: view.definition,
    state: report?.status ?? 'not_started',
    version: report?.version ?? 0,
    revision: report?.revision ?? 1,
    economic,
    answers: content.answers,
    // Until submission the unused amount is the domain's rule on the draft's figures; none while
    // more is used than received (that is an issue of its own, shown with the others).
    unusedKr:
      report?.unusedKr != null
        ? krToJson(report.unusedKr)
        : usedKr !== null && usedKr <= view.receivedKr
          ? krToJson(unusedKr(view.receivedKr, usedKr))
          : null,
    submittedAt: iso(report?.submittedAt),
    submittedBy: report?.submittedBy ?? null,
    reopenedReason: report?.reopenedReason ?? null,
    updatedAt: iso(report?.updatedAt),
    issues: view.issues.map(describeIssue),
    issuesChecked: view.issuesChecked,
    submissions: view.submissions.map((s) => ({
      revision: s.revision,
      formVersion: s.formVersion,
      receivedKr: krToJson(s.receivedKr),
      usedKr: krToJson(s.usedKr),
      unusedKr: krToJson(s.unusedKr),
      submittedAt: s.submittedAt.toISOString(),
      submittedBy: s.submittedBy,
    })),
    repayment: view.repayment && {
      outcome: view.repayment.outcome,
      unusedKr: krToJson(view.repayment.unusedKr),
      toRepayKr: krToJson(view.repayment.toRepayKr),
      waivedKr: krToJson(view.repayment.waivedKr),
      ocrReference: view.repayment.ocrReference,
      dueOn: view.repayment.dueOn,
    },
    mayEdit: view.mayEdit,
    maySubmit: view.maySubmit,
  };
}

export function presentReportForm(overview: ReportFormOverview): ReportForm {
  return {
    grantId: overview.grantId,
    usageAreas: overview.usageAreas,
    form: overview.form && {
      currentVersion: overview.form.currentVersion,
      voluntary: overview.form.voluntary,
      revision: overview.form.revision,
    },
    definition: overview.definition,
    versions: overview.versions.map((v) => ({
      version: v.version,
      templateId: v.templateId,
      createdAt: v.createdAt.toISOString(),
      createdBy: v.createdBy,
      reportCount: v.reportCount,
    })),
    templates: overview.templates.map((t) => ({ id: t.id, name: t.name })),
  };
}

export function presentReportingOverview(o: ReportingOverviewView): ReportingOverview {
  return {
    ...o,
    totals: {
      receivedKr: krToJson(o.totals.receivedKr),
      usedKr: krToJson(o.totals.usedKr),
      unusedKr: krToJson(o.totals.unusedKr),
      demands: o.totals.demands,
      toRepayKr: krToJson(o.totals.toRepayKr),
      waivers: o.totals.waivers,
      waivedKr: krToJson(o.totals.waivedKr),
    },
    rows: o.rows.map((row) => ({
      recipientCode: row.recipientCode,
      recipientName: row.recipientName,
      allocatedKr: krToJson(row.allocatedKr),
      state: row.state,
      late: row.late,
      deadlineOn: row.deadlineOn,
      formVersion: row.formVersion,
      revision: row.revision,
      submittedAt: iso(row.submittedAt),
      receivedKr: kr(row.receivedKr),
      usedKr: kr(row.usedKr),
      unusedKr: kr(row.unusedKr),
      emails: row.emails,
    })),
  };
}
