import Papa from 'papaparse';
import type { Issue } from '../issues';
import { isNegative, parseRational, toCanonicalString, type Rational } from '../rational';
import { cellIssue, fileIssue } from '../table-cells';
import { findColumn, normalizeHeader, type Table, type TableRow } from '../table';
import { CODE_COLUMNS, NAME_COLUMNS } from './key-table';
import type { AllocationInputRow, AllocationModel } from './types';

// A plain indicator file (`recipient_code,befolkning_80plus`) read where the formula form is
// built: in the browser, before anything is sent, so that the form can offer the file's own
// columns and preview the allocation. The server reads the same file again with readTable and
// validateIndicatorTable (and the recipient register) when the allocation is saved; this reader
// only has to agree with it on what a number is (parseRational) and on the code column's names.

/** Characters of CSV text read at most: the upload limit is 5 MB, and a larger text is refused unread. */
export const MAX_INDICATOR_CSV_CHARS = 5 * 1024 * 1024;
/** Data rows read at most: a key per school unit has a few thousand, every municipality 290. */
export const MAX_INDICATOR_ROWS = 20_000;
/** Columns read at most: an indicator file holds a code, a name and a handful of figures. */
export const MAX_INDICATOR_COLUMNS = 50;

export interface IndicatorDataRow {
  line: number;
  recipientCode: string;
  /** The name column's text, when the file has one (for the preview only). */
  name?: string;
  /** Each numeric column's value; undefined for an empty cell. */
  values: Record<string, Rational | undefined>;
}

export interface IndicatorData {
  file: string;
  /** Every header, as the file spells it (for column numbers in messages). */
  headers: string[];
  codeColumn: string;
  /** The columns that hold numbers, in file order: what a component or the cap may read. */
  numericColumns: string[];
  rows: IndicatorDataRow[];
}

export type ReadIndicatorCsvResult =
  { ok: true; data: IndicatorData } | { ok: false; issues: Issue[] };

/** The most frequent of , ; tab in the header line, as the server's reader decides it. */
function detectDelimiter(text: string): string {
  const headerLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t']) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

interface Grid {
  rows: { line: number; cells: string[] }[];
  issues: Issue[];
}

function readGrid(text: string, file: string): Grid {
  const grid: Grid = { rows: [], issues: [] };
  let line = 0;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    step: (result, parser) => {
      line++;
      const cells = result.data.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) return;
      if (grid.rows.length > MAX_INDICATOR_ROWS) {
        grid.issues = [{ file, code: 'file.too_many_rows', params: { limit: MAX_INDICATOR_ROWS } }];
        grid.rows = [];
        parser.abort();
        return;
      }
      if (result.errors.length > 0)
        grid.issues.push({ file, row: line, code: 'file.csv_quote', params: {} });
      grid.rows.push({ line, cells });
    },
  });
  return grid;
}

function tableFromGrid(grid: Grid, file: string): { table: Table; issues: Issue[] } {
  const [header, ...data] = grid.rows;
  const headers = (header?.cells ?? []).filter((cell) => cell !== '');
  const issues: Issue[] = [...grid.issues];
  const seen = new Set<string>();
  for (const name of headers) {
    const normalized = normalizeHeader(name);
    if (seen.has(normalized))
      issues.push({
        file,
        row: header?.line ?? 1,
        column: name,
        code: 'file.duplicate_column',
        params: { column: name },
      });
    seen.add(normalized);
  }
  const positions = (header?.cells ?? []).flatMap((cell, index) => (cell === '' ? [] : [index]));
  for (const row of data) {
    const width = header?.cells.length ?? 0;
    let used = row.cells.length;
    while (used > 0 && row.cells[used - 1] === '') used--;
    // Empty cells past the header come from trailing delimiters and are harmless.
    if (used > width || row.cells.length < width)
      issues.push({
        file,
        row: row.line,
        code: 'file.wrong_cell_count',
        params: { expected: width, actual: row.cells.length },
      });
  }
  const rows: TableRow[] = data.map((row) => ({
    line: row.line,
    cells: Object.fromEntries(
      headers.map((name, index) => [name, row.cells[positions[index] ?? -1] ?? '']),
    ),
  }));
  return { table: { file, headers, rows }, issues };
}

/** A column is numeric when any of its cells is a number; then every filled cell must be one. */
function readNumericColumn(
  table: Table,
  column: string,
  issues: Issue[],
): Map<TableRow, Rational | undefined> | undefined {
  const values = new Map<TableRow, Rational | undefined>();
  const bad: Issue[] = [];
  let numbers = 0;
  for (const row of table.rows) {
    const text = row.cells[column] ?? '';
    if (text === '') {
      values.set(row, undefined);
      continue;
    }
    const parsed = parseRational(text);
    if (!parsed.ok) bad.push(cellIssue(table, row, column, 'cell.not_a_number', { value: text }));
    else if (isNegative(parsed.value))
      bad.push(cellIssue(table, row, column, 'cell.negative', { value: text }));
    else {
      numbers++;
      values.set(row, parsed.value);
    }
  }
  if (numbers === 0 && bad.every((issue) => issue.code === 'cell.not_a_number')) return undefined;
  for (const issue of bad) issues.push(issue);
  return values;
}

function codeIssues(table: Table, codeColumn: string): Issue[] {
  const issues: Issue[] = [];
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const code = row.cells[codeColumn] ?? '';
    if (code === '') {
      issues.push(cellIssue(table, row, codeColumn, 'cell.missing'));
      continue;
    }
    const earlier = firstLine.get(code);
    if (earlier === undefined) firstLine.set(code, row.line);
    else
      issues.push(
        cellIssue(table, row, codeColumn, 'recipient.duplicate', { code, otherRow: earlier }),
      );
  }
  return issues;
}

