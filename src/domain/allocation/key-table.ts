import type { Issue } from '../issues';
import { resolveRecipients, type RecipientColumn } from '../recipients/resolve-recipients';
import type { RecipientRegister } from '../recipients/recipient-register';
import { fromBigInt } from '../rational';
import { cellIssue, fileIssue, readWholeKronorCell } from '../table-cells';
import { findColumn, type Table, type TableRow } from '../table';
import type { AllocationInputRow, AllocationModel } from './types';

/** Header names recognised for the recipient code, in priority order (compared case-insensitively). */
export const CODE_COLUMNS = [
  'kommunkod',
  'recipient_code',
  'code',
  'county_code',
  'länskod',
  'lanskod',
  'kod',
];
/** Header names recognised for the recipient's name when the file has no code column. */
export const NAME_COLUMNS = [
  'name',
  'namn',
  'kommun',
  'municipality',
  'recipient',
  'mottagare',
  'region',
];
/** Header names recognised for the amount. "Belopp (kr)" matches "belopp_kr" (see normalizeHeader). */
export const AMOUNT_COLUMNS = [
  'amount_kr',
  'belopp',
  'belopp_kr',
  'amount',
  'allocation_key_kr',
  'utfall_kr',
  'utfall',
  'tilldelat_belopp',
  'tilldelat_belopp_kr',
  'fördelat_belopp',
  'fördelat_belopp_kr',
];

/** The indicator an imported key becomes when expressed as a one-component formula. */
export const IMPORTED_KEY_INDICATOR = 'amount_kr';

// Annexes end with a totals row; it is checked against the rows rather than read as a recipient.
const TOTAL_ROW_LABELS = /^(summa|totalt|total|sum|s:a|riket|hela riket)$/i;

export interface KeyTableContext {
  register: RecipientRegister;
  /** Recipient types the grant is for, e.g. ['municipality']. */
  eligibleTypes: readonly string[];
  /** The grant's amount: the key must sum to it exactly. */
  grantAmountKr: bigint;
  /** Overrides the search for a known amount header. */
  amountColumn?: string;
}

export interface KeyRow {
  line: number;
  recipientCode: string;
  amountKr: bigint;
}

export type KeyTableResult = { ok: true; rows: KeyRow[] } | { ok: false; issues: Issue[] };

function findRecipientColumn(table: Table): RecipientColumn | undefined {
  const code = findColumn(table.headers, CODE_COLUMNS);
  if (code !== undefined) return { header: code, by: 'code' };
  const name = findColumn(table.headers, NAME_COLUMNS);
  return name === undefined ? undefined : { header: name, by: 'name' };
}

function findColumnsOrIssues(table: Table, context: KeyTableContext) {
  const recipient = findRecipientColumn(table);
  const amount = findColumn(
    table.headers,
    context.amountColumn ? [context.amountColumn] : AMOUNT_COLUMNS,
  );
  const issues: Issue[] = [];
  if (!recipient) {
    issues.push(
      fileIssue(table, 'key.no_recipient_column', {
        accepted: [...CODE_COLUMNS, ...NAME_COLUMNS].join(', '),
      }),
    );
  }
  if (amount === undefined) {
    const accepted = context.amountColumn ?? AMOUNT_COLUMNS.join(', ');
    issues.push(fileIssue(table, 'key.no_amount_column', { accepted }));
  }
  return { recipient, amount, issues };
}

function isTotalRow(row: TableRow, recipient: RecipientColumn): boolean {
  return TOTAL_ROW_LABELS.test((row.cells[recipient.header] ?? '').trim());
}

function totalRowIssues(
  table: Table,
  totalRows: TableRow[],
  amountColumn: string,
  sumKr: bigint,
): Issue[] {
  return totalRows.flatMap((row) => {
    const printed = readWholeKronorCell(table, row, amountColumn);
    if (!printed.ok) return [printed.issue];
    if (printed.value === sumKr) return [];
    return [
      cellIssue(table, row, amountColumn, 'key.total_row_mismatch', {
        printedKr: printed.value.toString(),
        sumKr: sumKr.toString(),
      }),
    ];
  });
}

/**
 * Validates a government allocation key (recipient and amount per row) against the recipient
 * register and the grant's amount, reporting every bad row at once: unknown, ambiguous, ineligible
 * or duplicate recipients (both lines), missing, non-numeric, non-integer or negative amounts,
 * and, as a file-level issue, a sum that differs from the grant's amount (only when every amount
 * could be read, since otherwise the sum means nothing). A "Summa" row is checked, not imported.
 * Recipients are found by a code column or, failing that, a name column (see the column lists).
 */
export function validateKeyTable(table: Table, context: KeyTableContext): KeyTableResult {
  const columns = findColumnsOrIssues(table, context);
  if (!columns.recipient || columns.amount === undefined)
    return { ok: false, issues: columns.issues };
  const { recipient, amount } = columns;
  const dataRows = table.rows.filter((row) => !isTotalRow(row, recipient));
  if (dataRows.length === 0) return { ok: false, issues: [fileIssue(table, 'table.no_rows')] };
  const resolved = resolveRecipients(
    table,
    dataRows,
    recipient,
    context.register,
    context.eligibleTypes,
  );
  const issues = [...resolved.issues];
  const rows: KeyRow[] = [];
  let sumKr = 0n;
  let amountsReadable = true;
  for (const row of dataRows) {
    const amountKr = readWholeKronorCell(table, row, amount);
    if (!amountKr.ok) {
      issues.push(amountKr.issue);
      amountsReadable = false;
      continue;
    }
    sumKr += amountKr.value;
    const found = resolved.recipients.get(row);
    if (found) rows.push({ line: row.line, recipientCode: found.code, amountKr: amountKr.value });
  }
  if (amountsReadable) {
    const totalRows = table.rows.filter((row) => isTotalRow(row, recipient));
    for (const issue of totalRowIssues(table, totalRows, amount, sumKr)) issues.push(issue);
    if (sumKr !== context.grantAmountKr) {
      issues.push(
        fileIssue(table, 'key.sum_mismatch', {
          sumKr: sumKr.toString(),
          expectedKr: context.grantAmountKr.toString(),
          differenceKr: (sumKr - context.grantAmountKr).toString(),
        }),
      );
    }
  }
  issues.sort(byLocation);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}

/** File-level issues last; then by line and column, so a long list reads top to bottom. */
export function byLocation(a: Issue, b: Issue): number {
  const rowA = a.row ?? Number.MAX_SAFE_INTEGER;
  const rowB = b.row ?? Number.MAX_SAFE_INTEGER;
  if (rowA !== rowB) return rowA - rowB;
  return (a.columnNumber ?? 0) - (b.columnNumber ?? 0);
}

/**
 * An imported key as a one-component formula: the amount column is the indicator and the budget
 * is the grant's amount. Because the amounts sum to the budget, every key quota is the amount
 * itself (an integer), so the engine and the CLI reproduce the key to the krona, with the same
 * explanation columns as any formula.
 */
export function importedKeyAsFormula(
  rows: readonly KeyRow[],
  grantAmountKr: bigint,
): { model: AllocationModel; rows: AllocationInputRow[] } {
  return {
    model: {
      budgetKr: grantAmountKr,
      minimumKr: 0n,
      components: [{ name: 'imported key', indicator: IMPORTED_KEY_INDICATOR }],
    },
    rows: rows.map((row) => ({
      recipientCode: row.recipientCode,
      indicators: { [IMPORTED_KEY_INDICATOR]: fromBigInt(row.amountKr) },
    })),
  };
}
