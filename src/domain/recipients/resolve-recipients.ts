import type { Issue } from '../issues';
import { cellIssue } from '../table-cells';
import type { Table, TableRow } from '../table';
import {
  findRecipientByCode,
  findRecipientByName,
  type Recipient,
  type RecipientRegister,
} from './recipient-register';

export interface RecipientColumn {
  header: string;
  by: 'code' | 'name';
}

export interface ResolvedRecipients {
  /** The recipient of each row that could be resolved, by row. */
  recipients: Map<TableRow, Recipient>;
  issues: Issue[];
}

function resolveCell(
  table: Table,
  row: TableRow,
  column: RecipientColumn,
  register: RecipientRegister,
  eligibleTypes: readonly string[],
): Recipient | Issue {
  const value = row.cells[column.header] ?? '';
  if (value === '') return cellIssue(table, row, column.header, 'cell.missing');
  if (column.by === 'code') {
    return (
      findRecipientByCode(register, value) ??
      cellIssue(table, row, column.header, 'recipient.unknown', { value })
    );
  }
  const lookup = findRecipientByName(register, value, eligibleTypes);
  if (lookup.found === 'one') return lookup.recipient;
  if (lookup.found === 'none')
    return cellIssue(table, row, column.header, 'recipient.unknown', { value });
  const codes = lookup.candidates.map((candidate) => candidate.code).join(', ');
  return cellIssue(table, row, column.header, 'recipient.ambiguous_name', { value, codes });
}

function isIssue(value: Recipient | Issue): value is Issue {
  return 'params' in value;
}

/** Both lines of a duplicate are reported, each pointing at the other. */
function duplicateIssues(
  table: Table,
  column: RecipientColumn,
  resolved: Map<TableRow, Recipient>,
): Issue[] {
  const firstRow = new Map<string, TableRow>();
  const issues: Issue[] = [];
  const reportedFirst = new Set<string>();
  for (const [row, recipient] of resolved) {
    const first = firstRow.get(recipient.code);
    if (!first) {
      firstRow.set(recipient.code, row);
      continue;
    }
    if (!reportedFirst.has(recipient.code)) {
      reportedFirst.add(recipient.code);
      issues.push(
        cellIssue(table, first, column.header, 'recipient.duplicate', {
          code: recipient.code,
          otherRow: row.line,
        }),
      );
    }
    issues.push(
      cellIssue(table, row, column.header, 'recipient.duplicate', {
        code: recipient.code,
        otherRow: first.line,
      }),
    );
  }
  return issues;
}

/**
 * Resolves the recipient of every row, reporting every empty cell, unknown or ambiguous recipient,
 * recipient of a type the grant is not for, and duplicate.
 */
export function resolveRecipients(
  table: Table,
  rows: readonly TableRow[],
  column: RecipientColumn,
  register: RecipientRegister,
  eligibleTypes: readonly string[],
): ResolvedRecipients {
  const recipients = new Map<TableRow, Recipient>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const resolved = resolveCell(table, row, column, register, eligibleTypes);
    if (isIssue(resolved)) {
      issues.push(resolved);
    } else if (!eligibleTypes.includes(resolved.type)) {
      issues.push(
        cellIssue(table, row, column.header, 'recipient.not_eligible', {
          code: resolved.code,
          recipientType: resolved.type,
          eligibleTypes: eligibleTypes.join(', '),
        }),
      );
    } else {
      recipients.set(row, resolved);
    }
  }
  for (const issue of duplicateIssues(table, column, recipients)) issues.push(issue);
  return { recipients, issues };
}
