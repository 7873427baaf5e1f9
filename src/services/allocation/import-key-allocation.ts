import type { AllocationRecord } from '../../db/allocations';
import {
  IMPORTED_KEY_INDICATOR,
  importedKeyAsFormula,
  validateKeyTable,
} from '../../domain/allocation/key-table';
import { readTable } from '../../files/read-table';
import { RECIPIENT_CODE_COLUMN, type AllocationInputsJson } from './allocation-inputs';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import { requireDraftGrant } from '../grants/require-draft-grant';
import { loadRecipientRegister } from '../recipients/recipient-register';
import { runAllocation } from './run-allocation';
import { storeDraftAllocation } from './store-allocation';
import { authorize } from '../../domain/access/policy';

/**
 * Imports the government's allocation key (CSV or XLSX: a recipient column by code or name, and an
 * amount column) as a draft allocation of a draft grant. The key is validated against the
 * recipients the grant is for and against the grant's amount, every bad row reported with its line
 * and column; then it runs through the engine as a one-component formula, so every row gets the
 * same explanation as a computed one and the CLI can reproduce it. Any issue: nothing is stored.
 */
export async function importKeyAllocation(
  ctx: ServiceContext,
  input: { grantId: string; filename: string; bytes: Uint8Array },
): Promise<AllocationRecord> {
  authorize(ctx.user, 'grant.edit', { grantId: input.grantId });
  const read = await readTable(input.bytes, input.filename);
  if (!read.ok) throw new InvalidInputError(read.issues);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = requireDraftGrant(await loadGrantForUpdate(tx, input.grantId));
    const key = validateKeyTable(read.table, {
      register: await loadRecipientRegister(tx),
      eligibleTypes: grant.eligibleRecipientTypes,
      grantAmountKr: grant.totalAmountKr,
    });
    if (!key.ok) throw new InvalidInputError(key.issues);
    const formula = importedKeyAsFormula(key.rows, grant.totalAmountKr);
    const inputs: AllocationInputsJson = {
      columns: [IMPORTED_KEY_INDICATOR],
      rows: key.rows.map((row) => ({
        [RECIPIENT_CODE_COLUMN]: row.recipientCode,
        values: { [IMPORTED_KEY_INDICATOR]: row.amountKr.toString() },
      })),
    };
    const result = runAllocation(formula.model, formula.rows, input.filename);
    return storeDraftAllocation(tx, ctx, now, {
      grant,
      kind: 'imported_key',
      model: formula.model,
      inputs,
      sourceFilename: input.filename,
      result,
    });
  });
}
