// Sign-in state and access on every request. The session cookie (httpOnly, SameSite=Lax, Secure
// over https) names a server-side session; every /api route declares in `config.access` which
// policy action it performs, and a route without one cannot even be registered. State-changing
// requests must come from our own origin and, with a session, carry its CSRF token.
import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client';
import { DomainError } from '../domain/errors';
import { can, type Action } from '../domain/access/policy';
import {
  resolveSession,
  SESSION_MAX_AGE_MS,
  type ResolvedSession,
} from '../services/access/resolve-session';
import type { ZodApp } from './validation';

export const SESSION_COOKIE = 'statsbidrag_session';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * What a route needs: `public` (no sign-in: the session itself, the OpenAPI document),
 * `signed_in` (any signed-in user), or a policy action the user must be allowed somewhere (the use
 * case then checks the scope: which grant, which organisation).
 */
export type Access = 'public' | 'signed_in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The request's session when its cookie named a valid one. */
    session: ResolvedSession | null;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerAuth(app: ZodApp, options: { db: Database; now: () => Date }) {
  await app.register(fastifyCookie);
  app.decorateRequest('session', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api') && route.config?.access === undefined)
      throw new Error(
        `${String(route.method)} ${route.url} declares no config.access (src/http/auth.ts)`,
      );
  });

  app.addHook('onRequest', async (request) => {
    // The web app's pages and files need no session, so they are served without the database
    // (a stopped database then shows the app and its 503 message, not a blank page).
    const servesApi = request.routeOptions.config.access !== undefined;
    const token = servesApi ? request.cookies[SESSION_COOKIE] : undefined;
    const session = token ? await resolveSession(options.db, token, options.now()) : undefined;
    request.session = session ?? null;
    request.ctx = {
      db: options.db,
      user: session?.user ?? null,
      actor: session?.user.email ?? 'anonymous',
      now: options.now,
    };
  });

  // preValidation: before the body is checked, so a refused request learns nothing from a 400.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return; // the web app's pages and files
    if (STATE_CHANGING.has(request.method)) checkCsrf(request);
    if (access === 'public') return;
    if (!request.ctx.user) throw new DomainError('auth.unauthenticated', {});
    if (access !== 'signed_in' && !can(request.ctx.user, access))
      throw new DomainError('auth.forbidden', { action: access });
  });
}

/**
 * Two checks against cross-site request forgery: a browser always sends Origin on a cross-site
 * POST, and it must be ours; and a request made with a session cookie must echo the session's
 * CSRF token in X-CSRF-Token, which another site cannot read. (SameSite=Lax alone would still let
 * a sibling subdomain post.)
 */
function checkCsrf(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`)
    throw new DomainError('auth.csrf', {});
  if (!request.session) return;
  const sent = request.headers[CSRF_HEADER];
  const expected = Buffer.from(request.session.csrfToken);
  const actual = Buffer.from(typeof sent === 'string' ? sent : '');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    throw new DomainError('auth.csrf', {});
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: SESSION_MAX_AGE_MS / 1000,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}
