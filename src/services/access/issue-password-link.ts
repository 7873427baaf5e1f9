import { randomBytes } from 'node:crypto';
import { appendAuditEvent } from '../../db/audit';
import { findUser, listRoleAssignments, updateUser } from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { PASSWORD_TOKEN_TTL_MS, type Invitation } from './invite-user';
import { authorize } from '../../domain/access/policy';
import { hashToken } from './resolve-session';
import { toUserView } from './present';

/**
 * A new one-time password link for an account (a reset: forgotten password, expired invitation).
 * It replaces any earlier link; the current password keeps working until the link is used, and
 * using it ends every session of the account (set-password.ts). Administrators only; never for a
 * deactivated account (reactivate it first).
 */
export async function issuePasswordLink(
  ctx: ServiceContext,
  input: { userId: string },
): Promise<Invitation> {
  authorize(ctx.user, 'user.reset_password');
  const now = ctx.now();
  const passwordToken = randomBytes(32).toString('base64url');
  const passwordTokenExpiresAt = new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS);
  return ctx.db.transaction(async (tx) => {
    const user = await findUser(tx, input.userId);
    if (!user) throw new DomainError('user.not_found', { userId: input.userId });
    // A link would let whoever holds it set a password for an account that was locked out.
    if (!user.active) throw new DomainError('user.inactive', { userId: user.id });
    const updated = await updateUser(tx, user.id, {
      passwordTokenHash: hashToken(passwordToken),
      passwordTokenExpiresAt,
      updatedAt: now,
    });
    if (!updated) throw new DomainError('user.not_found', { userId: input.userId });
    const view = toUserView(updated, await listRoleAssignments(tx, [user.id]));
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'user.password_link_issued',
      after: { expiresAt: passwordTokenExpiresAt.toISOString() },
    });
    return { user: view, passwordToken, passwordTokenExpiresAt };
  });
}
