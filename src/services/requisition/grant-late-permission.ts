import { upsertLatePermission, type LatePermissionRecord } from '../../db/requisitions';
import { findLatePermission } from '../../db/requisitions';
import { deadlinePassed, localDate, parseLocalDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { allocatedAmount, auditLatePermission } from './requisition-common';

/**
 * Lets one recipient requisition after the deadline, until `untilOn` (inclusive, Stockholm time),
 * for a recorded reason. One permission per grant and recipient; granting again replaces it. The
 * case officer of the grant only; audited on the recipient's requisition history.
 */
export async function grantLatePermission(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string; untilOn: string; reason: string },
): Promise<LatePermissionRecord> {
  authorize(ctx.user, 'requisition.administer', { grantId: input.grantId });
  const now = ctx.now();
  const untilOn = parseLocalDate(input.untilOn);
  if (!untilOn || deadlinePassed(untilOn, now))
    throw new InvalidInputError([
      {
        path: 'untilOn',
        code: 'requisition.late_until_passed',
        params: { untilOn: input.untilOn },
      },
    ]);
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrantForUpdate(tx, input.grantId);
    if (grant.status !== 'published')
      throw new DomainError('requisition.grant_not_open', { status: grant.status });
    if (!(await allocatedAmount(tx, grant, [input.recipientCode])))
      throw new DomainError('requisition.not_eligible', { recipientCode: input.recipientCode });
    if (grant.requisitionDeadlineOn && untilOn <= localDate(grant.requisitionDeadlineOn))
      throw new InvalidInputError([
        {
          path: 'untilOn',
          code: 'requisition.late_until_before_deadline',
          params: { untilOn, deadlineOn: grant.requisitionDeadlineOn },
        },
      ]);
    const before = await findLatePermission(tx, grant.id, input.recipientCode);
    const permission = await upsertLatePermission(tx, {
      grantId: grant.id,
      recipientCode: input.recipientCode,
      untilOn,
      reason: input.reason,
      grantedAt: now,
      grantedBy: ctx.actor,
    });
    await auditLatePermission(tx, ctx, {
      occurredAt: now,
      grantId: grant.id,
      recipientCode: input.recipientCode,
      before,
      after: permission,
      reason: input.reason,
    });
    return permission;
  });
}
