import { z } from 'zod';
import { isDomainError } from '../../../domain/errors';
import { setPassword } from '../../../services/access/set-password';
import { signInWithOidc } from '../../../services/access/sign-in-with-oidc';
import { permittedActions } from '../../../domain/access/policy';
import { signIn } from '../../../services/access/sign-in';
import { signOut } from '../../../services/access/sign-out';
import { clearSessionCookie, setSessionCookie } from '../../auth';
import type { OidcClient, OidcPending } from '../../oidc';
import type { ZodApp } from '../../validation';
import { OidcStartQuerySchema, sessionRoutes, type Session } from '../../../contracts/session';
import { registerRoute } from '../register';
import type { SessionUser } from '../../../domain/access/policy';
import { DomainError } from '../../../domain/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The flow's state, nonce and PKCE verifier wait here (httpOnly, 10 minutes) for the callback. */
const OIDC_COOKIE = 'statsbidrag_oidc';
const OIDC_PATH = '/api/session/oidc';
const OIDC_START = `${OIDC_PATH}/start`;
/** Where a failed OpenID Connect sign-in lands: the sign-in page shows the error's message. */
const SIGN_IN_PAGE = '/logga-in';

function oidcCookieOptions(request: FastifyRequest) {
  return {
    path: OIDC_PATH,
    httpOnly: true,
    // Lax: the provider's redirect back is a top-level GET navigation, which carries it.
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
  };
}

/** The cookie that carries a sign-in in progress: the client sends it back, so it is checked. */
const OidcPendingSchema = z.object({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  next: z.string(),
}) satisfies z.ZodType<OidcPending>;

function readPending(value: string | undefined): OidcPending | undefined {
  if (!value) return undefined;
  try {
    const parsed = OidcPendingSchema.safeParse(
      JSON.parse(Buffer.from(value, 'base64url').toString('utf8')),
    );
    if (!parsed.success) return undefined;
    const safeNext = OidcStartQuerySchema.safeParse({ next: parsed.data.next }).success;
    return safeNext ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function redirectWithError(reply: FastifyReply, code: string) {
  return reply.redirect(`${SIGN_IN_PAGE}?oidc=${encodeURIComponent(code)}`, 303);
}

const tags = ['session'];

function presentSession(user: SessionUser | null, csrfToken: string | null): Session {
  return { user, csrfToken, permissions: permittedActions(user) };
}

export function registerSessionRoutes(app: ZodApp, options: { oidc?: OidcClient } = {}): void {
  const { oidc } = options;
  registerRoute(
    app,
    sessionRoutes.get,
    {
      access: 'public',
      tags,
      description: 'Who is signed in (user null when no one), with the CSRF token.',
    },
    async (request) => presentSession(request.ctx.user, request.session?.csrfToken ?? null),
  );

  registerRoute(
    app,
    sessionRoutes.signIn,
    {
      access: 'public',
      tags,
      description:
        'Signs in with email and password and sets the session cookie. 401 for a wrong email or password (the answer does not say which); 429 with Retry-After after 5 failures for the account, or 20 from the address, in 15 minutes.',
    },
    async (request, reply) => {
      const signedIn = await signIn(request.ctx, { ...request.body, ip: request.ip });
      setSessionCookie(request, reply, signedIn.token);
      return presentSession(signedIn.user, signedIn.csrfToken);
    },
  );

  registerRoute(
    app,
    sessionRoutes.signOut,
    {
      access: 'signed_in',
      tags,
      description:
        "Signs out: the session ends on the server (204). A session signed in with OpenID Connect at a provider whose discovery has an end_session_endpoint answers 200 with `endSessionUrl`: the browser goes there (id_token_hint, post_logout_redirect_uri back to the sign-in page) to end the provider's session too.",
    },
    async (request, reply) => {
      const ended = request.session
        ? await signOut(request.ctx, request.session.tokenHash)
        : { idToken: null };
      clearSessionCookie(request, reply);
      const endSessionUrl =
        oidc && ended.idToken !== null ? await oidc.endSessionUrl(ended.idToken) : null;
      if (!endSessionUrl) return reply.code(204).send();
      return reply.header('cache-control', 'no-store').send({ endSessionUrl: endSessionUrl.href });
    },
  );

  registerRoute(
    app,
    sessionRoutes.setPassword,
    {
      access: 'public',
      tags,
      description: 'Sets a password with the one-time token of an invitation (valid 7 days).',
    },
    async (request, reply) => {
      await setPassword(request.ctx, request.body);
      return reply.code(204).send();
    },
  );

  registerRoute(
    app,
    sessionRoutes.signInOptions,
    {
      access: 'public',
      tags,
      description:
        'How one can sign in here: always email and password; OpenID Connect too when configured.',
    },
    async () => ({
      oidc: oidc ? { buttonLabel: oidc.options.buttonLabel, startUrl: OIDC_START } : null,
    }),
  );

  registerRoute(
    app,
    sessionRoutes.oidcStart,
    {
      access: 'public',
      tags,
      description:
        'Starts an OpenID Connect sign-in (authorization code flow with PKCE, state and nonce): a 303 to the identity provider. 404 when the server has no OIDC_* configuration.',
    },
    async (request, reply) => {
      if (!oidc) throw new DomainError('auth.oidc_not_configured', {});
      let started;
      try {
        started = await oidc.start(request.query.next ?? '/');
      } catch (error) {
        // The provider cannot be reached or its metadata is wrong: say so on the sign-in page.
        request.log.error({ err: error }, 'OpenID Connect discovery failed');
        return redirectWithError(reply, 'auth.oidc_failed');
      }
      const { url, pending } = started;
      reply.setCookie(OIDC_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
        ...oidcCookieOptions(request),
        maxAge: 10 * 60,
      });
      return reply.header('cache-control', 'no-store').redirect(url.href, 303);
    },
  );

  registerRoute(
    app,
    sessionRoutes.oidcCallback,
    {
      access: 'public',
      tags,
      description:
        "The identity provider's redirect back. Signs in the active account with the provider's verified email and sets the session cookie, then a 303 to the page the person came for; on any failure a 303 to /logga-in?oidc=<error code> without a session.",
    },
    async (request, reply) => {
      if (!oidc) throw new DomainError('auth.oidc_not_configured', {});
      const pending = readPending(request.cookies[OIDC_COOKIE]);
      // The cookie is good for one attempt only.
      reply.clearCookie(OIDC_COOKIE, oidcCookieOptions(request));
      void reply.header('cache-control', 'no-store');
      if (!pending) return redirectWithError(reply, 'auth.oidc_failed');
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      let finished;
      try {
        finished = await oidc.finish(query, pending);
      } catch (error) {
        request.log.warn({ err: error }, 'OpenID Connect callback refused');
        return redirectWithError(reply, 'auth.oidc_failed');
      }
      try {
        const signedIn = await signInWithOidc(request.ctx, {
          identity: finished.identity,
          ip: request.ip,
          ...(finished.idTokenForSignOut !== undefined && {
            idToken: finished.idTokenForSignOut,
          }),
        });
        setSessionCookie(request, reply, signedIn.token);
      } catch (error) {
        if (isDomainError(error)) return redirectWithError(reply, error.code);
        throw error;
      }
      return reply.redirect(pending.next, 303);
    },
  );
}
