import type { Issue } from '../issues';
import { cellIssue, fileIssue, readWholeKronorCell } from '../table-cells';
import type { Table } from '../table';
import { readFigureValues } from './figure-values';
import type { FigureRow, KeyEntry, PerformanceModel } from './types';

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
    const reading = readFigureValues(model.figures, row.cells);
    if (!reading.ok) {
      for (const issue of reading.issues)
        issues.push(cellIssue(table, row, issue.figure, issue.code, issue.params));
    } else if (code !== undefined)
      rows.push({ recipientCode: code, line: row.line, values: reading.values });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}
