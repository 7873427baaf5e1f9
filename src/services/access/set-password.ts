import { appendAuditEvent } from '../../db/audit';
import { deleteSessionsOfUser, findUserByPasswordToken, updateUser } from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { checkPasswordRule, hashPassword } from './password';
import { hashToken } from './resolve-session';

/**
 * Sets the password of the account the one-time link was made for and spends the link. Every
 * session of the account ends: after a reset, whoever had the old password is signed out too.
 */
export async function setPassword(
  ctx: ServiceContext,
  input: { token: string; password: string },
): Promise<void> {
  const now = ctx.now();
  // The rule needs the account (a password must not be its own name or email); the link is
  // checked again in the transaction that spends it.
  const owner = await findUserByPasswordToken(ctx.db, hashToken(input.token));
  if (!owner) throw new DomainError('user.password_link_invalid', {});
  checkPasswordRule(input.password, owner, 'password');
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    const user = await findUserByPasswordToken(tx, hashToken(input.token));
    if (!user || !user.passwordTokenExpiresAt || user.passwordTokenExpiresAt <= now)
      throw new DomainError('user.password_link_invalid', {});
    // A link issued before the account was deactivated does not bring it back.
    if (!user.active) throw new DomainError('user.inactive', {});
    await updateUser(tx, user.id, {
      passwordHash,
      passwordTokenHash: null,
      passwordTokenExpiresAt: null,
      updatedAt: now,
    });
    const sessionsEnded = await deleteSessionsOfUser(tx, user.id);
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: user.email,
      entityType: 'user',
      entityId: user.id,
      action: 'user.password_set',
      after: { sessionsEnded },
    });
  });
}
