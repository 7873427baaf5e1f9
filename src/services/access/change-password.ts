import { appendAuditEvent } from '../../db/audit';
import { deleteSessionsOfUser, findUser, recordSignInAttempt, updateUser } from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import { refuseWhenThrottled } from './sign-in';

/**
 * The signed-in person changes their own password, proving the current one. Their other sessions
 * end (someone who knew the old password is signed out elsewhere); this one goes on. A wrong
 * current password counts as a failed sign-in, so the throttle stops guessing through this door.
 */
export async function changePassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string; sessionTokenHash: string; ip: string },
): Promise<{ sessionsEnded: number }> {
  const actor = ctx.user;
  if (!actor) throw new DomainError('auth.unauthenticated', {});
  const now = ctx.now();
  await refuseWhenThrottled(ctx, actor.email, input.ip, now);
  const user = await findUser(ctx.db, actor.id);
  if (!user) throw new DomainError('auth.unauthenticated', {});
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await ctx.db.transaction(async (tx) => {
      await recordSignInAttempt(tx, {
        email: user.email,
        ip: input.ip,
        succeeded: false,
        attemptedAt: now,
      });
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: ctx.actor,
        entityType: 'user',
        entityId: user.id,
        action: 'user.password_change_failed',
        after: { ip: input.ip },
      });
    });
    throw new DomainError('user.wrong_password', { path: 'currentPassword' });
  }
  if (input.newPassword.length < MIN_PASSWORD_LENGTH)
    throw new DomainError('user.password_too_short', {
      min: MIN_PASSWORD_LENGTH,
      path: 'newPassword',
    });
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, updatedAt: now });
    const sessionsEnded = await deleteSessionsOfUser(tx, user.id, input.sessionTokenHash);
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'user.password_changed',
      after: { sessionsEnded },
    });
    return { sessionsEnded };
  });
}
