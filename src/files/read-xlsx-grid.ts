import ExcelJS from 'exceljs';
import type { Issue } from '../domain/issues';
import type { Grid } from './read-table';

type CellIssue = Omit<Issue, 'file'>;

/**
 * Exact digits of a number exceljs has read as a JS float. Integers up to 2^53 are exact. For a
 * decimal, String() gives the shortest text that reads back as the same float: the value the
 * spreadsheet showed (0.1, not 0.1000000000000000055…), which is what a person typed. Exponent
 * forms ("1.5e-7") are expanded so parseRational can read them.
 */
export function numberToExactText(value: number): string {
  if (Number.isSafeInteger(value)) return BigInt(value).toString();
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const pointAt = whole.length + Number(exponentText);
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return sign + digits + '0'.repeat(pointAt - digits.length);
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** Cell value as text, or an issue for a formula without a cached result or an error value. */
function cellText(value: ExcelJS.CellValue, address: string): string | CellIssue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberToExactText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined)
      return { code: 'file.formula_without_result', params: { cell: address } };
    return cellText(result as ExcelJS.CellValue, address);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value)
    return { code: 'file.unsupported_cell', params: { cell: address, value: String(value.error) } };
  return { code: 'file.unsupported_cell', params: { cell: address, value: JSON.stringify(value) } };
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared Buffer type predates Node's generic Buffer; the bytes are what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    return undefined;
  }
}

/** The first worksheet as rows of texts with their sheet row numbers. */
export async function readXlsxGrid(bytes: Uint8Array, file: string): Promise<Grid> {
  const workbook = await loadWorkbook(bytes);
  if (!workbook)
    return { rows: [], issues: [{ file, code: 'file.unreadable', params: { format: 'XLSX' } }] };
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], issues: [{ file, code: 'file.no_worksheet', params: {} }] };
  const grid: Grid = { rows: [], issues: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const text = cellText(cell.value, cell.address);
      if (typeof text === 'string') cells[columnNumber - 1] = text;
      else grid.issues.push({ file, row: rowNumber, ...text });
    });
    grid.rows.push({ line: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return grid;
}
