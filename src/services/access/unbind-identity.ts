import { appendAuditEvent } from '../../db/audit';
import { deleteIdentity } from '../../db/user-identities';
import { findUser } from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';
import { identitySnapshot } from '../../db/audit-snapshots/access';

/**
 * An administrator removes an account's binding to an OpenID Connect identity (the person got a
 * new identity at the provider, or the binding was wrong). The next sign-in with the provider's
 * verified email binds the account again. Audited `user.identity_unbound` with what was removed.
 */
export async function unbindIdentity(
  ctx: ServiceContext,
  input: { userId: string; identityId: string },
): Promise<void> {
  authorize(ctx.user, 'user.unbind_identity');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const user = await findUser(tx, input.userId);
    if (!user) throw new DomainError('user.not_found', { userId: input.userId });
    const removed = await deleteIdentity(tx, user.id, input.identityId);
    if (!removed)
      throw new DomainError('user.identity_not_found', { identityId: input.identityId });
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'user.identity_unbound',
      before: identitySnapshot(removed),
      after: null,
    });
  });
}
