import type { Executor } from '../../db/client';
import { findUser, type UserRecord } from '../../db/users';
import { DomainError } from '../../domain/errors';
import { can, type SessionUser } from '../../domain/access/policy';

/**
 * The account `actor` may manage (user.manage in its scope), or user.not_found: a signatory sees
 * another organisation's account as not existing, so they learn nothing about it.
 */
export async function findManageableUser(
  executor: Executor,
  actor: SessionUser,
  userId: string,
): Promise<UserRecord> {
  const user = await findUser(executor, userId);
  if (!user || !can(actor, 'user.manage', { recipientCode: user.recipientCode }))
    throw new DomainError('user.not_found', { userId });
  return user;
}
