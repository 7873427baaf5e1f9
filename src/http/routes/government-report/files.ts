// The report to the government as files (docs/decisions/0027): what the case officer downloads
// from the report's page, with the same filters. Agency staff only, as the report itself.
import type { RespondentFilter } from '../../../domain/government-report/model';
import {
  exportGovernmentReport,
  exportJointReport,
  type GovernmentReportFile,
} from '../../../services/government-report/export-government-report';
import { governmentReportFileRoutes } from '../../../contracts/government-report-files';
import { sendFile } from '../../send-file';
import type { ZodApp } from '../../validation';
import { registerRoute } from '../register';

const tags = ['government-report'];

const filterOf = (query: {
  county?: string;
  sizeGroup?: string;
  privateProviders?: RespondentFilter['privateProviders'];
}) => ({
  ...(query.county !== undefined && { countyCode: query.county }),
  ...(query.sizeGroup !== undefined && { sizeGroup: query.sizeGroup }),
  ...(query.privateProviders !== undefined && { privateProviders: query.privateProviders }),
});

export function registerGovernmentReportFileRoutes(app: ZodApp): void {
  const whole = (
    entry: typeof governmentReportFileRoutes.xlsx | typeof governmentReportFileRoutes.annexXlsx,
    file: GovernmentReportFile,
    description: string,
  ) =>
    registerRoute(
      app,
      entry,
      { access: 'agency.read', tags, description },
      async (request, reply) =>
        sendFile(
          reply,
          await exportGovernmentReport(
            request.ctx,
            request.params.id,
            filterOf(request.query),
            file,
          ),
        ),
    );
  whole(
    governmentReportFileRoutes.xlsx,
    { format: 'xlsx' },
    'The report to the government as XLSX: a sheet per table (title, base, header, rows, source; numbers as numbers in Swedish formats), then the free-text answers and the annex per recipient.',
  );
  registerRoute(
    app,
    governmentReportFileRoutes.pdf,
    {
      access: 'agency.read',
      tags,
      description:
        'The report to the government as PDF: Tabell 1 and each question table with its bar chart and source line, a 1–5 matrix with its full spread; with `compare`, a last section comparing the questions with the other grants (years) given, as the page does.',
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportGovernmentReport(request.ctx, request.params.id, filterOf(request.query), {
          format: 'pdf',
          compareWith: request.query.compare?.split(',') ?? [],
        }),
      ),
  );
  whole(
    governmentReportFileRoutes.annexXlsx,
    { format: 'annex_xlsx' },
    "The annex (Bilaga 1) as XLSX: every recipient's allocation, requisitioned, used, unused, share unused and amount to repay, with totals.",
  );

  registerRoute(
    app,
    governmentReportFileRoutes.tableCsv,
    {
      access: 'agency.read',
      tags,
      description:
        'One table of the report as CSV (`table`: "distribution" for Tabell 1, "annex", or a question id); 404 `government_report.no_such_table` for a table the report does not have.',
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportGovernmentReport(request.ctx, request.params.id, filterOf(request.query), {
          format: 'csv',
          table: request.query.table,
        }),
      ),
  );

  registerRoute(
    app,
    governmentReportFileRoutes.jointXlsx,
    {
      access: 'agency.read',
      tags,
      description:
        'The joint report (1–20 grants side by side, e.g. one programme over years) as XLSX: use per grant with the sum over all, each question compared across the grants, and every recipient per grant; 422 `government_report.grant_count` for no or too many grants.',
    },
    async (request, reply) =>
      sendFile(reply, await exportJointReport(request.ctx, request.query.grantIds)),
  );
}
