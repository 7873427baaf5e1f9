// The report to the government as files (docs/decisions/0027): the whole report as XLSX (a sheet
// per table) and PDF (tables with bar charts), one table as CSV, and the annex per recipient as
// XLSX. Each takes the report's filters, so a download is the report the page shows. The joint
// report (grants or years side by side) as XLSX.
import { z } from 'zod';
import { GovernmentReportQuerySchema, JointReportQuerySchema } from './government-report';
import { route } from './route';
import { EXPORT_TYPES, IdParamsSchema } from './shared';

const reportFile = (format: 'xlsx' | 'pdf') =>
  route({
    method: 'GET',
    path: `/grants/:id/government-report.${format}`,
    params: IdParamsSchema,
    querystring: GovernmentReportQuerySchema,
    file: EXPORT_TYPES[format],
    produces: [EXPORT_TYPES[format]],
  });

export const TableCsvQuerySchema = GovernmentReportQuerySchema.extend({
  table: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .describe('The table: "distribution" (Tabell 1) or a question id'),
});

export const governmentReportFileRoutes = {
  xlsx: reportFile('xlsx'),
  pdf: reportFile('pdf'),
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
