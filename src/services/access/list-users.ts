import { listIdentitiesOfUsers } from '../../db/user-identities';
import { listRoleAssignments, listUsers as selectUsers } from '../../db/users';
import type { ServiceContext } from '../common/context';
import { authorize, can } from '../../domain/access/policy';
import { identityToJson, toUserView, type IdentityView, type UserView } from './present';

/**
 * Every account for an administrator; a signatory sees their own organisation's. Each with its
 * OpenID Connect bindings for an administrator (who may remove them); empty for a signatory.
 */
export async function listUsers(
  ctx: ServiceContext,
): Promise<(UserView & { identities: IdentityView[] })[]> {
  authorize(ctx.user, 'user.read');
  const all = can(ctx.user, 'user.read', { recipientCode: null });
  const users = await selectUsers(
    ctx.db,
    all ? {} : { recipientCode: ctx.user.recipientCode ?? undefined },
  );
  const ids = users.map((u) => u.id);
  const roles = await listRoleAssignments(ctx.db, ids);
  const identities = can(ctx.user, 'user.unbind_identity')
    ? await listIdentitiesOfUsers(ctx.db, ids)
    : [];
  return users.map((user) => ({
    ...toUserView(
      user,
      roles.filter((r) => r.userId === user.id),
    ),
    identities: identities.filter((i) => i.userId === user.id).map(identityToJson),
  }));
}
