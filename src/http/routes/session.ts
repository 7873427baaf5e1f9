import { setPassword } from '../../services/set-password';
import { permittedActions } from '../../services/policy';
import { signIn } from '../../services/sign-in';
import { signOut } from '../../services/sign-out';
import { clearSessionCookie, setSessionCookie } from '../auth';
import type { ZodApp } from '../validation';
import { PasswordSetSchema, SessionSchema, SignInSchema, type Session } from './session.schema';
import type { SessionUser } from '../../services/policy';

const tags = ['session'];

function presentSession(user: SessionUser | null, csrfToken: string | null): Session {
  return { user, csrfToken, permissions: permittedActions(user) };
}

export function sessionRoutes(app: ZodApp): void {
  app.get(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description: 'Who is signed in (user null when no one), with the CSRF token.',
        response: { 200: SessionSchema },
      },
    },
    async (request) => presentSession(request.ctx.user, request.session?.csrfToken ?? null),
  );

  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description:
          'Signs in with email and password and sets the session cookie. 401 for a wrong email or password (the answer does not say which); 429 with Retry-After after 5 failures for the account, or 20 from the address, in 15 minutes.',
        body: SignInSchema,
        response: { 200: SessionSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await signIn(request.ctx, { ...request.body, ip: request.ip });
      setSessionCookie(request, reply, signedIn.token);
      return presentSession(signedIn.user, signedIn.csrfToken);
    },
  );

  app.delete(
    '/session',
    {
      config: { access: 'signed_in' },
      schema: { tags, description: 'Signs out: the session ends on the server.' },
    },
    async (request, reply) => {
      if (request.session) await signOut(request.ctx, request.session.tokenHash);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/session/password',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description: 'Sets a password with the one-time token of an invitation (valid 7 days).',
        body: PasswordSetSchema,
      },
    },
    async (request, reply) => {
      await setPassword(request.ctx, request.body);
      return reply.code(204).send();
    },
  );
}
