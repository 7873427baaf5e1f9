import type { Issue } from '../issues';
import { resolveRecipients, type RecipientColumn } from '../recipients/resolve-recipients';
import type { RecipientRegister } from '../recipients/recipient-register';
import type { Rational } from '../rational';
import { fileIssue, readNonNegativeNumberCell, readWholeKronorCell } from '../table-cells';
import { findColumn, type Table, type TableRow } from '../table';
import { byLocation, CODE_COLUMNS } from './key-table';
import type { AllocationInputRow, AllocationModel } from './types';

export interface IndicatorTableContext {
  model: AllocationModel;
  register: RecipientRegister;
  eligibleTypes: readonly string[];
}

export type IndicatorTableResult =
  { ok: true; rows: AllocationInputRow[]; lines: number[] } | { ok: false; issues: Issue[] };

interface IndicatorColumns {
  recipient: RecipientColumn;
  /** indicator name in the model → header as the file spells it */
  indicators: Map<string, string>;
  cap?: string;
}

function findIndicatorColumns(table: Table, model: AllocationModel): IndicatorColumns | Issue[] {
  const issues: Issue[] = [];
  // recipient_code is the documented name; the key-file spellings are accepted too.
  const code = findColumn(table.headers, ['recipient_code', ...CODE_COLUMNS]);
  if (code === undefined)
    issues.push(fileIssue(table, 'table.missing_column', { column: 'recipient_code' }));
  const indicators = new Map<string, string>();
  for (const indicator of new Set(model.components.map((component) => component.indicator))) {
    const header = findColumn(table.headers, [indicator]);
    if (header === undefined)
      issues.push(fileIssue(table, 'table.missing_column', { column: indicator }));
    else indicators.set(indicator, header);
  }
  const cap =
    model.capColumn === undefined ? undefined : findColumn(table.headers, [model.capColumn]);
  if (model.capColumn !== undefined && cap === undefined) {
    issues.push(fileIssue(table, 'table.missing_column', { column: model.capColumn }));
  }
  if (issues.length > 0 || code === undefined) return issues;
  return {
    recipient: { header: code, by: 'code' },
    indicators,
    ...(cap === undefined ? {} : { cap }),
  };
}

/** Empty means no cap; otherwise whole kronor, 0 or more. */
function readCap(table: Table, row: TableRow, header: string | undefined) {
  if (header === undefined || (row.cells[header] ?? '') === '')
    return { ok: true as const, value: undefined };
  return readWholeKronorCell(table, row, header);
}

function readRow(table: Table, row: TableRow, columns: IndicatorColumns, issues: Issue[]) {
  const indicators: Record<string, Rational> = {};
  for (const [indicator, header] of columns.indicators) {
    const value = readNonNegativeNumberCell(table, row, header);
    if (value.ok) indicators[indicator] = value.value;
    else issues.push(value.issue);
  }
  const cap = readCap(table, row, columns.cap);
  if (!cap.ok) issues.push(cap.issue);
  return { indicators, capKr: cap.ok ? cap.value : undefined };
}

/**
 * Validates a formula's data file: a `recipient_code` column, one column per indicator the model
 * names (non-negative numbers, "1234", "1 234,5", "0.25"), and the model's cap column if any
 * (whole kronor; an empty cell means no cap). Every problem is reported with its line and column:
 * missing columns, empty or bad values, unknown, ineligible and duplicate recipients.
 */
export function validateIndicatorTable(
  table: Table,
  context: IndicatorTableContext,
): IndicatorTableResult {
  const columns = findIndicatorColumns(table, context.model);
  if (Array.isArray(columns)) return { ok: false, issues: columns };
  if (table.rows.length === 0) return { ok: false, issues: [fileIssue(table, 'table.no_rows')] };
  const resolved = resolveRecipients(
    table,
    table.rows,
    columns.recipient,
    context.register,
    context.eligibleTypes,
  );
  const issues = [...resolved.issues];
  const rows: AllocationInputRow[] = [];
  const lines: number[] = [];
  for (const row of table.rows) {
    const { indicators, capKr } = readRow(table, row, columns, issues);
    const recipient = resolved.recipients.get(row);
    if (!recipient) continue;
    rows.push({
      recipientCode: recipient.code,
      indicators,
      ...(capKr === undefined ? {} : { capKr }),
    });
    lines.push(row.line);
  }
  issues.sort(byLocation);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows, lines };
}
