// The report to the government as files (docs/decisions/0027): the whole report as XLSX (a sheet
// per table) and PDF (tables with bar charts), one table as CSV, and the annex per recipient as
// XLSX. Each takes the report's filters, so a download is the report the page shows. The joint
// report (grants or years side by side) as XLSX.
import { z } from 'zod';
import { GovernmentReportQuerySchema, JointReportQuerySchema } from './government-report';
import { route } from './route';
import { EXPORT_TYPES, IdParamsSchema } from './shared';

/** Other grants whose years the PDF compares the questions with: as many as a page is wide. */
export const MAX_PDF_COMPARED_GRANTS = 4;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export const GovernmentReportPdfQuerySchema = GovernmentReportQuerySchema.extend({
  compare: z
    .string()
    .regex(new RegExp(`^${UUID}(,${UUID}){0,${MAX_PDF_COMPARED_GRANTS - 1}}$`))
    .optional()
    .describe(
      `Other grants (comma-separated ids, 1 to ${MAX_PDF_COMPARED_GRANTS}) to compare the questions with: the PDF ends with "Jämförelse med andra år", the use per grant and every question side by side, this grant first`,
    ),
});

export const TableCsvQuerySchema = GovernmentReportQuerySchema.extend({
  table: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .describe('The table: "distribution" (Tabell 1) or a question id'),
});

export const governmentReportFileRoutes = {
  xlsx: route({
    method: 'GET',
    path: '/grants/:id/government-report.xlsx',
    params: IdParamsSchema,
    querystring: GovernmentReportQuerySchema,
    file: EXPORT_TYPES.xlsx,
    produces: [EXPORT_TYPES.xlsx],
  }),
  pdf: route({
    method: 'GET',
    path: '/grants/:id/government-report.pdf',
    params: IdParamsSchema,
    querystring: GovernmentReportPdfQuerySchema,
    file: EXPORT_TYPES.pdf,
    produces: [EXPORT_TYPES.pdf],
  }),

  tableCsv: route({
    method: 'GET',
    path: '/grants/:id/government-report.csv',
    params: IdParamsSchema,
    querystring: TableCsvQuerySchema,
    file: EXPORT_TYPES.csv,
    produces: [EXPORT_TYPES.csv],
  }),
  annexXlsx: route({
    method: 'GET',
    path: '/grants/:id/government-report/annex.xlsx',
    params: IdParamsSchema,
    querystring: GovernmentReportQuerySchema,
    file: EXPORT_TYPES.xlsx,
    produces: [EXPORT_TYPES.xlsx],
  }),
  jointXlsx: route({
    method: 'GET',
    path: '/government-report/joint.xlsx',
    querystring: JointReportQuerySchema,
    file: EXPORT_TYPES.xlsx,
    produces: [EXPORT_TYPES.xlsx],
  }),
};
