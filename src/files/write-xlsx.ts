import ExcelJS from 'exceljs';
import { protectTextCell } from './spreadsheet-safety';

/**
 * `text` cells are strings; `kronor` and `integer` cells are whole numbers written as numbers;
 * `decimal` cells are numbers shown with `decimals` decimals (the cell keeps its full precision).
 */
export interface XlsxColumn {
  header: string;
  kind: 'text' | 'kronor' | 'integer' | 'decimal';
  /** Decimals shown in a `decimal` column; 2 unless told. */
  decimals?: number;
  /** Width in characters; defaults to fit the header and the longest value. */
  width?: number;
}

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  /** Cells as text for text columns, bigint for whole-number columns, number for decimal ones. */
  rows: readonly (readonly (string | bigint | number)[])[];
  /** A last row labelled `label` (in the first column) with a SUM of every kronor column. */
  totalsLabel?: string;
}

// Swedish display in Excel and LibreOffice ("1 310 223 kr"); [$-41D] is the sv-SE locale tag,
// verified to convert with LibreOffice (docs: STACK.md).
export const KRONOR_FORMAT = '[$-41D]#,##0 "kr"';
const INTEGER_FORMAT = '[$-41D]#,##0';

function numberFormat(column: XlsxColumn): string | undefined {
  if (column.kind === 'kronor') return KRONOR_FORMAT;
  if (column.kind === 'integer') return INTEGER_FORMAT;
  if (column.kind === 'decimal') {
    const decimals = column.decimals ?? 2;
    return decimals > 0 ? `${INTEGER_FORMAT}.${'0'.repeat(decimals)}` : INTEGER_FORMAT;
  }
  return undefined;
}

function toSafeNumber(value: bigint): number {
  const asNumber = Number(value);
  // A spreadsheet number is a double: beyond 2^53 kronor it would silently change the amount.
  if (!Number.isSafeInteger(asNumber))
    throw new RangeError(`${value} cannot be written exactly to XLSX`);
  return asNumber;
}

function cellValue(
  column: XlsxColumn,
  value: string | bigint | number | undefined,
): ExcelJS.CellValue {
  if (value === undefined || value === '') return null;
  if (typeof value === 'bigint') return toSafeNumber(value);
  if (typeof value === 'number') return value;
  return column.kind === 'text' ? protectTextCell(value) : value;
}

function columnWidth(sheet: XlsxSheet, index: number): number {
  const column = sheet.columns[index];
  if (column?.width !== undefined) return column.width;
  const lengths = sheet.rows.map((row) => {
    const value = row[index];
    // Kronor are shown with separators and " kr": about a third longer than the digits.
    if (typeof value === 'number')
      return Math.ceil(Math.trunc(value).toString().length * 1.35) + (column?.decimals ?? 2) + 2;
    return typeof value === 'bigint'
      ? Math.ceil(value.toString().length * 1.35) + 3
      : (value ?? '').length;
  });
  return Math.min(
    60,
    Math.max(8, (column?.header.length ?? 0) + 2, ...lengths.map((length) => length + 2)),
  );
}

function addTotalsRow(worksheet: ExcelJS.Worksheet, sheet: XlsxSheet, label: string): void {
  const firstDataRow = 2;
  const lastDataRow = sheet.rows.length + 1;
  const totals = worksheet.addRow([]);
  totals.font = { bold: true };
  totals.getCell(1).value = protectTextCell(label);
  sheet.columns.forEach((column, index) => {
    if (column.kind !== 'kronor') return;
    const letter = worksheet.getColumn(index + 1).letter;
    const sum = sheet.rows.reduce((acc, row) => {
      const value = row[index];
      return acc + (typeof value === 'bigint' ? value : 0n);
    }, 0n);
    // The cached result lets viewers that do not calculate (previews, parsers) show the total too.
    totals.getCell(index + 1).value = {
      formula: `SUM(${letter}${firstDataRow}:${letter}${lastDataRow})`,
      result: toSafeNumber(sum),
    };
  });
}

/**
 * One worksheet: bold, frozen header with an autofilter, numbers as numbers with a kronor format,
 * text cells protected against formula injection, column widths, and an optional totals row whose
 * SUM formulas carry their computed value.
 */
export async function writeXlsx(sheet: XlsxSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Statsbidrag';
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column, index) => ({
    header: protectTextCell(column.header),
    width: columnWidth(sheet, index),
    style: column.kind === 'text' ? {} : { numFmt: numberFormat(column) },
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(sheet.columns.map((column, index) => cellValue(column, row[index])));
  }
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: sheet.columns.length },
  };
  if (sheet.totalsLabel !== undefined) addTotalsRow(worksheet, sheet, sheet.totalsLabel);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
