import { appendAuditEvent } from '../../db/audit';
import { listRoleAssignments, replaceRoleAssignments, type RoleAssignment } from '../../db/users';
import { DomainError } from '../../domain/errors';
import { checkRoleAssignments } from './check-role-assignments';
import type { ServiceContext } from '../common/context';
import { findManageableUser } from './manageable-user';
import { authorize } from '../../domain/access/policy';
import { toUserView, type UserView } from './present';
import { userSnapshot } from '../../db/audit-snapshots/access';

/**
 * Replaces an account's roles (an empty list leaves it unable to do anything but sign in and out);
 * never one's own.
 * A signatory manages only their own organisation's accounts; another organisation's account is
 * "not found" to them, so they learn nothing about it.
 */
export async function setUserRoles(
  ctx: ServiceContext,
  input: { userId: string; roles: RoleAssignment[] },
): Promise<UserView> {
  authorize(ctx.user, 'user.manage');
  const actor = ctx.user;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const user = await findManageableUser(tx, actor, input.userId);
    // Nobody grants themselves a role (an administrator making themselves decision maker would
    // undo separation of duties) nor drops one: another administrator or signatory does it.
    if (actor.id === user.id) throw new DomainError('user.cannot_change_own_roles', {});
    const before = await listRoleAssignments(tx, [user.id]);
    // Only roles the actor could give can be taken away: a signatory cannot strip an admin role.
    checkRoleAssignments(actor, user.recipientCode, [...input.roles, ...before]);
    await replaceRoleAssignments(tx, user.id, input.roles);
    const view = toUserView(user, input.roles);
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'user.roles_changed',
      before: userSnapshot(user, before),
      after: userSnapshot(user, input.roles),
    });
    return view;
  });
}
