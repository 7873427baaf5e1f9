import { writeCsv, type CsvColumn } from '../../files/write-csv';
import { writeXlsx, type XlsxColumn } from '../../files/write-xlsx';
import { compareAllocations } from './compare-allocations';
import type { ServiceContext } from '../common/context';
import type { ExportedFile } from './export-allocation';

const HEADERS = [
  'Kod',
  'Mottagare',
  'Belopp A (kr)',
  'Belopp B (kr)',
  'Skillnad (kr)',
  'Skillnad (%)',
];
const CSV_COLUMNS: CsvColumn[] = HEADERS.map((header, index) => ({
  header,
  kind: index < 2 ? 'text' : 'number',
}));
const XLSX_COLUMNS: XlsxColumn[] = HEADERS.map((header, index) => ({
  header,
  kind: index < 2 || index === 5 ? 'text' : 'kronor',
}));

/**
 * The comparison of two allocations as a file, in the order shown (largest change first). The
 * XLSX has amounts as numbers and a totals row; the percentage stays the text the page shows
 * ("-8.3"), being a rounded figure and not one to sum.
 */
export async function exportComparison(
  ctx: ServiceContext,
  input: { a: string; b: string },
  format: 'csv' | 'xlsx',
): Promise<ExportedFile> {
  const comparison = await compareAllocations(ctx, input);
  const filename = `jamforelse-${input.a.slice(0, 8)}-${input.b.slice(0, 8)}.${format}`;
  if (format === 'csv') {
    const rows = comparison.rows.map((row) => [
      row.recipientCode,
      row.recipientName,
      row.amountAKr.toString(),
      row.amountBKr.toString(),
      row.differenceKr.toString(),
      row.differencePercent ?? '',
    ]);
    const totals = comparison.totals;
    rows.push([
      '',
      'Summa',
      totals.amountAKr.toString(),
      totals.amountBKr.toString(),
      totals.differenceKr.toString(),
      '',
    ]);
    return {
      filename,
      contentType: 'text/csv; charset=utf-8',
      body: writeCsv(CSV_COLUMNS, rows, { bom: true, lineEnding: '\r\n' }),
    };
  }
  const rows = comparison.rows.map((row) => [
    row.recipientCode,
    row.recipientName,
    row.amountAKr,
    row.amountBKr,
    row.differenceKr,
    row.differencePercent ?? '',
  ]);
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await writeXlsx({
      name: 'Jämförelse',
      columns: XLSX_COLUMNS,
      rows,
      totalsLabel: 'Summa',
    }),
  };
}