/**
 * Reads the text of an indicator CSV (`,` `;` or tab; decimal comma or point; "1 234,5"): a
 * recipient code column (`recipient_code`, `kommunkod` …), an optional name column, and one or more
 * columns of non-negative numbers whose headers may be Swedish ("Befolkning 80+"). A column
 * without a single number (a county name, say) is text and not offered; in a column with numbers,
 * every other filled cell is an issue with its line and column. Bounded before work starts:
 * MAX_INDICATOR_CSV_CHARS, then MAX_INDICATOR_ROWS and MAX_INDICATOR_COLUMNS while reading.
 */
export function readIndicatorCsv(text: string, file: string): ReadIndicatorCsvResult {
  if (text.length > MAX_INDICATOR_CSV_CHARS)
    return {
      ok: false,
      issues: [
        {
          file,
          code: 'file.too_large',
          params: { limitMb: MAX_INDICATOR_CSV_CHARS / 1024 / 1024 },
        },
      ],
    };
  const withoutBom = text.replace(/^\uFEFF/, '');
  const grid = readGrid(withoutBom, file);
  if (grid.rows.length === 0)
    return {
      ok: false,
      issues: grid.issues.length > 0 ? grid.issues : [{ file, code: 'file.empty', params: {} }],
    };
  const width = grid.rows[0]?.cells.length ?? 0;
  if (width > MAX_INDICATOR_COLUMNS)
    return {
      ok: false,
      issues: [{ file, code: 'file.too_many_columns', params: { limit: MAX_INDICATOR_COLUMNS } }],
    };
  const { table, issues } = tableFromGrid(grid, file);
  if (issues.length > 0) return { ok: false, issues };
  const codeColumn = findColumn(table.headers, CODE_COLUMNS);
  if (codeColumn === undefined)
    return {
      ok: false,
      issues: [
        fileIssue(table, 'table.missing_column', { column: CODE_COLUMNS.slice(0, 2).join(' / ') }),
      ],
    };
  if (table.rows.length === 0) return { ok: false, issues: [fileIssue(table, 'table.no_rows')] };
  const nameColumn = findColumn(table.headers, NAME_COLUMNS);
  const cellProblems = codeIssues(table, codeColumn);
  const numeric = new Map<string, Map<TableRow, Rational | undefined>>();
  for (const header of table.headers) {
    if (header === codeColumn || header === nameColumn) continue;
    const values = readNumericColumn(table, header, cellProblems);
    if (values) numeric.set(header, values);
  }
  if (cellProblems.length > 0) return { ok: false, issues: sortByPlace(table, cellProblems) };
  if (numeric.size === 0)
    return { ok: false, issues: [fileIssue(table, 'table.no_indicator_column')] };
  const numericColumns = [...numeric.keys()];
  const rows = table.rows.map((row) => ({
    line: row.line,
    recipientCode: row.cells[codeColumn] ?? '',
    ...(nameColumn === undefined ? {} : { name: row.cells[nameColumn] ?? '' }),
    values: Object.fromEntries(
      numericColumns.map((column) => [column, numeric.get(column)?.get(row)]),
    ),
  }));
  return { ok: true, data: { file, headers: table.headers, codeColumn, numericColumns, rows } };
}

function sortByPlace(table: Table, issues: Issue[]): Issue[] {
  const position = (issue: Issue) => table.headers.indexOf(issue.column ?? '');
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || position(a) - position(b));
}

export type IndicatorInputResult =
  { ok: true; rows: AllocationInputRow[] } | { ok: false; issues: Issue[] };

/**
 * The rows the allocation engine reads from the file, for the columns a model uses: an empty cell
 * in a component's column is missing; a cap must be whole kronor (empty: no cap).
 */
export function indicatorInputRows(
  data: IndicatorData,
  model: Pick<AllocationModel, 'components' | 'capColumn'>,
): IndicatorInputResult {
  const columns = [...new Set(model.components.map((component) => component.indicator))];
  const missing = [...columns, ...(model.capColumn === undefined ? [] : [model.capColumn])].filter(
    (column) => !data.numericColumns.includes(column),
  );
  if (missing.length > 0)
    return {
      ok: false,
      issues: missing.map((column) => ({
        file: data.file,
        code: 'table.missing_column' as const,
        params: { column },
      })),
    };
  const issues: Issue[] = [];
  const where = (row: IndicatorDataRow, column: string) => ({
    file: data.file,
    row: row.line,
    column,
    columnNumber: data.headers.indexOf(column) + 1,
  });
  const rows = data.rows.map((row): AllocationInputRow => {
    const indicators: Record<string, Rational> = {};
    for (const column of columns) {
      const value = row.values[column];
      if (value === undefined)
        issues.push({ ...where(row, column), code: 'cell.missing', params: {} });
      else indicators[column] = value;
    }
    const cap = model.capColumn === undefined ? undefined : row.values[model.capColumn];
    if (cap !== undefined && cap.den !== 1n && model.capColumn !== undefined)
      issues.push({
        ...where(row, model.capColumn),
        code: 'cell.not_whole_kronor',
        params: { value: toCanonicalString(cap) },
      });
    return {
      recipientCode: row.recipientCode,
      indicators,
      ...(cap === undefined || cap.den !== 1n ? {} : { capKr: cap.num }),
    };
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}
