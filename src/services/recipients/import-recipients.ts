import { appendAuditEvent } from '../../db/audit';
import { listAllRecipients, updateRecipient, type RecipientRecord } from '../../db/recipients';
import type { Issue } from '../../domain/issues';
import { validateOrgNumber } from '../../domain/recipients/org-number';
import { findColumn, type Table } from '../../domain/table';
import { cellIssue, fileIssue } from '../../domain/table-cells';
import { readTable } from '../../files/read-table';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { authorize } from '../../domain/access/policy';
import { TEXT_LIMITS, textIssue } from '../../domain/text';

interface RecipientUpdate {
  code: string;
  name: string;
  orgNumber: string | null;
}

/**
 * Updates recipients' names and organisation numbers from a CSV `code,name,org_number` (the name
 * and org_number columns may be left out; an empty org_number cell removes the number). Codes
 * must exist already: the register of municipalities and regions is reference data, not created
 * by imports. Every bad cell is reported with its line and column, and then nothing changes.
 * Region Gotland's two codes (0980 and 09) are one organisation and get one organisation number.
 */
export async function importRecipients(
  ctx: ServiceContext,
  file: { filename: string; bytes: Uint8Array },
): Promise<{ updated: number }> {
  const read = await readTable(file.bytes, file.filename);
  if (!read.ok) throw new InvalidInputError(read.issues);
  const now = ctx.now();
  authorize(ctx.user, 'recipient.import');
  return ctx.db.transaction(async (tx) => {
    const current = new Map((await listAllRecipients(tx)).map((r) => [r.code, r]));
    const updates = validateRecipientTable(read.table, current);
    let updated = 0;
    for (const update of updates) {
      const before = current.get(update.code)!;
      if (before.name === update.name && before.orgNumber === update.orgNumber) continue;
      const after = await updateRecipient(
        tx,
        update.code,
        { name: update.name, orgNumber: update.orgNumber },
        now,
      );
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: ctx.actor,
        entityType: 'recipient',
        entityId: update.code,
        action: 'recipient.updated',
        before: { code: before.code, name: before.name, orgNumber: before.orgNumber },
        after: {
          code: update.code,
          name: after?.name ?? update.name,
          orgNumber: after?.orgNumber ?? null,
        },
        reason: `import ${file.filename}`,
      });
      updated++;
    }
    return { updated };
  });
}

function validateRecipientTable(
  table: Table,
  current: Map<string, RecipientRecord>,
): RecipientUpdate[] {
  const codeColumn = findColumn(table.headers, ['code', 'kod', 'kommunkod', 'recipient_code']);
  if (codeColumn === undefined)
    throw new InvalidInputError([fileIssue(table, 'table.missing_column', { column: 'code' })]);
  const nameColumn = findColumn(table.headers, ['name', 'namn']);
  const orgColumn = findColumn(table.headers, ['org_number', 'organisationsnummer', 'orgnr']);
  if (table.rows.length === 0) throw new InvalidInputError([fileIssue(table, 'table.no_rows')]);

  const issues: Issue[] = [];
  const updates: (RecipientUpdate & { line: number })[] = [];
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const code = row.cells[codeColumn] ?? '';
    const existing = current.get(code);
    let rowOk = true;
    if (code === '') {
      issues.push(cellIssue(table, row, codeColumn, 'cell.missing'));
      rowOk = false;
    } else if (!existing) {
      issues.push(cellIssue(table, row, codeColumn, 'recipient.unknown', { value: code }));
      rowOk = false;
    } else if (firstLine.has(code)) {
      const otherRow = firstLine.get(code)!;
      issues.push(cellIssue(table, row, codeColumn, 'recipient.duplicate', { code, otherRow }));
      rowOk = false;
    } else {
      firstLine.set(code, row.line);
    }
    let name = existing?.name ?? '';
    if (nameColumn !== undefined) {
      name = row.cells[nameColumn] ?? '';
      const tooLong = textIssue(name, TEXT_LIMITS.name);
      if (name === '') {
        issues.push(cellIssue(table, row, nameColumn, 'cell.missing'));
        rowOk = false;
      } else if (tooLong) {
        // Every allocation, decision and letter carries the name: it stays a name's length.
        issues.push(cellIssue(table, row, nameColumn, tooLong.code, tooLong.params));
        rowOk = false;
      }
    }
    let orgNumber = existing?.orgNumber ?? null;
    if (orgColumn !== undefined) {
      const text = row.cells[orgColumn] ?? '';
      if (text === '') orgNumber = null;
      else {
        const checked = validateOrgNumber(text);
        if (checked.ok) orgNumber = checked.value;
        else {
          issues.push(cellIssue(table, row, orgColumn, checked.code, { value: text }));
          rowOk = false;
        }
      }
    }
    if (rowOk) updates.push({ line: row.line, code, name, orgNumber });
  }
  for (const issue of sameOrganisationIssues(table, updates, current, orgColumn))
    issues.push(issue);
  if (issues.length > 0) throw new InvalidInputError(issues);
  return withSameOrganisationNumbers(updates, current);
}

/** Gotland's two codes in one file with different organisation numbers cannot both be right. */
function sameOrganisationIssues(
  table: Table,
  updates: (RecipientUpdate & { line: number })[],
  current: Map<string, RecipientRecord>,
  orgColumn: string | undefined,
): Issue[] {
  if (orgColumn === undefined) return [];
  const byCode = new Map(updates.map((u) => [u.code, u]));
  return updates.flatMap((update) => {
    const partnerCode = current.get(update.code)?.sameOrganisationAs;
    const partner = partnerCode ? byCode.get(partnerCode) : undefined;
    if (!partner || partner.orgNumber === update.orgNumber) return [];
    return [
      {
        file: table.file,
        row: update.line,
        column: orgColumn,
        code: 'recipient.same_organisation_differs',
        params: { code: update.code, otherCode: partner.code },
      },
    ];
  });
}

/** A number given for one of Gotland's codes is the organisation's, so the other code gets it too. */
function withSameOrganisationNumbers(
  updates: RecipientUpdate[],
  current: Map<string, RecipientRecord>,
): RecipientUpdate[] {
  const result = new Map(
    updates.map((u) => [u.code, { code: u.code, name: u.name, orgNumber: u.orgNumber }]),
  );
  for (const update of updates) {
    const partnerCode = current.get(update.code)?.sameOrganisationAs;
    const partner = partnerCode ? current.get(partnerCode) : undefined;
    if (!partner || result.has(partner.code) || partner.orgNumber === update.orgNumber) continue;
    result.set(partner.code, {
      code: partner.code,
      name: partner.name,
      orgNumber: update.orgNumber,
    });
  }
  return [...result.values()];
}
