import { z } from 'zod';
import { isDomainError } from '../../../domain/errors';
import { setPassword } from '../../../services/access/set-password';
import { signInWithOidc } from '../../../services/access/sign-in-with-oidc';
import { permittedActions } from '../../../domain/access/policy';
import { signIn } from '../../../services/access/sign-in';
import { signOut } from '../../../services/access/sign-out';
import { clearSessionCookie, setSessionCookie } from '../../auth';
import type { OidcClient, OidcPending, OidcStepUpPending } from '../../oidc';
import { stepUpWithPassword, stepUpWithProvider } from '../../../services/access/step-up';
import { DEFAULT_SIGNING_ACR, type StepUpAct } from '../../../domain/access/step-up';
import type { ZodApp } from '../../validation';
import {
  OidcStartQuerySchema,
  OidcStepUpQuerySchema,
  sessionRoutes,
  type Session,
} from '../../../contracts/session';
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

/**
 * A signing step-up waits here (httpOnly, 10 minutes, the same path as the sign-in's cookie, since
 * the provider sends both back to the one registered callback): the flow's secrets, the act and
 * where to go back to.
 */
const STEP_UP_COOKIE = 'statsbidrag_stepup';
/** The page the signatory came from gets the proof (or the refusal's code) in these parameters. */
const STEP_UP_PROOF_PARAM = 'stegupp';
const STEP_UP_ERROR_PARAM = 'stegupp-fel';

const StepUpPendingSchema = OidcStepUpQuerySchema.extend({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  startedAt: z.number().int(),
  acr: z.string(),
});
type StepUpPending = z.infer<typeof StepUpPendingSchema>;

function readStepUpPending(value: string | undefined): StepUpPending | undefined {
  if (!value) return undefined;
  try {
    const parsed = StepUpPendingSchema.safeParse(
      JSON.parse(Buffer.from(value, 'base64url').toString('utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `next` with one more query parameter. */
function withParam(next: string, name: string, value: string): string {
  const url = new URL(next, 'http://app.invalid');
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

function redirectWithError(reply: FastifyReply, code: string) {
  return reply.redirect(`${SIGN_IN_PAGE}?oidc=${encodeURIComponent(code)}`, 303);
}

const tags = ['session'];

function presentSession(user: SessionUser | null, csrfToken: string | null): Session {
  return { user, csrfToken, permissions: permittedActions(user) };
}

/**
 * The provider's answer to a signing step-up: checked (src/http/oidc.ts), judged by the use case
 * (fresh, at the level, the person signed in here), then back to the signing page with the proof,
 * or with the refusal's code. A session that ended meanwhile signs nothing: to the sign-in page.
 */
async function finishStepUp(
  request: FastifyRequest,
  reply: FastifyReply,
  oidc: OidcClient,
  pending: StepUpPending,
) {
  void reply.header('cache-control', 'no-store');
  if (!request.ctx.user) return redirectWithError(reply, 'auth.unauthenticated');
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
  const back = (name: string, value: string) =>
    reply.redirect(withParam(pending.next, name, value), 303);
  let claims;
  try {
    const flow: OidcStepUpPending = pending;
    claims = await oidc.finishStepUp(query, flow);
  } catch (error) {
    request.log.warn({ err: error }, 'OpenID Connect step-up refused');
    return back(STEP_UP_ERROR_PARAM, 'auth.oidc_failed');
  }
  const act: StepUpAct = {
    kind: pending.kind,
    grantId: pending.grantId,
    recipientCode: pending.recipientCode,
  };
  try {
    const proof = await stepUpWithProvider(request.ctx, {
      act,
      claims,
      requiredAcr: pending.acr,
      startedAt: new Date(pending.startedAt),
      ip: request.ip,
    });
    return back(STEP_UP_PROOF_PARAM, proof.proof);
  } catch (error) {
    if (isDomainError(error)) return back(STEP_UP_ERROR_PARAM, error.code);
    throw error;
  }
}

export function registerSessionRoutes(app: ZodApp, options: { oidc?: OidcClient } = {}): void {
  const { oidc } = options;
  const signingAcr = oidc?.options.signingAcr ?? DEFAULT_SIGNING_ACR;

  registerRoute(
    app,
    sessionRoutes.signingMethod,
    {
      access: 'signed_in',
      tags,
      description:
        'How a signatory proves who they are when signing (docs/decisions/0032): at the identity provider (with the level of assurance asked for) when OpenID Connect is configured, else by re-entering the password.',
    },
    async () =>
      oidc
        ? { method: 'oidc' as const, acr: signingAcr }
        : { method: 'password' as const, acr: null },
  );

  registerRoute(
    app,
    sessionRoutes.stepUpWithPassword,
    {
      access: 'signed_in',
      tags,
      description:
        'The signatory re-enters their password for one signing act (where no identity provider is configured): 201 with a proof for that act, used once, valid 5 minutes. 422 `auth.step_up_wrong_password` (audited, counted as a failed sign-in: 429 after 5 for the account or 20 from the address in 15 minutes); 409 `auth.step_up_use_provider` when signing is done at the identity provider.',
    },
    async (request, reply) => {
      const proof = await stepUpWithPassword(request.ctx, {
        act: request.body.act,
        password: request.body.password,
        ip: request.ip,
        providerConfigured: oidc !== undefined,
      });
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ stepUpProof: proof.proof, expiresAt: proof.expiresAt.toISOString() });
    },
  );

  registerRoute(
    app,
    sessionRoutes.stepUpAtProvider,
    {
      access: 'signed_in',
      tags,
      description:
        "Starts a signing step-up at the identity provider for one act: a 303 there with prompt=login, max_age=0 and acr_values (the level signing requires). The provider's answer comes back to the OpenID Connect callback, which checks that the authentication is fresh, at the level and by the signed-in person, and sends the browser to `next` with `stegupp=<proof>` (or `stegupp-fel=<error code>`). 404 when the server has no OIDC_* configuration.",
    },
    async (request, reply) => {
      if (!oidc) throw new DomainError('auth.oidc_not_configured', {});
      const { next, ...act } = request.query;
      let started;
      try {
        started = await oidc.startStepUp(signingAcr, request.ctx.now());
      } catch (error) {
        request.log.error({ err: error }, 'OpenID Connect discovery failed');
        return reply.redirect(withParam(next, STEP_UP_ERROR_PARAM, 'auth.oidc_failed'), 303);
      }
      const pending: StepUpPending = { ...act, next, ...started.pending };
      reply.setCookie(STEP_UP_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
        ...oidcCookieOptions(request),
        maxAge: 10 * 60,
      });
      return reply.header('cache-control', 'no-store').redirect(started.url.href, 303);
    },
  );
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
      const stepUp = readStepUpPending(request.cookies[STEP_UP_COOKIE]);
      const returnedState = new URLSearchParams(
        request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '',
      ).get('state');
      if (stepUp && returnedState === stepUp.state) {
        reply.clearCookie(STEP_UP_COOKIE, oidcCookieOptions(request));
        return finishStepUp(request, reply, oidc, stepUp);
      }
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
