import { appendAuditEvent } from '../../db/audit';
import { insertGrant, type GrantRecord } from '../../db/grants';
import type { ServiceContext } from '../common/context';
import { grantDraftToFields, type GrantDraft } from './grant-draft';
import { authorize } from '../../domain/access/policy';
import { grantSnapshot } from '../../db/audit-snapshots/grants';

/** A new grant, as a draft at version 1. */
export async function createGrant(ctx: ServiceContext, draft: GrantDraft): Promise<GrantRecord> {
  const fields = grantDraftToFields(draft);
  const now = ctx.now();
  authorize(ctx.user, 'grant.create');
  return ctx.db.transaction(async (tx) => {
    const grant = await insertGrant(tx, {
      ...fields,
      status: 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: grant.id,
      grantId: grant.id,
      action: 'grant.created',
      after: grantSnapshot(grant),
    });
    return grant;
  });
}
