import { appendAuditEvent } from '../db/audit';
import { findAppealText, upsertAppealText } from '../db/decisions';
import { DEFAULT_APPEAL_TEXT } from '../domain/decisions/agency';
import type { ServiceContext } from './context';
import { loadGrantForUpdate } from './load-grant';
import { authorize } from './policy';

/**
 * Sets the appeal information printed on the grant's decisions prepared from now on (issued and
 * already prepared ones keep theirs). `null` returns to the förvaltningslagen default. Audited.
 */
export async function setAppealText(
  ctx: ServiceContext,
  input: { grantId: string; appealText: string | null },
): Promise<string> {
  authorize(ctx.user, 'decision.prepare', { grantId: input.grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrantForUpdate(tx, input.grantId);
    const before = (await findAppealText(tx, grant.id)) ?? DEFAULT_APPEAL_TEXT;
    const after = input.appealText ?? DEFAULT_APPEAL_TEXT;
    await upsertAppealText(tx, grant.id, after, now);
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: grant.id,
      grantId: grant.id,
      action: 'decision.appeal_text_set',
      before: { appealText: before },
      after: { appealText: after },
    });
    return after;
  });
}
