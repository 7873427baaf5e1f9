import { appendAuditEvent } from '../../db/audit';
import { releaseSignInAttempt } from '../../db/sign-in-attempts';
import { deleteSessionsOfUser, findUser, updateUser } from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { checkPasswordRule, hashPassword, verifyPassword } from './password';
import { reserveAttempt } from './sign-in';

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
  const user = await findUser(ctx.db, actor.id);
  if (!user) throw new DomainError('auth.unauthenticated', {});
  // The new password's rule first: refusing it tells nothing about the current one.
  checkPasswordRule(input.newPassword, user, 'newPassword');
  const attemptId = await reserveAttempt(ctx, user.email, input.ip, now);
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    // The reserved attempt stays recorded as the failure.
    await appendAuditEvent(ctx.db, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'user.password_change_failed',
      after: { ip: input.ip },
    });
    throw new DomainError('user.wrong_password', { path: 'currentPassword' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    // The current password proved right: this attempt is not a failure.
    await releaseSignInAttempt(tx, attemptId);
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
