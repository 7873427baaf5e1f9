import { randomBytes } from 'node:crypto';
import { appendAuditEvent } from '../../db/audit';
import {
  findUserByEmail,
  insertUser,
  replaceRoleAssignments,
  type RoleAssignment,
} from '../../db/users';
import { findRecipientsByCodes } from '../../db/recipients';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize, type SessionUser } from '../../domain/access/policy';
import { hashToken } from './resolve-session';
import { toUserView, type UserView } from './present';
import { checkRoleAssignments } from './check-role-assignments';
import { userSnapshot } from '../../db/audit-snapshots/access';

/** A password link is valid for 7 days; after that an administrator issues a new one. */
export const PASSWORD_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface Invitation {
  user: UserView;
  /** Shown once to the inviter, who passes it on; only its sha256 is stored. */
  passwordToken: string;
  passwordTokenExpiresAt: Date;
}

/**
 * Creates an account without a password and a one-time token with which the person sets one.
 * An administrator invites anyone; a signatory only colleagues of their own organisation, as
 * recipient users or signatories.
 */
export async function inviteUser(
  ctx: ServiceContext,
  input: { email: string; name: string; recipientCode: string | null; roles: RoleAssignment[] },
): Promise<Invitation> {
  authorize(ctx.user, 'user.manage', { recipientCode: input.recipientCode });
  const inviter: SessionUser = ctx.user;
  const email = input.email.trim().toLowerCase();
  const now = ctx.now();
  checkRoleAssignments(inviter, input.recipientCode, input.roles);
  const passwordToken = randomBytes(32).toString('base64url');
  const passwordTokenExpiresAt = new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS);
  return ctx.db.transaction(async (tx) => {
    if (
      input.recipientCode !== null &&
      (await findRecipientsByCodes(tx, [input.recipientCode])).length === 0
    )
      throw new DomainError('user.unknown_organisation', { recipientCode: input.recipientCode });
    if (await findUserByEmail(tx, email)) throw new DomainError('user.email_taken', { email });
    const user = await insertUser(tx, {
      email,
      name: input.name.trim(),
      recipientCode: input.recipientCode,
      passwordTokenHash: hashToken(passwordToken),
      passwordTokenExpiresAt,
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
      action: 'user.invited',
      after: userSnapshot(user, input.roles),
    });
    return { user: view, passwordToken, passwordTokenExpiresAt };
  });
}
