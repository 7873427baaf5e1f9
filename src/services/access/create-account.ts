import { appendAuditEvent } from '../../db/audit';
import {
  findUserByEmail,
  insertUser,
  replaceRoleAssignments,
  type RoleAssignment,
} from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { checkPasswordRule, hashPassword } from './password';
import { authorize } from '../../domain/access/policy';
import { toUserView, type UserView } from './present';
import { userSnapshot } from '../../db/audit-snapshots/access';

/**
 * An account with a password, for the system's own use: the first administrator
 * (`statsbidrag create-admin`) and the demo accounts. People invite each other instead.
 */
export async function createAccount(
  ctx: ServiceContext,
  input: {
    email: string;
    name: string;
    password: string;
    recipientCode: string | null;
    roles: RoleAssignment[];
  },
): Promise<UserView> {
  authorize(ctx.user, 'user.manage', { recipientCode: input.recipientCode });
  checkPasswordRule(input.password, input);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, email)) throw new DomainError('user.email_taken', { email });
    const user = await insertUser(tx, {
      email,
      name: input.name,
      passwordHash,
      recipientCode: input.recipientCode,
      createdAt: now,
      updatedAt: now,
    });
    await replaceRoleAssignments(tx, user.id, input.roles);
    const view = toUserView(user, input.roles);
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'user.created',
      after: userSnapshot(user, input.roles),
    });
    return view;
  });
}
