// Follow-up reporting (docs/reporting.md): the case officer's form designer and overview, and the
// recipient's report. Reports are addressed by grant and organisation code; a recipient's staff
// reach only their own organisation's (404 for another's).
import type { FastifyRequest } from 'fastify';
import { copyReportFormTemplate } from '../../../services/reporting/copy-report-form-template';
import { exportRepaymentLetter } from '../../../services/receivables/export-repayment-letter';
import { exportReports } from '../../../services/reporting/export-reports';
import { extendReportDeadline } from '../../../services/reporting/extend-report-deadline';
import { getReport, type ReportView } from '../../../services/reporting/get-report';
import { getReportForm } from '../../../services/reporting/get-report-form';
import { getReportingOverview } from '../../../services/reporting/get-reporting-overview';
import { reopenReport } from '../../../services/reporting/reopen-report';
import { reportContent } from '../../../services/reporting/report-content';
import { saveReportDraft } from '../../../services/reporting/save-report-draft';
import { saveReportForm } from '../../../services/reporting/save-report-form';
import { submitReport } from '../../../services/reporting/submit-report';
import { krToJson } from '../../../services/allocation/present';
import { describeAnyIssue, preferredLocale } from '../../problem';
import type { ZodApp } from '../../validation';
import { sendFile } from '../../send-file';
import {
  reportingRoutes,
  type EconomicAnswersJson,
  type Report,
} from '../../../contracts/reporting';
import { registerRoute } from '../register';

const tags = ['reporting'];
const kr = (value: bigint | null | undefined) => (value == null ? null : krToJson(value));
const iso = (value: Date | null | undefined) => value?.toISOString() ?? null;

export function presentReport(view: ReportView, request: FastifyRequest): Report {
  const locale = preferredLocale(request.headers['accept-language']);
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
    unusedKr:
      report?.unusedKr != null
        ? krToJson(report.unusedKr)
        : usedKr !== null && usedKr <= view.receivedKr
          ? krToJson(view.receivedKr - usedKr)
          : null,
    submittedAt: iso(report?.submittedAt),
    submittedBy: report?.submittedBy ?? null,
    reopenedReason: report?.reopenedReason ?? null,
    updatedAt: iso(report?.updatedAt),
    issues: view.issues.map((issue) => describeAnyIssue(issue, locale)),
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

/** The report a route is about: the grant and the organisation code of the path. */
const target = (params: { id: string; code: string }) => ({
  grantId: params.id,
  recipientCode: params.code,
});

const toBigInt = (value: number | null) => (value === null ? null : BigInt(value));

export function registerReportingRoutes(app: ZodApp): void {
  const formOverview = async (ctx: Parameters<typeof getReportForm>[0], grantId: string) => {
    const overview = await getReportForm(ctx, grantId);
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
  };

  registerRoute(
    app,
    reportingRoutes.form,
    {
      access: 'agency.read',
      tags,
      description:
        "The grant's follow-up form: the current definition, its versions and the ready templates.",
    },
    async (request) => formOverview(request.ctx, request.params.id),
  );

  registerRoute(
    app,
    reportingRoutes.saveForm,
    {
      access: 'report_form.edit',
      tags,
      description:
        'Saves the form and the reporting settings. Once a recipient has started a report, a changed form becomes a new version. 422 lists every issue with its JSON path; 409 when `revision` is stale.',
    },
    async (request) => {
      await saveReportForm(request.ctx, { grantId: request.params.id, ...request.body });
      return formOverview(request.ctx, request.params.id);
    },
  );

  registerRoute(
    app,
    reportingRoutes.copyTemplate,
    {
      access: 'report_form.edit',
      tags,
      description: "Makes the grant's form a copy of a ready template (never a shared reference).",
    },
    async (request) => {
      await copyReportFormTemplate(request.ctx, {
        grantId: request.params.id,
        templateId: request.body.templateId,
      });
      return formOverview(request.ctx, request.params.id);
    },
  );

  const overview = async (ctx: Parameters<typeof getReportingOverview>[0], grantId: string) => {
    const o = await getReportingOverview(ctx, grantId);
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
  };

  registerRoute(
    app,
    reportingRoutes.overview,
    {
      access: 'agency.read',
      tags,
      description:
        'Every recipient with the state of its report (submitted, draft, not started), late ones, whom to remind, totals and counts per answer.',
    },
    async (request) => overview(request.ctx, request.params.id),
  );

  for (const format of ['csv', 'xlsx'] as const) {
    registerRoute(
      app,
      reportingRoutes.export[format],
      {
        access: 'agency.read',
        tags,
        description: `The reporting overview as ${format.toUpperCase()}.`,
      },
      async (request, reply) =>
        sendFile(reply, await exportReports(request.ctx, request.params.id, format)),
    );
  }

  registerRoute(
    app,
    reportingRoutes.get,
    {
      access: 'report.read',
      tags,
      description:
        "One organisation's report on the grant, with its form version and what stops it from being submitted. Recipients' staff: their own organisation's only (404 otherwise).",
    },
    async (request) => presentReport(await getReport(request.ctx, target(request.params)), request),
  );

  registerRoute(
    app,
    reportingRoutes.repaymentLetter,
    {
      access: 'report.read',
      tags,
      description:
        'The letter about a submitted report (PDF): the repayment demand with amount, due date and OCR reference, the waiver, or that nothing is to be repaid. 409 before submission.',
    },
    async (request, reply) =>
      sendFile(reply, await exportRepaymentLetter(request.ctx, target(request.params))),
  );

  registerRoute(
    app,
    reportingRoutes.save,
    {
      access: 'report.write',
      tags,
      description:
        'Saves the report as a draft (autosave). 409 when `version` is stale (saved meanwhile from another tab) or the report is submitted.',
    },
    async (request) => {
      const { economic } = request.body;
      const view = await saveReportDraft(request.ctx, {
        ...target(request.params),
        version: request.body.version,
        economic: {
          usedKr: toBigInt(economic.usedKr),
          costs: Object.fromEntries(
            Object.entries(economic.costs).map(([id, value]) => [id, toBigInt(value)]),
          ),
          privateProviders: economic.privateProviders,
          privateShareBand: economic.privateShareBand,
        },
        answers: request.body.answers,
      });
      return presentReport(view, request);
    },
  );

  registerRoute(
    app,
    reportingRoutes.submit,
    {
      access: 'report.submit',
      tags,
      description:
        'The signatory submits the saved report by the last day (inclusive, Europe/Stockholm). 422 with every issue; 409 after the deadline or when `version` is stale. The report is then locked.',
    },
    async (request) =>
      presentReport(
        await submitReport(request.ctx, { ...target(request.params), ...request.body }),
        request,
      ),
  );

  registerRoute(
    app,
    reportingRoutes.reopen,
    {
      access: 'report.manage',
      tags,
      description:
        'The case officer reopens a submitted report for correction, with a reason; the submission is kept and the corrected report is the next revision.',
    },
    async (request) =>
      presentReport(
        await reopenReport(request.ctx, { ...target(request.params), ...request.body }),
        request,
      ),
  );

  registerRoute(
    app,
    reportingRoutes.extendDeadline,
    {
      access: 'report.manage',
      tags,
      description: 'Gives the recipient a later last day to report ("anstånd"), with a reason.',
    },
    async (request) =>
      presentReport(
        await extendReportDeadline(request.ctx, { ...target(request.params), ...request.body }),
        request,
      ),
  );
}
