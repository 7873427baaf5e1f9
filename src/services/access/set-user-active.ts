import { appendAuditEvent } from '../../db/audit';
import { deleteSessionsOfUser, listRoleAssignments, updateUser } from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { findManageableUser } from './manageable-user';
import { authorize } from '../../domain/access/policy';
import { toUserView, type UserView } from './present';
import { userSnapshot } from '../../db/audit-snapshots/access';

/**
 * Deactivates an account (its sessions end at once: the rows are deleted, so every cookie is
 * worthless; it cannot sign in with a password or OpenID Connect) or reactivates it. An
 * administrator does it for anyone, a signatory for their own organisation's accounts; nobody for
 * their own account. An account an administrator deactivated is reactivated only by an
 * administrator: a signatory cannot undo the agency's decision to lock someone out.
 */
export async function setUserActive(
  ctx: ServiceContext,
  input: { userId: string; active: boolean },
): Promise<UserView> {
  authorize(ctx.user, 'user.manage');
  const actor = ctx.user;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const user = await findManageableUser(tx, actor, input.userId);
    if (user.id === actor.id) throw new DomainError('user.cannot_deactivate_self', {});
    const roles = await listRoleAssignments(tx, [user.id]);
    if (user.active === input.active) return toUserView(user, roles);
    const asAdmin = actor.roles.some((a) => a.role === 'admin');
    // Deactivated before this was recorded (null): taken as an administrator's, the safe reading.
    if (input.active && user.deactivatedBy !== 'organisation' && !asAdmin)
      throw new DomainError('user.reactivation_needs_admin', { userId: user.id });
    const updated = await updateUser(tx, user.id, {
      active: input.active,
      deactivatedBy: input.active ? null : asAdmin ? 'admin' : 'organisation',
      updatedAt: now,
    });
    if (!updated) throw new DomainError('user.not_found', { userId: input.userId });
    const sessionsEnded = input.active ? 0 : await deleteSessionsOfUser(tx, user.id);
    const view = toUserView(updated, roles);
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: input.active ? 'user.reactivated' : 'user.deactivated',
      before: userSnapshot(user, roles),
      after: { ...userSnapshot(updated, roles), sessionsEnded },
    });
    return view;
  });
}
