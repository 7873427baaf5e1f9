import type { Issue } from '../issues';
import { compare, isInteger, parseRational, toCanonicalString, type Rational } from '../rational';
import { cellIssue, fileIssue, readWholeKronorCell } from '../table-cells';
import type { Table, TableRow } from '../table';
import type { FigureDefinition, FigureRow, KeyEntry, PerformanceModel } from './types';

export const RECIPIENT_CODE_COLUMN = 'recipient_code';
export const KEY_COLUMN = 'key_kr';

export type ReadKeyResult = { ok: true; entries: KeyEntry[] } | { ok: false; issues: Issue[] };
export type ReadFiguresResult = { ok: true; rows: FigureRow[] } | { ok: false; issues: Issue[] };

function missingColumns(table: Table, columns: readonly string[]): Issue[] {
  return columns
    .filter((column) => !table.headers.includes(column))
    .map((column) => fileIssue(table, 'table.missing_column', { column }));
}

/**
 * The recipient code of each row, with an issue for an empty or repeated code. Codes are kept
 * as written: "0114" and "114" are different recipients.
 */
function readCodes(table: Table, issues: Issue[]): (string | undefined)[] {
  const firstLine = new Map<string, number>();
  return table.rows.map((row) => {
    const code = row.cells[RECIPIENT_CODE_COLUMN] ?? '';
    if (code === '') {
      issues.push(cellIssue(table, row, RECIPIENT_CODE_COLUMN, 'cell.missing'));
      return undefined;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      issues.push(
        cellIssue(table, row, RECIPIENT_CODE_COLUMN, 'recipient.duplicate', {
          code,
          otherRow: earlier,
        }),
      );
      return undefined;
    }
    firstLine.set(code, row.line);
    return code;
  });
}

/**
 * Reads the allocation key: columns `recipient_code,key_kr`, one row per recipient, whole
 * kronor ≥ 0. Other columns (a name, for people) are ignored. Every problem is reported.
 */
export function readKeyTable(table: Table): ReadKeyResult {
  const columnIssues = missingColumns(table, [RECIPIENT_CODE_COLUMN, KEY_COLUMN]);
  if (columnIssues.length > 0) return { ok: false, issues: columnIssues };
  if (table.rows.length === 0) return { ok: false, issues: [fileIssue(table, 'table.no_rows')] };
  const issues: Issue[] = [];
  const codes = readCodes(table, issues);
  const entries: KeyEntry[] = [];
  table.rows.forEach((row, index) => {
    const reading = readWholeKronorCell(table, row, KEY_COLUMN);
    if (!reading.ok) issues.push(reading.issue);
    const code = codes[index];
    if (reading.ok && code !== undefined)
      entries.push({ recipientCode: code, keyKr: reading.value });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, entries };
}

function readFigureCell(
  table: Table,
  row: TableRow,
  figure: FigureDefinition,
): { ok: true; value: Rational | undefined } | { ok: false; issue: Issue } {
  const text = row.cells[figure.name] ?? '';
  const parsed = parseRational(text);
  if (!parsed.ok) {
    if (parsed.reason === 'empty' && !figure.required) return { ok: true, value: undefined };
    const code = parsed.reason === 'empty' ? 'cell.missing' : 'cell.not_a_number';
    return { ok: false, issue: cellIssue(table, row, figure.name, code, { value: text }) };
  }
  const value = parsed.value;
  if (figure.type === 'integer' && !isInteger(value)) {
    return {
      ok: false,
      issue: cellIssue(table, row, figure.name, 'performance.not_integer', {
        value: text,
        figure: figure.name,
      }),
    };
  }
  const belowMin = figure.min !== undefined && compare(value, figure.min) < 0;
  const aboveMax = figure.max !== undefined && compare(value, figure.max) > 0;
  if (belowMin || aboveMax) {
    return {
      ok: false,
      issue: cellIssue(table, row, figure.name, 'performance.out_of_range', {
        value: text,
        figure: figure.name,
        min: figure.min === undefined ? '' : toCanonicalString(figure.min),
        max: figure.max === undefined ? '' : toCanonicalString(figure.max),
      }),
    };
  }
  return { ok: true, value };
}

/**
 * Reads the reported figures: a `recipient_code` column and one column per figure of the model
 * (other columns are ignored), one row per recipient that registered and reported. Checks every
 * cell (number, whole number for integer figures, the allowed range, empty only when the figure
 * is optional), repeated recipients and recipients the key does not list, and reports them all
 * with line and column.
 */
export function readFigureTable(
  table: Table,
  model: PerformanceModel,
  keyCodes: ReadonlySet<string>,
): ReadFiguresResult {
  const columnIssues = missingColumns(table, [
    RECIPIENT_CODE_COLUMN,
    ...model.figures.map((figure) => figure.name),
  ]);
  if (columnIssues.length > 0) return { ok: false, issues: columnIssues };
  const issues: Issue[] = [];
  const codes = readCodes(table, issues);
  const rows: FigureRow[] = [];
  table.rows.forEach((row, index) => {
    const code = codes[index];
    if (code !== undefined && !keyCodes.has(code)) {
      issues.push(
        cellIssue(table, row, RECIPIENT_CODE_COLUMN, 'performance.recipient_not_in_key', { code }),
      );
    }
    const values = new Map<string, Rational | undefined>();
    for (const figure of model.figures) {
      const reading = readFigureCell(table, row, figure);
      if (reading.ok) values.set(figure.name, reading.value);
      else issues.push(reading.issue);
    }
    if (code !== undefined) rows.push({ recipientCode: code, line: row.line, values });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}
