import { appendAuditEvent } from '../../db/audit';
import { findSessionIdToken } from '../../db/user-identities';
import { deleteSession } from '../../db/users';
import type { ServiceContext } from '../common/context';
import { DomainError } from '../../domain/errors';

/**
 * Ends the session (its row is deleted, so the cookie is worthless even if kept) and audits it.
 * Returns the provider's ID token when the session was signed in with OpenID Connect at a
 * provider that can end its own session too: the token is deleted with the session, and the
 * caller uses it once, as id_token_hint.
 */
export async function signOut(
  ctx: ServiceContext,
  tokenHash: string,
): Promise<{ idToken: string | null }> {
  const user = ctx.user;
  if (!user) throw new DomainError('auth.unauthenticated', {});
  return ctx.db.transaction(async (tx) => {
    const idToken = (await findSessionIdToken(tx, tokenHash)) ?? null;
    await deleteSession(tx, tokenHash);
    await appendAuditEvent(tx, {
      occurredAt: ctx.now(),
      actor: ctx.actor,
      entityType: 'user',
      entityId: user.id,
      action: 'user.signed_out',
      ...(idToken !== null && { after: { atProvider: true } }),
    });
    return { idToken };
  });
}
