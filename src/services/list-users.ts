import { listRoleAssignments, listUsers as selectUsers } from '../db/users';
import type { ServiceContext } from './context';
import { authorize, can } from './policy';
import { toUserView, type UserView } from './user-json';

/** Every account for an administrator; a signatory sees their own organisation's. */
export async function listUsers(ctx: ServiceContext): Promise<UserView[]> {
  authorize(ctx.user, 'user.read');
  const all = can(ctx.user, 'user.read', { recipientCode: null });
  const users = await selectUsers(
    ctx.db,
    all ? {} : { recipientCode: ctx.user.recipientCode ?? undefined },
  );
  const roles = await listRoleAssignments(
    ctx.db,
    users.map((u) => u.id),
  );
  return users.map((user) =>
    toUserView(
      user,
      roles.filter((r) => r.userId === user.id),
    ),
  );
}
