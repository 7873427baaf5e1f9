import { appendAuditEvent } from '../../db/audit';
import {
  listAllRecipients,
  updateRecipient,
  type RecipientRecord,
  type RecipientRegisterFields,
} from '../../db/recipients';
import type { Issue } from '../../domain/issues';
import { validateOrgNumber } from '../../domain/recipients/org-number';
import { findColumn, type Table } from '../../domain/table';
import { cellIssue, fileIssue } from '../../domain/table-cells';
import { readTable } from '../../files/read-table';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { authorize } from '../../domain/access/policy';
import { TEXT_LIMITS, textIssue } from '../../domain/text';
import { parseSizeGroup } from '../../domain/recipients/size-group';

interface RecipientUpdate extends RecipientRegisterFields {
  code: string;
}

const REGISTER_FIELDS = [
  'name',
  'orgNumber',
  'legalName',
  'postalStreet',
  'postalCode',
  'postalTown',
  'sizeGroup',
] as const satisfies readonly (keyof RecipientRegisterFields)[];

/** The optional text columns, each with the headers it is known by. */
const TEXT_COLUMNS = {
  legalName: ['legal_name', 'juridiskt_namn', 'officiellt_namn'],
  postalStreet: ['postal_street', 'utdelningsadress', 'postadress', 'adress'],
  postalCode: ['postal_code', 'postnummer'],
  postalTown: ['postal_town', 'postort'],
} as const;

/** The column of SKR's municipality group (A1 … C9), by the headers it is known by. */
const SIZE_GROUP_HEADERS = ['size_group', 'kommungrupp', 'kommungruppsindelning', 'gruppkod'];

/**
 * Updates recipients' names, organisation numbers, legal names ("Stockholms kommun"), postal
 * addresses and municipality groups (SKR's A1 … C9, e.g. a file `kommunkod,kommungrupp`) from a CSV
 * `code,name,org_number,legal_name,postal_street,postal_code,postal_town,size_group`
 * (every column but code may be left out, and then keeps what the register has; an empty cell
 * removes the value). The legal name is stored as given, never derived: most municipalities are
 * "<name> kommun", but some are "stad", and a guess would put a wrong name on a decision. Codes
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
      if (REGISTER_FIELDS.every((field) => before[field] === update[field])) continue;
      const fields = registerFields(update);
      const after = await updateRecipient(tx, update.code, fields, now);
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: ctx.actor,
        entityType: 'recipient',
        entityId: update.code,
        action: 'recipient.updated',
        before: { code: before.code, ...registerFields(before) },
        after: { code: update.code, ...registerFields(after ?? update) },
        reason: `import ${file.filename}`,
      });
      updated++;
    }
    return { updated };
  });
}

function registerFields(recipient: RecipientRegisterFields): RecipientRegisterFields {
  return Object.fromEntries(
    REGISTER_FIELDS.map((field) => [field, recipient[field]]),
  ) as unknown as RecipientRegisterFields;
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
  const groupColumn = findColumn(table.headers, SIZE_GROUP_HEADERS);
  const textColumns = Object.entries(TEXT_COLUMNS).map(([field, headers]) => ({
    field: field as keyof typeof TEXT_COLUMNS,
    column: findColumn(table.headers, headers),
  }));
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
    const texts = {
      legalName: existing?.legalName ?? null,
      postalStreet: existing?.postalStreet ?? null,
      postalCode: existing?.postalCode ?? null,
      postalTown: existing?.postalTown ?? null,
    };
    for (const { field, column } of textColumns) {
      if (column === undefined) continue;
      const value = (row.cells[column] ?? '').trim();
      const tooLong = textIssue(value, TEXT_LIMITS.name);
      if (tooLong) {
        issues.push(cellIssue(table, row, column, tooLong.code, tooLong.params));
        rowOk = false;
      } else if (field === 'postalCode' && value !== '') {
        const digits = value.replace(/\s/g, '');
        if (/^[0-9]{5}$/.test(digits))
          texts.postalCode = `${digits.slice(0, 3)} ${digits.slice(3)}`;
        else {
          issues.push(cellIssue(table, row, column, 'recipient.postal_code_invalid', { value }));
          rowOk = false;
        }
      } else texts[field] = value === '' ? null : value;
    }
    let sizeGroup = existing?.sizeGroup ?? null;
    if (groupColumn !== undefined) {
      const value = (row.cells[groupColumn] ?? '').trim();
      const group = parseSizeGroup(value);
      if (value === '') sizeGroup = null;
      else if (!group) {
        issues.push(cellIssue(table, row, groupColumn, 'recipient.size_group_invalid', { value }));
        rowOk = false;
      } else if (existing && existing.type !== 'municipality') {
        issues.push(
          cellIssue(table, row, groupColumn, 'recipient.size_group_not_municipality', { code }),
        );
        rowOk = false;
      } else sizeGroup = group;
    }
    const addressParts = [texts.postalStreet, texts.postalCode, texts.postalTown];
    if (
      rowOk &&
      addressParts.some((part) => part !== null) &&
      (!texts.postalCode || !texts.postalTown)
    ) {
      const column = textColumns.find((c) => c.column !== undefined)?.column ?? codeColumn;
      issues.push(cellIssue(table, row, column, 'recipient.address_incomplete', { code }));
      rowOk = false;
    }
    if (rowOk) updates.push({ line: row.line, code, name, orgNumber, ...texts, sizeGroup });
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
  const result = new Map<string, RecipientUpdate>(
    updates.map((u) => [u.code, { code: u.code, ...registerFields(u) }]),
  );
  for (const update of updates) {
    const partnerCode = current.get(update.code)?.sameOrganisationAs;
    const partner = partnerCode ? current.get(partnerCode) : undefined;
    if (!partner || result.has(partner.code) || partner.orgNumber === update.orgNumber) continue;
    result.set(partner.code, {
      code: partner.code,
      ...registerFields(partner),
      orgNumber: update.orgNumber,
    });
  }
  return [...result.values()];
}
