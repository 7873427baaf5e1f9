import { appendAuditEvent } from '../../db/audit';
import {
  listInterestRegistrations,
  listReportedFigures,
  replaceReportedFigures,
} from '../../db/performance';
import type { Issue } from '../../domain/issues';
import { readFigureTable, RECIPIENT_CODE_COLUMN } from '../../domain/performance/read-tables';
import { columnNumber, type Table } from '../../domain/table';
import { cellIssue, fileIssue } from '../../domain/table-cells';
import { readTable } from '../../files/read-table';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import {
  figureRowToJson,
  loadSetup,
  requireKey,
  requireModel,
  requireNoPublishedResult,
  requirePerformanceGrant,
} from './load-performance-inputs';
import { authorize } from '../../domain/access/policy';

/** Columns people add for themselves and that carry no figure; anything else unknown is refused. */
const NAME_COLUMNS = ['name', 'namn', 'municipality', 'kommun', 'region', 'recipient_name'];

/**
 * A misspelt figure column would otherwise be ignored and the figure reported missing somewhere
 * else, or worse, a renamed column left out of every condition.
 */
function unknownColumnIssues(table: Table, figureNames: readonly string[]): Issue[] {
  const known = [RECIPIENT_CODE_COLUMN, ...figureNames];
  return table.headers
    .filter(
      (header) => !known.includes(header) && !NAME_COLUMNS.includes(header.trim().toLowerCase()),
    )
    .map((header) => ({
      file: table.file,
      row: 1,
      column: header,
      columnNumber: columnNumber(table, header),
      code: 'performance.unknown_column',
      params: { column: header, known: known.join(', ') },
    }));
}

/**
 * The agency uploads the figures recipients reported, for many recipients at once (CSV or XLSX:
 * `recipient_code` and one column per figure of the model). Every cell is checked: a number, a
 * whole number for integer figures, within the figure's range, present unless optional; a
 * recipient repeated, not in the key or without an expression of interest; a column that is no
 * figure; a file with no rows. Any issue: all of them are reported with line and column and
 * nothing is stored.
 * Otherwise the upload replaces all of the grant's figures in one transaction, audited, including
 * rows entered in a form (the portal or the agency's): the page says how many before uploading
 * and offers the current figures as the file to start from (docs/performance-model.md).
 */
export async function uploadPerformanceFigures(
  ctx: ServiceContext,
  input: { grantId: string; filename: string; bytes: Uint8Array },
): Promise<{ reported: number; replaced: number }> {
  authorize(ctx.user, 'grant.edit', { grantId: input.grantId });
  const read = await readTable(input.bytes, input.filename);
  if (!read.ok) throw new InvalidInputError(read.issues);
  const table = read.table;
  // A header alone would replace every figure, those entered in the forms too, with nothing.
  if (table.rows.length === 0) throw new InvalidInputError([fileIssue(table, 'table.no_rows')]);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = requirePerformanceGrant(await loadGrantForUpdate(tx, input.grantId));
    const setup = await loadSetup(tx, grant.id);
    const model = requireModel(setup);
    const keyCodes = new Set(requireKey(setup).map((entry) => entry.recipientCode));
    const registered = new Set(
      (await listInterestRegistrations(tx, grant.id)).map((r) => r.recipientCode),
    );
    const issues = unknownColumnIssues(
      table,
      model.figures.map((figure) => figure.name),
    );
    const figures = readFigureTable(table, model, keyCodes);
    if (!figures.ok) for (const issue of figures.issues) issues.push(issue);
    for (const row of table.rows) {
      const code = row.cells[RECIPIENT_CODE_COLUMN] ?? '';
      if (code !== '' && keyCodes.has(code) && !registered.has(code))
        issues.push(
          cellIssue(table, row, RECIPIENT_CODE_COLUMN, 'performance.not_registered', { code }),
        );
    }
    if (issues.length > 0 || !figures.ok) {
      issues.sort(
        (a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.columnNumber ?? 0) - (b.columnNumber ?? 0),
      );
      throw new InvalidInputError(issues);
    }
    await requireNoPublishedResult(tx, grant.id);
    const rows = figures.rows.map((row) => {
      const json = figureRowToJson(row);
      return { recipientCode: json.recipientCode, values: json.values, sourceLine: json.line };
    });
    const formRows = (await listReportedFigures(tx, grant.id)).filter(
      (row) => row.source !== 'upload',
    ).length;
    const replaced = await replaceReportedFigures(
      tx,
      grant.id,
      rows,
      input.filename,
      ctx.actor,
      now,
    );
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: grant.id,
      grantId: grant.id,
      action: 'performance.figures_uploaded',
      before: { rowCount: replaced, formRowCount: formRows },
      after: { filename: input.filename, rowCount: rows.length },
    });
    return { reported: rows.length, replaced };
  });
}
