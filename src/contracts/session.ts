import { z } from 'zod';
import type { Action } from '../domain/access/policy';
import { route } from './route';

/**
 * A policy action's name (src/services/policy.ts), for the web, which may not import services: a
 * type only, so the list is the policy's own and a misspelt action fails typecheck.
 */
export type PolicyAction = Action;

/** The answer to signing out when the identity provider's session is to be ended too. */
export const SignOutSchema = z.object({
  endSessionUrl: z
    .url()
    .describe(
      "The provider's end_session_endpoint with id_token_hint and post_logout_redirect_uri",
    ),
});

export const RoleSchema = z.enum([
  'admin',
  'case_officer',
  'decision_maker',
  'analyst',
  'recipient_user',
  'recipient_signatory',
]);
export type Role = z.infer<typeof RoleSchema>;

export const RoleAssignmentSchema = z.object({
  role: RoleSchema,
  grantId: z
    .uuid()
    .nullable()
    .describe('Only for a case officer: the one grant; null = every grant'),
});
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;

export const SessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  recipientCode: z.string().nullable(),
  roles: z.array(RoleAssignmentSchema),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionSchema = z.object({
  user: SessionUserSchema.nullable(),
  csrfToken: z
    .string()
    .nullable()
    .describe('Send it in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE'),
  permissions: z
    .array(z.string())
    .describe('The policy actions the user may take somewhere (the web hides the others)'),
});
export type Session = z.infer<typeof SessionSchema>;

export const SignInSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});

export const PasswordSetSchema = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(1).max(1000),
});

export const SignInOptionsSchema = z.object({
  oidc: z
    .object({
      buttonLabel: z.string(),
      startUrl: z.string().describe('Open it in the browser (a redirect to the identity provider)'),
    })
    .nullable()
    .describe('OpenID Connect sign-in, when the server is configured for it'),
});
export type SignInOptions = z.infer<typeof SignInOptionsSchema>;

/** A path inside the app (no other site: `//host` and backslashes are refused). */
export const OidcStartQuerySchema = z.object({
  next: z
    .string()
    .max(500)
    .regex(/^\/(?![/\\])[^\\]*$/)
    .optional(),
});

z.globalRegistry.add(SessionSchema, { id: 'Session' });

export const sessionRoutes = {
  get: route({ method: 'GET', path: '/session', response: { 200: SessionSchema } }),
  signIn: route({
    method: 'POST',
    path: '/session',
    body: SignInSchema,
    response: { 200: SessionSchema },
  }),
  signOut: route({
    method: 'DELETE',
    path: '/session',
    response: { 200: SignOutSchema, 204: z.void().describe('Signed out here only') },
  }),
  setPassword: route({ method: 'POST', path: '/session/password', body: PasswordSetSchema }),
  signInOptions: route({
    method: 'GET',
    path: '/session/sign-in-options',
    response: { 200: SignInOptionsSchema },
  }),
  oidcStart: route({
    method: 'GET',
    path: '/session/oidc/start',
    querystring: OidcStartQuerySchema,
    redirect: true,
  }),
  oidcCallback: route({ method: 'GET', path: '/session/oidc/callback', redirect: true }),
  changePassword: route({ method: 'PUT', path: '/me/password', body: PasswordChangeSchema }),
};
