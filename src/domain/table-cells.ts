import type { ErrorCode } from './errors';
import type { Issue, IssueParams } from './issues';
import { parseWholeKronor } from './money';
import { isNegative, parseRational, type Rational } from './rational';
import { columnNumber, type Table, type TableRow } from './table';

/** An issue pointing at one cell: file, line, column name and number. */
export function cellIssue(
  table: Table,
  row: TableRow,
  column: string,
  code: ErrorCode,
  params: IssueParams = {},
): Issue {
  return {
    file: table.file,
    row: row.line,
    column,
    columnNumber: columnNumber(table, column),
    code,
    params,
  };
}

export function fileIssue(table: Table, code: ErrorCode, params: IssueParams = {}): Issue {
  return { file: table.file, code, params };
}

export type CellReading<T> = { ok: true; value: T } | { ok: false; issue: Issue };

/** A required amount in whole kronor, 0 or more. */
export function readWholeKronorCell(
  table: Table,
  row: TableRow,
  column: string,
): CellReading<bigint> {
  const text = row.cells[column] ?? '';
  const parsed = parseWholeKronor(text);
  if (!parsed.ok) {
    const code = parsed.reason === 'empty' ? 'cell.missing' : 'cell.not_whole_kronor';
    return { ok: false, issue: cellIssue(table, row, column, code, { value: text }) };
  }
  if (parsed.value < 0n)
    return { ok: false, issue: cellIssue(table, row, column, 'cell.negative', { value: text }) };
  return { ok: true, value: parsed.value };
}

/** A required non-negative number: "1234", "1 234,5", "0.25", "1/3". */
export function readNonNegativeNumberCell(
  table: Table,
  row: TableRow,
  column: string,
): CellReading<Rational> {
  const text = row.cells[column] ?? '';
  const parsed = parseRational(text);
  if (!parsed.ok) {
    const code = parsed.reason === 'empty' ? 'cell.missing' : 'cell.not_a_number';
    return { ok: false, issue: cellIssue(table, row, column, code, { value: text }) };
  }
  if (isNegative(parsed.value)) {
    return { ok: false, issue: cellIssue(table, row, column, 'cell.negative', { value: text }) };
  }
  return { ok: true, value: parsed.value };
}
