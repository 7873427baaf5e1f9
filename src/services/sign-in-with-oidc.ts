import { appendAuditEvent } from '../db/audit';
import { findUserByEmail } from '../db/users';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';
import { startSession, type SignedIn } from './sign-in';

/** Who the identity provider says signed in (src/http/oidc.ts checked its tokens). */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/**
 * Signs in the person an OpenID Connect provider vouches for: the existing, active account with
 * the provider's verified email. No account is ever created here: an administrator (or the
 * organisation's signatory) invites the person first, and only that decides roles and
 * organisation (docs/decisions/0011-openid-connect-sign-in.md).
 */
export async function signInWithOidc(
  ctx: ServiceContext,
  input: { identity: VerifiedIdentity; ip: string },
): Promise<SignedIn> {
  const { identity, ip } = input;
  const email = identity.email?.trim().toLowerCase() ?? null;
  const user = email && identity.emailVerified ? await findUserByEmail(ctx.db, email) : undefined;
  if (!email || !identity.emailVerified || !user || !user.active) {
    const reason = !email
      ? 'no_email'
      : !identity.emailVerified
        ? 'email_not_verified'
        : user
          ? 'inactive'
          : 'unknown_account';
    await ctx.db.transaction(async (tx) => {
      await appendAuditEvent(tx, {
        occurredAt: ctx.now(),
        actor: email ?? `oidc:${identity.subject}`,
        entityType: 'user',
        entityId: user?.id ?? email ?? identity.subject,
        action: 'user.sign_in_failed',
        after: { ip, via: 'oidc', issuer: identity.issuer, subject: identity.subject, reason },
      });
    });
    throw new DomainError(
      reason === 'no_email' || reason === 'email_not_verified'
        ? 'auth.oidc_email_not_verified'
        : 'auth.oidc_unknown_account',
      { email: email ?? '' },
    );
  }
  return startSession(ctx, user, {
    action: 'user.signed_in_via_oidc',
    after: { ip, issuer: identity.issuer, subject: identity.subject },
  });
}
