import Papa from 'papaparse';
import type { Issue } from '../domain/issues';
import type { Table } from '../domain/table';
import { cellTextIssues } from './cell-text';
import { readXlsxGrid } from './read-xlsx-grid';
import { MAX_TABLE_CELLS, MAX_TABLE_LINES, MAX_TABLE_ROWS } from './table-limits';

export type ReadTableResult = { ok: true; table: Table } | { ok: false; issues: Issue[] };

/** A grid of cell texts with the line number of each row, before headers are applied. */
export interface Grid {
  rows: { line: number; cells: string[] }[];
  issues: Issue[];
}

const SUPPORTED = ['.csv', '.tsv', '.txt', '.xlsx'];

function extensionOf(filename: string): string {
  const match = /\.[^./\\]+$/.exec(filename.toLowerCase());
  return match ? match[0] : '';
}

/**
 * UTF-8 (a BOM is dropped), or windows-1252 when the bytes are not valid UTF-8: Excel on Swedish
 * Windows still saves "CSV (semikolonavgränsad)" in 1252, and å, ä, ö must survive that.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The delimiter is the most frequent of ; , tab in the header line (outside quotes). Guessing
 * from the header is more reliable than from data rows, where "1 234,5" holds a comma.
 */
function detectDelimiter(text: string): string {
  const headerLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: headerLine.split(delimiter).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]?.count ? counts[0].delimiter : ',';
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (
    let index = text.indexOf('\n', from);
    index !== -1 && index < to;
    index = text.indexOf('\n', index + 1)
  ) {
    count++;
  }
  return count;
}

/**
 * The rows of a CSV, stopping at the first row over MAX_TABLE_ROWS (or MAX_TABLE_LINES) or cell over MAX_TABLE_CELLS
 * (the file is then refused with that one issue): a 5 MB file of short lines has a million rows.
 */
function readCsvGrid(bytes: Uint8Array, file: string): Grid {
  const text = decodeText(bytes);
  const grid: Grid = { rows: [], issues: [] };
  let rowStart = 0;
  let line = 1;
  let cellCount = 0;
  let rowsWithValues = 0;
  let limitIssue: Issue | undefined;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    step: (result, parser) => {
      cellCount += result.data.length;
      if (!isBlank(result.data)) rowsWithValues++;
      if (rowsWithValues > MAX_TABLE_ROWS || grid.rows.length >= MAX_TABLE_LINES)
        limitIssue = { file, code: 'file.too_many_rows', params: { limit: MAX_TABLE_ROWS } };
      else if (cellCount > MAX_TABLE_CELLS)
        limitIssue = { file, code: 'file.too_many_cells', params: { limit: MAX_TABLE_CELLS } };
      if (limitIssue) return parser.abort();
      for (const error of result.errors) {
        grid.issues.push({
          file,
          row: line,
          code: 'file.csv_quote',
          params: { message: error.message },
        });
      }
      grid.rows.push({ line, cells: result.data });
      line += countNewlines(text, rowStart, result.meta.cursor);
      rowStart = result.meta.cursor;
    },
  });
  return limitIssue ? { rows: [], issues: [limitIssue] } : grid;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

interface HeaderColumns {
  headers: string[];
  /** Index in the grid row of each header. */
  positions: number[];
}

/** Unnamed columns are dropped when empty (a trailing delimiter) and reported when they hold data. */
function readHeaders(grid: Grid, file: string): HeaderColumns & { issues: Issue[] } {
  const [headerRow, ...dataRows] = grid.rows;
  const issues: Issue[] = [];
  const headers: string[] = [];
  const positions: number[] = [];
  (headerRow?.cells ?? []).forEach((cell, position) => {
    const header = cell.trim();
    if (header === '') {
      if (dataRows.some((row) => (row.cells[position] ?? '').trim() !== '')) {
        issues.push({
          file,
          row: headerRow?.line ?? 1,
          code: 'file.unnamed_column',
          params: { position: position + 1 },
        });
      }
      return;
    }
    if (headers.includes(header))
      issues.push({
        file,
        row: headerRow?.line ?? 1,
        column: header,
        code: 'file.duplicate_column',
        params: { column: header },
      });
    headers.push(header);
    positions.push(position);
  });
  return { headers, positions, issues };
}

function cellCountIssue(
  file: string,
  headerWidth: number,
  row: { line: number; cells: string[] },
): Issue | undefined {
  // Extra cells that are empty come from trailing delimiters and are harmless.
  if (row.cells.length === headerWidth) return undefined;
  let used = row.cells.length;
  while (used > 0 && (row.cells[used - 1] ?? '').trim() === '') used--;
  if (row.cells.length > headerWidth && used <= headerWidth) return undefined;
  return {
    file,
    row: row.line,
    code: 'file.wrong_cell_count',
    params: { expected: headerWidth, actual: row.cells.length },
  };
}

function cellsByHeader(header: HeaderColumns, cells: readonly string[]): Record<string, string> {
  const byHeader: Record<string, string> = {};
  header.headers.forEach((name, index) => {
    byHeader[name] = (cells[header.positions[index] ?? -1] ?? '').trim();
  });
  return byHeader;
}

function gridToTable(grid: Grid, file: string, checkCounts: boolean): ReadTableResult {
  const nonBlank = { ...grid, rows: grid.rows.filter((row) => !isBlank(row.cells)) };
  const [headerRow, ...dataRows] = nonBlank.rows;
  if (!headerRow) {
    return {
      ok: false,
      issues: grid.issues.length > 0 ? grid.issues : [{ file, code: 'file.empty', params: {} }],
    };
  }
  // Cell texts first: a header with a control character is reported as such, not as a bad name.
  const textIssues = cellTextIssues(file, nonBlank.rows);
  if (textIssues.length > 0) return { ok: false, issues: [...grid.issues, ...textIssues] };
  const header = readHeaders(nonBlank, file);
  const issues = grid.issues.concat(header.issues);
  if (checkCounts) {
    for (const row of dataRows) {
      const issue = cellCountIssue(file, headerRow.cells.length, row);
      if (issue) issues.push(issue);
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const rows = dataRows.map((row) => ({
    line: row.line,
    cells: cellsByHeader(header, row.cells),
  }));
  return { ok: true, table: { file, headers: header.headers, rows } };
}

/**
 * Reads a CSV (UTF-8 or windows-1252; `,` `;` or tab) or XLSX (first worksheet) file into a Table
 * of trimmed cell texts with 1-based line numbers, the header being the first non-empty line.
 * Blank lines are skipped. Problems come back as issues, never as exceptions: a CSV row with a
 * different number of cells than the header, an unclosed quote, an XLSX formula without a stored
 * result, an unsupported file type.
 */
export async function readTable(bytes: Uint8Array, filename: string): Promise<ReadTableResult> {
  const extension = extensionOf(filename);
  if (!SUPPORTED.includes(extension)) {
    return {
      ok: false,
      issues: [{ file: filename, code: 'file.unsupported_type', params: { extension } }],
    };
  }
  if (bytes.length === 0)
    return { ok: false, issues: [{ file: filename, code: 'file.empty', params: {} }] };
  if (extension === '.xlsx')
    return gridToTable(await readXlsxGrid(bytes, filename), filename, false);
  const grid = readCsvGrid(bytes, filename);
  // Parsing and checking a large CSV are each a few hundred milliseconds: others go in between.
  await new Promise((resolve) => setImmediate(resolve));
  return gridToTable(grid, filename, true);
}
