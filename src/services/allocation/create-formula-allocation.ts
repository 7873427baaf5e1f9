import type { AllocationRecord } from '../../db/allocations';
import { validateIndicatorTable } from '../../domain/allocation/indicator-table';
import { parseAllocationModelText } from '../../domain/allocation/model';
import type { AllocationModel } from '../../domain/allocation/types';
import type { Issue } from '../../domain/issues';
import { findColumn, type Table } from '../../domain/table';
import { readTable } from '../../files/read-table';
import { RECIPIENT_CODE_COLUMN, type AllocationInputsJson } from './allocation-inputs';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import { loadRecipientRegister } from '../recipients/recipient-register';
import { requireDraftGrant } from '../grants/require-draft-grant';
import { runAllocation } from './run-allocation';
import { storeDraftAllocation } from './store-allocation';
import { authorize } from '../../domain/access/policy';

export const MODEL_FILE_NAME = 'model.json';

/**
 * Computes a draft allocation of a draft grant from a model (the CLI's model.json) and an
 * indicator data file (CSV or XLSX with recipient_code and the model's indicator columns). The
 * model's budget must be the grant's amount. Every problem in the model and the data is reported
 * at once; then nothing is stored.
 */
export async function createFormulaAllocation(
  ctx: ServiceContext,
  input: {
    grantId: string;
    modelText: string;
    modelFilename?: string;
    filename: string;
    bytes: Uint8Array;
  },
): Promise<AllocationRecord> {
  authorize(ctx.user, 'grant.edit', { grantId: input.grantId });
  const modelFile = input.modelFilename || MODEL_FILE_NAME;
  const parsedModel = parseAllocationModelText(input.modelText);
  const read = await readTable(input.bytes, input.filename);
  const earlyIssues = [
    ...(parsedModel.ok ? [] : parsedModel.issues.map((issue) => ({ ...issue, file: modelFile }))),
    ...(read.ok ? [] : read.issues),
  ];
  if (!parsedModel.ok || !read.ok) throw new InvalidInputError(earlyIssues);
  const { model } = parsedModel;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = requireDraftGrant(await loadGrantForUpdate(tx, input.grantId));
    const issues: Issue[] = [];
    if (model.budgetKr !== grant.totalAmountKr) {
      issues.push({
        file: modelFile,
        path: 'budget_kr',
        code: 'allocation.budget_differs_from_grant',
        params: {
          budgetKr: model.budgetKr.toString(),
          totalAmountKr: grant.totalAmountKr.toString(),
        },
      });
    }
    const data = validateIndicatorTable(read.table, {
      model,
      register: await loadRecipientRegister(tx),
      eligibleTypes: grant.eligibleRecipientTypes,
    });
    if (!data.ok) for (const issue of data.issues) issues.push(issue);
    if (issues.length > 0 || !data.ok) throw new InvalidInputError(issues);
    const result = runAllocation(model, data.rows, input.filename);
    return storeDraftAllocation(tx, ctx, now, {
      grant,
      kind: 'formula',
      model,
      inputs: inputsAsRead(
        read.table,
        model,
        data.lines,
        data.rows.map((row) => row.recipientCode),
      ),
      sourceFilename: input.filename,
      result,
    });
  });
}

/**
 * The data file's cells as they were read, under the model's column names, with each row's
 * resolved recipient code: the CLI parses them exactly as the server did.
 */
function inputsAsRead(
  table: Table,
  model: AllocationModel,
  lines: number[],
  codes: string[],
): AllocationInputsJson {
  const columns = [...new Set(model.components.map((component) => component.indicator))];
  if (model.capColumn !== undefined) columns.push(model.capColumn);
  const headers = new Map(
    columns.map((column) => [column, findColumn(table.headers, [column]) ?? column]),
  );
  const rowsByLine = new Map(table.rows.map((row) => [row.line, row]));
  return {
    columns,
    rows: lines.map((line, index) => {
      const cells = rowsByLine.get(line)?.cells ?? {};
      return {
        [RECIPIENT_CODE_COLUMN]: codes[index] ?? '',
        values: Object.fromEntries(
          columns.map((column) => [column, cells[headers.get(column) ?? column] ?? '']),
        ),
      };
    }),
  };
}
