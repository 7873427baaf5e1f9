import { appendAuditEvent } from '../db/audit';
import { deleteSession } from '../db/users';
import type { ServiceContext } from './context';
import { DomainError } from '../domain/errors';

/** Ends the session (its row is deleted, so the cookie is worthless even if kept) and audits it. */
export async function signOut(ctx: ServiceContext, tokenHash: string): Promise<void> {
  const user = ctx.user;
  if (!user) throw new DomainError('auth.unauthenticated', {});
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, tokenHash);
    await appendAuditEvent(tx, {
      occurredAt: ctx.now(),
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'user.signed_out',
    });
  });
}
