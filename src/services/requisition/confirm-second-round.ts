import { appendAuditEvent } from '../../db/audit';
import { findSecondRound, insertSecondRound, type SecondRoundRecord } from '../../db/requisitions';
import { DomainError } from '../../domain/errors';
import { explanationToJson, krToJson } from '../allocation/present';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { computeGrantSecondRound, requireSecondRoundReady } from './second-round-inputs';

/**
 * Confirms the second round the case officer reviewed: it is computed again and must match the
 * reviewed `checksum` (a requisition signed or withdrawn under a late permission in between would
 * change it: 409, review again). Stored frozen (a trigger refuses changes), one per grant, audited;
 * from then on the grant's requisitions cannot change.
 */
export async function confirmSecondRound(
  ctx: ServiceContext,
  input: { grantId: string; checksum: string },
): Promise<SecondRoundRecord> {
  authorize(ctx.user, 'requisition.administer', { grantId: input.grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrantForUpdate(tx, input.grantId);
    if (await findSecondRound(tx, grant.id))
      throw new DomainError('second_round.already_confirmed', {});
    await requireSecondRoundReady(tx, grant, now);
    const computation = await computeGrantSecondRound(tx, grant);
    if (computation.checksum !== input.checksum) throw new DomainError('second_round.changed', {});
    const { result } = computation;
    const round = await insertSecondRound(
      tx,
      {
        grantId: grant.id,
        grantTotalKr: computation.grantTotalKr,
        signedTotalKr: computation.signedTotalKr,
        leftoverKr: result.leftoverKr,
        totalKr: result.totalKr,
        unallocatedKr: result.unallocatedKr,
        checksum: computation.checksum,
        confirmedAt: now,
        confirmedBy: ctx.actor,
      },
      computation.lines.map((line) => ({
        recipientCode: line.recipientCode,
        requisitionId: line.version.requisitionId,
        requisitionVersionId: line.version.id,
        keyKr: line.keyKr,
        requestedKr: line.requestedKr,
        amountKr: line.row.amountKr,
        explanation: explanationToJson(line.row),
      })),
    );
    if (!round) throw new DomainError('second_round.already_confirmed', {});
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'second_round',
      entityId: round.id,
      grantId: grant.id,
      action: 'second_round.confirmed',
      after: {
        leftoverKr: krToJson(round.leftoverKr),
        totalKr: krToJson(round.totalKr),
        unallocatedKr: krToJson(round.unallocatedKr),
        checksum: round.checksum,
        rows: computation.lines.map((line) => ({
          recipientCode: line.recipientCode,
          requestedKr: krToJson(line.requestedKr),
          amountKr: krToJson(line.row.amountKr),
        })),
      },
    });
    return round;
  });
}
