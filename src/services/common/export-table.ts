// A table people read, as CSV for Excel (BOM, CRLF) or XLSX with amounts as numbers and a totals
// row, written by the src/files writers (which neutralise formula injection in text cells).
import { writeCsv } from '../../files/write-csv';
import { writeXlsx } from '../../files/write-xlsx';
import type { ExportedFile } from '../allocation/export-allocation';

export interface TableColumn {
  header: string;
  kind: 'text' | 'kronor';
}

export async function exportTable(
  table: {
    filename: string;
    sheetName: string;
    columns: TableColumn[];
    rows: (string | bigint)[][];
  },
  format: 'csv' | 'xlsx',
): Promise<ExportedFile> {
  const filename = `${table.filename}.${format}`;
  if (format === 'csv')
    return {
      filename,
      contentType: 'text/csv; charset=utf-8',
      body: writeCsv(
        table.columns.map((c) => ({
          header: c.header,
          kind: c.kind === 'text' ? ('text' as const) : ('number' as const),
        })),
        table.rows.map((row) => row.map((cell) => cell.toString())),
        { bom: true, lineEnding: '\r\n' },
      ),
    };
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await writeXlsx({
      name: table.sheetName,
      columns: table.columns.map((c) => ({ header: c.header, kind: c.kind })),
      rows: table.rows,
      totalsLabel: 'Summa',
    }),
  };
}
