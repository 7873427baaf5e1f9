import { appendAuditEvent } from '../../db/audit';
import { findAppealText, upsertAppealText } from '../../db/decisions';
import { loadAgencySettings } from '../../db/agency-settings';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';

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
    const agencyDefault = (await loadAgencySettings(tx)).appealText;
    const before = (await findAppealText(tx, grant.id)) ?? agencyDefault;
    const after = input.appealText ?? agencyDefault;
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
