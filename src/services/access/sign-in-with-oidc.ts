import type { AccessCode } from '../../domain/errors';
import { appendAuditEvent } from '../../db/audit';
import {
  findIdentityBySubject,
  findIdentityOfUser,
  insertIdentity,
  insertSessionIdToken,
  touchIdentity,
} from '../../db/user-identities';
import { findUser, findUserByEmail, type UserRecord } from '../../db/users';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { startSession, type SignedIn } from './sign-in';

/** Who the identity provider says signed in (src/http/oidc.ts checked its tokens). */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

type Refusal =
  'no_email' | 'email_not_verified' | 'inactive' | 'unknown_account' | 'bound_to_other';

const CODES: Record<Refusal, AccessCode> = {
  no_email: 'auth.oidc_email_not_verified',
  email_not_verified: 'auth.oidc_email_not_verified',
  inactive: 'auth.oidc_unknown_account',
  unknown_account: 'auth.oidc_unknown_account',
  bound_to_other: 'auth.oidc_identity_conflict',
};

/**
 * Signs in the person an OpenID Connect provider vouches for (docs/decisions/0011 and 0016):
 * - an identity (issuer + subject) bound to an account signs in that account, when it is active,
 *   whatever email the provider reports now;
 * - otherwise the existing, active account with the provider's verified email, which is bound to
 *   the identity on this first sign-in (audited `user.identity_bound`) — unless the account is
 *   already bound to another subject of the same issuer: refused, audited.
 * No account is ever created here: an administrator (or the organisation's signatory) invites the
 * person first, and only that decides roles and organisation. `idToken` is kept with the session
 * when the provider can end its own session on sign-out (id_token_hint), and goes with it.
 */
export async function signInWithOidc(
  ctx: ServiceContext,
  input: { identity: VerifiedIdentity; ip: string; idToken?: string },
): Promise<SignedIn> {
  const { identity, ip } = input;
  const email = identity.email?.trim().toLowerCase() ?? null;
  const bound = await findIdentityBySubject(ctx.db, identity.issuer, identity.subject);

  const refuse = async (reason: Refusal, user?: UserRecord, more: object = {}) => {
    await ctx.db.transaction(async (tx) => {
      await appendAuditEvent(tx, {
        occurredAt: ctx.now(),
        actor: email ?? `oidc:${identity.subject}`,
        entityType: 'user',
        entityId: user?.id ?? email ?? identity.subject,
        action: 'user.sign_in_failed',
        after: {
          ip,
          via: 'oidc',
          issuer: identity.issuer,
          subject: identity.subject,
          email,
          reason,
          ...more,
        },
      });
    });
    return new DomainError(CODES[reason], { email: email ?? '' });
  };
  const keepIdToken = async (tx: Parameters<typeof insertSessionIdToken>[0], hash: string) => {
    if (input.idToken) await insertSessionIdToken(tx, hash, input.idToken);
  };

  if (bound) {
    const user = await findUser(ctx.db, bound.userId);
    if (!user?.active) throw await refuse('inactive', user);
    return startSession(
      ctx,
      user,
      {
        action: 'user.signed_in_via_oidc',
        after: {
          ip,
          issuer: identity.issuer,
          subject: identity.subject,
          matchedBy: 'identity',
          ...(email !== bound.email && { providerEmail: email }),
        },
      },
      async (tx, hash) => {
        await touchIdentity(tx, bound.id, ctx.now());
        await keepIdToken(tx, hash);
      },
    );
  }

  if (!email) throw await refuse('no_email');
  if (!identity.emailVerified) throw await refuse('email_not_verified');
  const user = await findUserByEmail(ctx.db, email);
  if (!user) throw await refuse('unknown_account');
  if (!user.active) throw await refuse('inactive', user);
  const other = await findIdentityOfUser(ctx.db, user.id, identity.issuer);
  if (other) throw await refuse('bound_to_other', user, { boundSubject: other.subject });
  return startSession(
    ctx,
    user,
    {
      action: 'user.signed_in_via_oidc',
      after: { ip, issuer: identity.issuer, subject: identity.subject, matchedBy: 'email' },
    },
    async (tx, hash) => {
      const now = ctx.now();
      const binding = await insertIdentity(tx, {
        userId: user.id,
        issuer: identity.issuer,
        subject: identity.subject,
        email,
        now,
      });
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: user.email,
        entityType: 'user',
        entityId: user.id,
        action: 'user.identity_bound',
        before: null,
        after: {
          identityId: binding.id,
          issuer: binding.issuer,
          subject: binding.subject,
          email,
        },
      });
      await keepIdToken(tx, hash);
    },
  );
}
