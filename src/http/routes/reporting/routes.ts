// Follow-up reporting (docs/reporting.md): the case officer's form designer and overview, and the
// recipient's report. Reports are addressed by grant and organisation code; a recipient's staff
// reach only their own organisation's (404 for another's).
import type { FastifyRequest } from 'fastify';
import type { Issue } from '../../../domain/issues';
import { copyReportFormTemplate } from '../../../services/reporting/copy-report-form-template';
import { exportRepaymentLetter } from '../../../services/receivables/export-repayment-letter';
import { exportReports } from '../../../services/reporting/export-reports';
import { extendReportDeadline } from '../../../services/reporting/extend-report-deadline';
import { getReport } from '../../../services/reporting/get-report';
import { getReportForm } from '../../../services/reporting/get-report-form';
import { getReportingOverview } from '../../../services/reporting/get-reporting-overview';
import { reopenReport } from '../../../services/reporting/reopen-report';
import { saveReportDraft } from '../../../services/reporting/save-report-draft';
import { saveReportForm } from '../../../services/reporting/save-report-form';
import { submitReport } from '../../../services/reporting/submit-report';
import {
  presentReport,
  presentReportForm,
  presentReportingOverview,
} from '../../../services/reporting/present';
import { describeAnyIssue, preferredLocale } from '../../problem';
import type { ZodApp } from '../../validation';
import { sendFile } from '../../send-file';
import { reportingRoutes } from '../../../contracts/reporting';
import { registerRoute } from '../register';

const tags = ['reporting'];
/** Words a report's issues in the language the client prefers. */
const issueDescriber = (request: FastifyRequest) => {
  const locale = preferredLocale(request.headers['accept-language']);
  return (issue: Issue) => describeAnyIssue(issue, locale);
};

/** The report a route is about: the grant and the organisation code of the path. */
const target = (params: { id: string; code: string }) => ({
  grantId: params.id,
  recipientCode: params.code,
});

const toBigInt = (value: number | null) => (value === null ? null : BigInt(value));

export function registerReportingRoutes(app: ZodApp): void {
  registerRoute(
    app,
    reportingRoutes.form,
    {
      access: 'agency.read',
      tags,
      description:
        "The grant's follow-up form: the current definition, its versions and the ready templates.",
    },
    async (request) => presentReportForm(await getReportForm(request.ctx, request.params.id)),
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
      return presentReportForm(await getReportForm(request.ctx, request.params.id));
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
      return presentReportForm(await getReportForm(request.ctx, request.params.id));
    },
  );

  registerRoute(
    app,
    reportingRoutes.overview,
    {
      access: 'agency.read',
      tags,
      description:
        'Every recipient with the state of its report (submitted, draft, not started), late ones, whom to remind, totals and counts per answer.',
    },
    async (request) =>
      presentReportingOverview(await getReportingOverview(request.ctx, request.params.id)),
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
    async (request) =>
      presentReport(await getReport(request.ctx, target(request.params)), issueDescriber(request)),
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
      return presentReport(view, issueDescriber(request));
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
        issueDescriber(request),
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
        issueDescriber(request),
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
        issueDescriber(request),
      ),
  );
}
