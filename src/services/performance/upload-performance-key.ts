import { appendAuditEvent } from '../../db/audit';
import { upsertPerformanceSetup, type PerformanceSetupRecord } from '../../db/performance';
import type { Issue } from '../../domain/issues';
import { readKeyTable, RECIPIENT_CODE_COLUMN } from '../../domain/performance/read-tables';
import { cellIssue } from '../../domain/table-cells';
import { readTable } from '../../files/read-table';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import {
  keyToJson,
  requireNoPublishedResult,
  requirePerformanceGrant,
} from './load-performance-inputs';
import { loadRecipientRegister } from '../recipients/recipient-register';
import { authorize } from '../../domain/access/policy';
import { krToJson } from '../allocation/present';

/**
 * Replaces a performance-based grant's allocation key: CSV or XLSX with `recipient_code,key_kr`
 * (other columns ignored), one row per recipient that can take part. Every bad cell is reported
 * with line and column (also a code that is no recipient, or of a type the grant does not
 * address) and then nothing is stored.
 */
export async function uploadPerformanceKey(
  ctx: ServiceContext,
  input: { grantId: string; filename: string; bytes: Uint8Array },
): Promise<PerformanceSetupRecord> {
  authorize(ctx.user, 'grant.edit', { grantId: input.grantId });
  const read = await readTable(input.bytes, input.filename);
  if (!read.ok) throw new InvalidInputError(read.issues);
  const key = readKeyTable(read.table);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = requirePerformanceGrant(await loadGrantForUpdate(tx, input.grantId));
    const issues: Issue[] = key.ok ? [] : [...key.issues];
    const register = await loadRecipientRegister(tx);
    for (const row of read.table.rows) {
      const code = row.cells[RECIPIENT_CODE_COLUMN] ?? '';
      if (code === '') continue;
      const recipient = register.byCode.get(code);
      if (!recipient)
        issues.push(
          cellIssue(read.table, row, RECIPIENT_CODE_COLUMN, 'recipient.unknown', { value: code }),
        );
      else if (!grant.eligibleRecipientTypes.some((type) => type === recipient.type))
        issues.push(
          cellIssue(read.table, row, RECIPIENT_CODE_COLUMN, 'recipient.not_eligible', {
            code,
            recipientType: recipient.type,
            eligibleTypes: grant.eligibleRecipientTypes.join(', '),
          }),
        );
    }
    if (issues.length > 0 || !key.ok) throw new InvalidInputError(issues);
    await requireNoPublishedResult(tx, grant.id);
    const after = await upsertPerformanceSetup(
      tx,
      grant.id,
      { key: keyToJson(key.entries), keyFilename: input.filename },
      now,
    );
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: grant.id,
      grantId: grant.id,
      action: 'performance.key_uploaded',
      after: {
        filename: input.filename,
        recipientCount: key.entries.length,
        totalKr: krToJson(key.entries.reduce((sum, entry) => sum + entry.keyKr, 0n)),
      },
    });
    return after;
  });
}
