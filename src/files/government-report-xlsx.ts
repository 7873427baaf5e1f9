// The report to the government as files a person opens in Excel: one sheet per table, laid out
// as the report prints it (title, base and note, header, rows, source), numbers as numbers in
// Swedish formats; and one CSV per table. Text cells are protected against formula injection.
import ExcelJS from 'exceljs';
import {
  baseText,
  cellText,
  shareDecimals,
  type PrintedCell,
  type PrintedReport,
  type PrintedTable,
} from '../domain/government-report/printed-table';
import { protectTextCell } from './spreadsheet-safety';
import { writeCsv } from './write-csv';
import { KRONOR_FORMAT } from './write-xlsx';

export const INTEGER_FORMAT = '[$-41D]#,##0';
/** A share is stored as a fraction (0.95) and shown "95 %": Excel's % multiplies by 100. */
export const PERCENT_FORMAT = '0" "%';
const PERCENT_FORMAT_WITH_DECIMALS = (decimals: number) => `0.${'0'.repeat(decimals)}" "%`;

const SHEET_NAME_MAX = 31;
// Excel refuses these in a sheet name, and a name may not start or end with an apostrophe.
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;

/**
 * Names Excel accepts for the given titles, in order: forbidden characters replaced, at most 31
 * characters, and unique without regard to case ("Tabell 2", "Tabell 2 (2)").
 */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const cleaned =
      title
        .replace(FORBIDDEN_IN_SHEET_NAME, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '') || 'Tabell';
    let name = cleaned.slice(0, SHEET_NAME_MAX).trim();
    for (let copy = 2; used.has(name.toLowerCase()); copy++) {
      const suffix = ` (${copy})`;
      name = cleaned.slice(0, SHEET_NAME_MAX - suffix.length).trim() + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function toSafeNumber(value: bigint): number {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber))
    throw new RangeError(`${value} cannot be written exactly to XLSX`);
  return asNumber;
}

function writeCell(cell: ExcelJS.Cell, value: PrintedCell | undefined): void {
  if (!value) return;
  switch (value.kind) {
    case 'text':
      cell.value = protectTextCell(value.text);
      return;
    case 'integer':
      cell.value = toSafeNumber(value.value);
      cell.numFmt = INTEGER_FORMAT;
      return;
    case 'kronor':
      cell.value = toSafeNumber(value.value);
      cell.numFmt = KRONOR_FORMAT;
      return;
    case 'percent': {
      if (value.share.startsWith('<')) {
        // Not a number: the share is above zero but below what the report prints ("<1 %").
        cell.value = cellText(value, 'sv');
        cell.alignment = { horizontal: 'right' };
        return;
      }
      const decimals = shareDecimals(value.share);
      cell.value = Number(value.share) / 100;
      cell.numFmt = decimals > 0 ? PERCENT_FORMAT_WITH_DECIMALS(decimals) : PERCENT_FORMAT;
    }
  }
}

function displayLength(cell: PrintedCell | undefined): number {
  if (!cell) return 0;
  if (cell.kind === 'text') return cell.text.length;
  if (cell.kind === 'percent') return 6;
  // Grouping spaces and " kr": about a third longer than the digits.
  return Math.ceil(cell.value.toString().length * 1.35) + (cell.kind === 'kronor' ? 3 : 0);
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  table: PrintedTable,
  name: string,
  facts: readonly string[],
): void {
  const sheet = workbook.addWorksheet(name);
  const title = sheet.addRow([protectTextCell(`${table.label}. ${table.caption}`)]);
  title.font = { bold: true, size: 12 };
  const about = [table.base ? baseText(table.base, 'sv') : null, table.note].filter(
    (part): part is string => part !== null,
  );
  sheet.addRow([protectTextCell(about.join('. '))]);
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((column) => protectTextCell(column.header)));
  header.font = { bold: true };
  table.columns.forEach((column, index) => {
    if (column.kind !== 'text') header.getCell(index + 1).alignment = { horizontal: 'right' };
  });
  const body = table.totals ? [...table.rows, table.totals] : table.rows;
  body.forEach((cells, rowIndex) => {
    const row = sheet.addRow([]);
    table.columns.forEach((_, index) => writeCell(row.getCell(index + 1), cells[index]));
    if (table.totals && rowIndex === body.length - 1) row.font = { bold: true };
  });
  sheet.addRow([]);
  sheet.addRow([protectTextCell(table.source)]).font = { italic: true };
  // What the figures are of (the reports counted, a filter), so a sheet on its own says so too.
  for (const fact of facts) sheet.addRow([protectTextCell(fact)]).font = { italic: true };
  table.columns.forEach((column, index) => {
    const longest = Math.max(
      column.header.length,
      ...body.map((cells) => displayLength(cells[index])),
    );
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
}

/**
 * The whole report (or the annex alone) as one workbook, a sheet per table named by its label; a
 * 1–5 matrix's full spread on a sheet of its own right after its table.
 */
export async function writeGovernmentReportXlsx(report: PrintedReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Statsbidrag';
  workbook.title = report.title;
  const sheets = report.tables.flatMap((table) => (table.spread ? [table, table.spread] : [table]));
  const names = sheetNames(sheets.map((table) => table.label));
  sheets.forEach((table, index) =>
    addTableSheet(workbook, table, names[index] ?? '', report.facts),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvValue(cell: PrintedCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'integer':
    case 'kronor':
      return cell.value.toString();
    case 'percent':
      return cell.share;
  }
}

/**
 * One table as CSV for Excel (BOM, CRLF): its header and rows (and totals), numbers bare
 * (`275`, `95`, `<1`, `3998500000`), text cells protected against formula injection.
 */
export function writePrintedTableCsv(table: PrintedTable): string {
  const rows = table.totals ? [...table.rows, table.totals] : table.rows;
  return writeCsv(
    table.columns.map((column) => ({
      header: column.header,
      kind: column.kind === 'text' ? 'text' : 'number',
    })),
    rows.map((cells) => table.columns.map((_, index) => csvValue(cells[index]))),
    { bom: true, lineEnding: '\r\n' },
  );
}
