import { writeCsv, type CsvColumn } from '../../files/write-csv';
import { writeXlsx, type XlsxColumn } from '../../files/write-xlsx';
import type { RequisitionState } from '../../domain/requisition/requisition';
import type { ServiceContext } from '../common/context';
import type { ExportedFile } from '../allocation/export-allocation';
import {
  getRequisitionOverview,
  needsReminder,
  type OverviewRow,
} from './get-requisition-overview';

const STATE_SV: Record<RequisitionState, string> = {
  not_started: 'Ej påbörjad',
  draft: 'Utkast',
  signed: 'Signerad',
  declined: 'Avstår',
  withdrawn: 'Återkallad',
};

type Cell = { text: string } | { kr: bigint } | { krOrEmpty: bigint | null };
interface Column {
  header: string;
  cell: (row: OverviewRow) => Cell;
}

const text = (value: string | null | undefined): Cell => ({ text: value ?? '' });

const OVERVIEW: Column[] = [
  { header: 'Kod', cell: (r) => text(r.recipientCode) },
  { header: 'Mottagare', cell: (r) => text(r.recipientName) },
  { header: 'Status', cell: (r) => text(STATE_SV[r.state]) },
  { header: 'Fördelat (kr)', cell: (r) => ({ kr: r.allocatedKr }) },
  { header: 'Rekvirerat, signerat (kr)', cell: (r) => ({ kr: r.signedKr }) },
  { header: 'Utkast (kr)', cell: (r) => ({ kr: r.draftKr }) },
  { header: 'Begär mer (kr)', cell: (r) => ({ kr: r.moreRequestedKr }) },
  { header: 'Andra omgången (kr)', cell: (r) => ({ krOrEmpty: r.secondRoundKr }) },
  { header: 'Kontaktperson', cell: (r) => text(r.requisition?.contactName) },
  { header: 'E-post', cell: (r) => text(r.requisition?.contactEmail) },
  { header: 'Telefon', cell: (r) => text(r.requisition?.contactPhone) },
  { header: 'Sen rekvisition till', cell: (r) => text(r.latePermission?.untilOn) },
];

const REMINDERS: Column[] = [
  { header: 'Kod', cell: (r) => text(r.recipientCode) },
  { header: 'Mottagare', cell: (r) => text(r.recipientName) },
  { header: 'Status', cell: (r) => text(STATE_SV[r.state]) },
  { header: 'Fördelat (kr)', cell: (r) => ({ kr: r.allocatedKr }) },
  { header: 'Användarnas e-post', cell: (r) => text(r.accountEmails.join('; ')) },
  { header: 'Senaste kontaktperson', cell: (r) => text(r.requisition?.contactName) },
  { header: 'Kontaktpersonens e-post', cell: (r) => text(r.requisition?.contactEmail) },
  { header: 'Kontaktpersonens telefon', cell: (r) => text(r.requisition?.contactPhone) },
];

function csvValue(cell: Cell): string {
  if ('text' in cell) return cell.text;
  if ('kr' in cell) return cell.kr.toString();
  return cell.krOrEmpty === null ? '' : cell.krOrEmpty.toString();
}

function xlsxValue(cell: Cell): string | bigint {
  if ('text' in cell) return cell.text;
  if ('kr' in cell) return cell.kr;
  return cell.krOrEmpty ?? 0n;
}

/**
 * The requisition overview (every eligible recipient) or the reminder list (those who have not
 * requisitioned, with their accounts' emails and the last contact person) as CSV for Excel (BOM,
 * CRLF) or XLSX with a totals row. The writers neutralise formulas in text cells.
 */
export async function exportRequisitionOverview(
  ctx: ServiceContext,
  grantId: string,
  list: 'overview' | 'reminders',
  format: 'csv' | 'xlsx',
): Promise<ExportedFile> {
  const overview = await getRequisitionOverview(ctx, grantId);
  const columns = list === 'overview' ? OVERVIEW : REMINDERS;
  const rows = list === 'overview' ? overview.rows : overview.rows.filter(needsReminder);
  const filename = `${list === 'overview' ? 'rekvisitioner' : 'paminnelser'}-${overview.grant.grantYear}-${grantId.slice(0, 8)}.${format}`;
  if (format === 'csv') {
    const csvColumns: CsvColumn[] = columns.map((c) => ({
      header: c.header,
      kind: c.header.endsWith('(kr)') ? 'number' : 'text',
    }));
    return {
      filename,
      contentType: 'text/csv; charset=utf-8',
      body: writeCsv(
        csvColumns,
        rows.map((row) => columns.map((c) => csvValue(c.cell(row)))),
        { bom: true, lineEnding: '\r\n' },
      ),
    };
  }
  const xlsxColumns: XlsxColumn[] = columns.map((c) => ({
    header: c.header,
    kind: c.header.endsWith('(kr)') ? 'kronor' : 'text',
  }));
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await writeXlsx({
      name: list === 'overview' ? 'Rekvisitioner' : 'Påminnelser',
      columns: xlsxColumns,
      rows: rows.map((row) => columns.map((c) => xlsxValue(c.cell(row)))),
      totalsLabel: 'Summa',
    }),
  };
}
