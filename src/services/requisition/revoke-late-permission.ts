import {
  deleteLatePermission,
  findLatePermission,
  findRequisition,
  listRequisitionVersions,
  type LatePermissionRecord,
} from '../../db/requisitions';
import { endOfDayInStockholm, localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { auditLatePermission } from './requisition-common';

/**
 * The case officer revokes a recipient's late permission, for a recorded reason: the recipient can
 * no longer requisition after the deadline. Refused (409) once the organisation has signed a
 * requisition under it (after the deadline, or after the permission when the grant has no
 * deadline): what it submitted stands. The requisition row is locked, so a signing in progress
 * either finishes first (and the revoke is refused) or finds the permission gone. Audited on the
 * recipient's requisition history.
 */
export async function revokeLatePermission(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string; reason: string },
): Promise<LatePermissionRecord> {
  authorize(ctx.user, 'requisition.administer', { grantId: input.grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrantForUpdate(tx, input.grantId);
    const requisition = await findRequisition(tx, grant.id, input.recipientCode, {
      forUpdate: true,
    });
    const permission = await findLatePermission(tx, grant.id, input.recipientCode);
    if (!permission)
      throw new DomainError('requisition.late_permission_not_found', {
        recipientCode: input.recipientCode,
      });
    const lateFrom = grant.requisitionDeadlineOn
      ? endOfDayInStockholm(localDate(grant.requisitionDeadlineOn))
      : permission.grantedAt;
    const signedLate = requisition
      ? (await listRequisitionVersions(tx, requisition.id)).find((v) => v.signedAt > lateFrom)
      : undefined;
    if (signedLate)
      throw new DomainError('requisition.late_permission_used', {
        recipientCode: input.recipientCode,
        signedAt: signedLate.signedAt.toISOString(),
        versionNumber: signedLate.number,
      });
    await deleteLatePermission(tx, permission.id);
    await auditLatePermission(tx, ctx, {
      occurredAt: now,
      grantId: grant.id,
      recipientCode: input.recipientCode,
      before: permission,
      after: undefined,
      reason: input.reason,
    });
    return permission;
  });
}
