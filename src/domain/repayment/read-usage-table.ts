import type { Issue } from '../issues';
import { parseWholeKronor } from '../money';
import { findRecipientByCode, type RecipientRegister } from '../recipients/recipient-register';
import { findColumn, type Table, type TableRow } from '../table';
import { cellIssue, fileIssue } from '../table-cells';
import type { UsageReport } from './compute-repayments';

/**
 * The columns of a usage file (the economic reports), as the CLI and imports read them. Headers
 * are matched loosely (`normalizeHeader`: "Received (kr)" = "received_kr"), in this order.
 */
export const USAGE_COLUMNS = {
  recipientCode: ['recipient_code', 'kommunkod'],
  received: ['received', 'received_kr'],
  used: ['used', 'used_kr'],
} as const;

export type ReadUsageResult = { ok: true; reports: UsageReport[] } | { ok: false; issues: Issue[] };

type AmountReading = { ok: true; value: bigint } | { ok: false; issue: Issue };

/**
 * A whole-kronor amount, 0 or more. Unlike the shared reader it keeps "not a number" ("12x") apart
 * from "not whole kronor" ("12,50"), so the message says which.
 */
function readAmount(table: Table, row: TableRow, column: string): AmountReading {
  const text = row.cells[column] ?? '';
  const parsed = parseWholeKronor(text);
  if (!parsed.ok) {
    const code = (
      {
        empty: 'cell.missing',
        not_a_number: 'cell.not_a_number',
        not_whole_kronor: 'cell.not_whole_kronor',
      } as const
    )[parsed.reason];
    return { ok: false, issue: cellIssue(table, row, column, code, { value: text }) };
  }
  if (parsed.value < 0n)
    return { ok: false, issue: cellIssue(table, row, column, 'cell.negative', { value: text }) };
  return { ok: true, value: parsed.value };
}

interface Columns {
  recipientCode: string;
  received: string;
  used: string;
}

function findColumns(table: Table): { columns?: Columns; issues: Issue[] } {
  const recipientCode = findColumn(table.headers, USAGE_COLUMNS.recipientCode);
  const received = findColumn(table.headers, USAGE_COLUMNS.received);
  const used = findColumn(table.headers, USAGE_COLUMNS.used);
  if (recipientCode !== undefined && received !== undefined && used !== undefined)
    return { columns: { recipientCode, received, used }, issues: [] };
  const missing = [
    [recipientCode, USAGE_COLUMNS.recipientCode[0]],
    [received, USAGE_COLUMNS.received[0]],
    [used, USAGE_COLUMNS.used[0]],
  ] as const;
  return {
    issues: missing.flatMap(([found, name]) =>
      found === undefined ? [fileIssue(table, 'table.missing_column', { column: name })] : [],
    ),
  };
}

/**
 * Reads the economic reports: one row per recipient with `recipient_code,received,used` in whole
 * kronor. Other columns (a name, for people) are ignored. Every problem is reported, each with its
 * line and column: an empty or unknown code, a recipient given twice, an amount that is missing,
 * not a number, not whole kronor or negative, and more used than received. A code that a
 * spreadsheet stripped of its leading zero ("114") is read as the recipient it must be (0114).
 * @example readUsageTable(table, register) // { ok: true, reports: [{ recipientCode: '0114', receivedKr: 15460474n, usedKr: 13659293n }, …] }
 */
export function readUsageTable(table: Table, register: RecipientRegister): ReadUsageResult {
  const { columns, issues } = findColumns(table);
  if (columns === undefined) return { ok: false, issues };
  if (table.rows.length === 0) return { ok: false, issues: [fileIssue(table, 'table.no_rows')] };
  const firstLine = new Map<string, number>();
  const reports: UsageReport[] = [];
  for (const row of table.rows) {
    const recipientCode = readRecipientCode(table, row, columns, register, firstLine, issues);
    const received = readAmount(table, row, columns.received);
    const used = readAmount(table, row, columns.used);
    if (!received.ok) issues.push(received.issue);
    if (!used.ok) issues.push(used.issue);
    if (!received.ok || !used.ok) continue;
    if (used.value > received.value) {
      issues.push(
        cellIssue(table, row, columns.used, 'repayment.used_exceeds_received', {
          usedKr: used.value.toString(),
          receivedKr: received.value.toString(),
        }),
      );
      continue;
    }
    if (recipientCode !== undefined)
      reports.push({ recipientCode, receivedKr: received.value, usedKr: used.value });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, reports };
}

function readRecipientCode(
  table: Table,
  row: TableRow,
  columns: Columns,
  register: RecipientRegister,
  firstLine: Map<string, number>,
  issues: Issue[],
): string | undefined {
  const column = columns.recipientCode;
  const text = row.cells[column] ?? '';
  if (text === '') {
    issues.push(cellIssue(table, row, column, 'cell.missing'));
    return undefined;
  }
  const recipient = findRecipientByCode(register, text);
  if (recipient === undefined) {
    issues.push(cellIssue(table, row, column, 'recipient.unknown', { value: text }));
    return undefined;
  }
  const earlier = firstLine.get(recipient.code);
  if (earlier !== undefined) {
    issues.push(
      cellIssue(table, row, column, 'recipient.duplicate', {
        code: recipient.code,
        otherRow: earlier,
      }),
    );
    return undefined;
  }
  firstLine.set(recipient.code, row.line);
  return recipient.code;
}
