import { writeCsv, type CsvColumn } from '../../files/write-csv';
import { writeXlsx, type XlsxColumn } from '../../files/write-xlsx';
import type { ServiceContext } from '../common/context';
import type { ExportedFile } from '../allocation/export-allocation';
import { getReportingOverview, type ReportState } from './get-reporting-overview';
import { loadGrant } from '../grants/load-grant';

const STATE_SV: Record<ReportState, string> = {
  submitted: 'Inskickad',
  draft: 'Utkast',
  not_started: 'Inte påbörjad',
};

const COLUMNS: { header: string; kind: 'text' | 'kronor' }[] = [
  { header: 'Kod', kind: 'text' },
  { header: 'Mottagare', kind: 'text' },
  { header: 'Status', kind: 'text' },
  { header: 'Försenad', kind: 'text' },
  { header: 'Sista dag', kind: 'text' },
  { header: 'Inskickad', kind: 'text' },
  { header: 'Mottaget (kr)', kind: 'kronor' },
  { header: 'Använt (kr)', kind: 'kronor' },
  { header: 'Oanvänt (kr)', kind: 'kronor' },
  { header: 'E-post', kind: 'text' },
];

/**
 * The reporting overview as a file (CSV for Excel or XLSX with amounts as numbers and a totals
 * row), written by the src/files writers, which neutralise formula injection in text cells.
 */
export async function exportReports(
  ctx: ServiceContext,
  grantId: string,
  format: 'csv' | 'xlsx',
): Promise<ExportedFile> {
  const overview = await getReportingOverview(ctx, grantId);
  const grant = await loadGrant(ctx.db, grantId);
  const filename = `aterrapporter-${grant.grantYear}-${grant.id.slice(0, 8)}.${format}`;
  const cells = overview.rows.map((row) => [
    row.recipientCode,
    row.recipientName,
    STATE_SV[row.state],
    row.late ? 'Ja' : 'Nej',
    row.deadlineOn ?? '',
    row.submittedAt?.toISOString() ?? '',
    row.receivedKr,
    row.usedKr,
    row.unusedKr,
    row.emails.join('; '),
  ]);
  if (format === 'csv')
    return {
      filename,
      contentType: 'text/csv; charset=utf-8',
      body: writeCsv(
        COLUMNS.map((c): CsvColumn => ({
          header: c.header,
          kind: c.kind === 'text' ? 'text' : 'number',
        })),
        cells.map((row) => row.map((cell) => (cell === null ? '' : cell.toString()))),
        { bom: true, lineEnding: '\r\n' },
      ),
    };
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await writeXlsx({
      name: 'Återrapporter',
      columns: COLUMNS.map((c): XlsxColumn => ({ header: c.header, kind: c.kind })),
      rows: cells.map((row) => row.map((cell) => (cell === null ? '' : cell))),
      totalsLabel: 'Summa',
    }),
  };
}
