import type { Executor } from '../../db/client';
import { listRoleAssignments, type UserRecord } from '../../db/users';
import type { SessionUser } from '../../domain/access/policy';

/** The user with their roles, as the policy sees them. */
export async function loadSessionUser(executor: Executor, user: UserRecord): Promise<SessionUser> {
  const roles = await listRoleAssignments(executor, [user.id]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    recipientCode: user.recipientCode,
    roles: roles.map((r) => ({ role: r.role, grantId: r.grantId })),
  };
}
