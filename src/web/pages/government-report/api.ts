// The web's calls for the report to the government (docs/government-report.md) and the URLs of
// its files, each with the filters the page shows.
import { governmentReportRoutes } from '../../../contracts/government-report';
import { governmentReportFileRoutes } from '../../../contracts/government-report-files';
import { apiUrl, call } from '../../api-client';
import type { SizeGroup } from '../../../domain/recipients/size-group';

// A type, not an interface: it is passed where a record of query parameters is expected.
export type ReportFilter = {
  county?: string;
  sizeGroup?: SizeGroup;
  privateProviders?: 'yes' | 'no' | 'not_applicable';
};

export const governmentReportApi = {
  report: (grantId: string, filter: ReportFilter, signal?: AbortSignal) =>
    call(governmentReportRoutes.report, { params: { id: grantId }, query: filter, signal }),
};

export const governmentReportFiles = {
  xlsx: (grantId: string, filter: ReportFilter) =>
    apiUrl(governmentReportFileRoutes.xlsx, { id: grantId }, filter),
  /** `compare`: other grants (comma-separated ids) whose years the PDF's last section sets beside. */
  pdf: (grantId: string, filter: ReportFilter & { compare?: string }) =>
    apiUrl(governmentReportFileRoutes.pdf, { id: grantId }, filter),
  annexXlsx: (grantId: string, filter: ReportFilter) =>
    apiUrl(governmentReportFileRoutes.annexXlsx, { id: grantId }, filter),
  tableCsv: (grantId: string, filter: ReportFilter, table: string) =>
    apiUrl(governmentReportFileRoutes.tableCsv, { id: grantId }, { ...filter, table }),
  /** The joint report of these grants (comma-separated ids, in the columns' order). */
  jointXlsx: (grantIds: string) => apiUrl(governmentReportFileRoutes.jointXlsx, {}, { grantIds }),
};
