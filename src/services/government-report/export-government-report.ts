// The report to the government as files: the case officer's report (getGovernmentReport, with its
// filters) printed the way the page prints it (domain/government-report/print-report.ts), in
// Swedish, then written by src/files: XLSX (a sheet per table, free text and the annex after),
// PDF (the tables with their charts and spreads, optionally the years compared), one table as CSV, the annex alone as XLSX.
import type { RespondentFilter } from '../../domain/government-report/model';
import {
  printGovernmentReport,
  type PrintedGovernmentReport,
} from '../../domain/government-report/print-report';
import { DomainError } from '../../domain/errors';
import { writeGovernmentReportPdf } from '../../files/government-report-pdf';
import {
  writeGovernmentReportXlsx,
  writePrintedTableCsv,
} from '../../files/government-report-xlsx';
import type { ExportedFile } from '../allocation/export-allocation';
import type { ServiceContext } from '../common/context';
import { getGovernmentReport } from './get-government-report';
import { getJointReport } from './get-joint-report';
import { loadGrant } from '../grants/load-grant';
import { printJointReport } from '../../domain/government-report/print-joint';
import type { PrintedReport } from '../../domain/government-report/printed-table';
import { parseSizeGroup, sizeGroupName } from '../../domain/recipients/size-group';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type GovernmentReportFile =
  | { format: 'xlsx' }
  /** `compareWith`: other grants whose years the questions are compared with, in a last section. */
  | { format: 'pdf'; compareWith: readonly string[] }
  | { format: 'annex_xlsx' }
  | { format: 'csv'; table: string };

/** "Län 01, kommungrupp B3 Större stad, enskilda utförare: ja": the filters under the title, so a file says what it holds. */
function filterFacts(filter: RespondentFilter): string[] {
  const providers = { yes: 'ja', no: 'nej', not_applicable: 'inte aktuellt' };
  const sizeGroup = parseSizeGroup(filter.sizeGroup ?? '');
  return [
    ...(filter.countyCode ? [`Urval: län ${filter.countyCode}`] : []),
    ...(sizeGroup ? [`Urval: kommungrupp ${sizeGroupName(sizeGroup, 'sv')}`] : []),
    ...(filter.privateProviders
      ? [
          `Urval: enskilda utförare har tagit del av statsbidraget: ${providers[filter.privateProviders]}`,
        ]
      : []),
  ];
}

function filenameOf(printed: PrintedGovernmentReport, grantYear: number, grantId: string) {
  void printed;
  return `rapport-till-regeringen-${grantYear}-${grantId.slice(0, 8)}`;
}

export async function exportGovernmentReport(
  ctx: ServiceContext,
  grantId: string,
  filter: RespondentFilter,
  file: GovernmentReportFile,
): Promise<ExportedFile> {
  const report = await getGovernmentReport(ctx, grantId, filter);
  const printed = printGovernmentReport(report, 'sv', filterFacts(filter));
  const name = filenameOf(printed, report.grant.grantYear, grantId);
  switch (file.format) {
    case 'xlsx':
      return {
        filename: `${name}.xlsx`,
        contentType: XLSX,
        body: await writeGovernmentReportXlsx({
          ...printed.report,
          tables: [...printed.report.tables, ...printed.freeText, printed.annex],
        }),
      };
    case 'pdf': {
      const others = [...new Set(file.compareWith.filter((id) => id !== grantId))];
      return {
        filename: `${name}.pdf`,
        contentType: 'application/pdf',
        body: await writeGovernmentReportPdf(
          printed.report,
          others.length > 0
            ? await printedComparison(ctx, report.grant.grantYear, grantId, others)
            : undefined,
        ),
      };
    }
    case 'annex_xlsx':
      return {
        filename: `${name}-bilaga-1.xlsx`,
        contentType: XLSX,
        body: await writeGovernmentReportXlsx({ ...printed.report, tables: [printed.annex] }),
      };
    case 'csv': {
      const table = [...printed.report.tables, ...printed.freeText, printed.annex].find(
        (candidate) => candidate.key === file.table,
      );
      if (!table) throw new DomainError('government_report.no_such_table', { table: file.table });
      return {
        filename: `${name}-${table.key}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: writePrintedTableCsv(table),
      };
    }
  }
}

/**
 * The report's years compared, as the page's "Jämför med andra år" shows them: the use per grant
 * (seed 002 table 12) and every question side by side, oldest year first. The per-recipient table
 * of the joint XLSX is left out: a PDF of 290 rows per year is not read, it is searched in Excel.
 */
async function printedComparison(
  ctx: ServiceContext,
  grantYear: number,
  grantId: string,
  others: readonly string[],
): Promise<PrintedReport> {
  const years = new Map([[grantId, grantYear]]);
  for (const id of others) years.set(id, (await loadGrant(ctx.db, id)).grantYear);
  const ids = [...years.keys()].sort((a, b) => (years.get(a) ?? 0) - (years.get(b) ?? 0));
  const printed = printJointReport(await getJointReport(ctx, ids.join(',')), 'sv');
  return {
    title: 'Jämförelse med andra år',
    facts: printed.facts,
    tables: printed.tables.filter((table) => table.key !== 'joint-recipients'),
  };
}

/**
 * The joint report (the chosen grants side by side, or one programme's years) as XLSX: use per
 * grant with the sum, every question compared, and every recipient per grant.
 */
export async function exportJointReport(
  ctx: ServiceContext,
  grantIdsText: string,
): Promise<ExportedFile> {
  const joint = await getJointReport(ctx, grantIdsText);
  const years = [...new Set(joint.grants.map((grant) => grant.grantYear))].join('-');
  return {
    filename: `rapport-till-regeringen-jamforelse-${years}.xlsx`,
    contentType: XLSX,
    body: await writeGovernmentReportXlsx(printJointReport(joint, 'sv')),
  };
}
