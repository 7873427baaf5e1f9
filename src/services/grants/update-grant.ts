import { appendAuditEvent } from '../../db/audit';
import { updateGrantRow, type GrantRecord } from '../../db/grants';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { grantDraftToFields, type GrantDraft } from './grant-draft';
import { loadGrantForUpdate } from './load-grant';
import { authorize } from '../../domain/access/policy';
import { grantSnapshot } from '../../db/audit-snapshots/grants';

/**
 * Edits a draft grant. `version` is the version the case officer's form was loaded with: when
 * someone else saved in between, nothing is written and grant.version_conflict says so, instead
 * of silently overwriting their change.
 */
export async function updateGrant(
  ctx: ServiceContext,
  input: { id: string; version: number; draft: GrantDraft },
): Promise<GrantRecord> {
  const fields = grantDraftToFields(input.draft);
  const now = ctx.now();
  authorize(ctx.user, 'grant.edit', { grantId: input.id });
  return ctx.db.transaction(async (tx) => {
    const before = await loadGrantForUpdate(tx, input.id);
    if (before.version !== input.version) {
      throw new DomainError('grant.version_conflict', {
        expectedVersion: input.version,
        currentVersion: before.version,
      });
    }
    // Once published, recipients and the agency rely on the grant's terms; changes go through a
    // new grant (copy) instead.
    if (before.status !== 'draft')
      throw new DomainError('grant.not_draft', { status: before.status });
    const after = await updateGrantRow(tx, before.id, before.version, fields, now);
    if (!after) {
      throw new DomainError('grant.version_conflict', {
        expectedVersion: input.version,
        currentVersion: before.version,
      });
    }
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: after.id,
      grantId: after.id,
      action: 'grant.updated',
      before: grantSnapshot(before),
      after: grantSnapshot(after),
    });
    return after;
  });
}
