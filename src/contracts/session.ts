import { z } from 'zod';
import type { Action } from '../domain/access/policy';
import { STEP_UP_ACTS } from '../domain/access/step-up';
import { route } from './route';
import { RecipientCodeSchema } from './shared';
export { StepUpProofSchema } from './step-up';

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

/** The signing act a step-up is for: a proof for it signs nothing else. */
export const StepUpActSchema = z.object({
  kind: z.enum(STEP_UP_ACTS),
  grantId: z.uuid(),
  recipientCode: RecipientCodeSchema,
});
export type StepUpActInput = z.infer<typeof StepUpActSchema>;

export const StepUpPasswordSchema = z.object({
  act: StepUpActSchema,
  password: z.string().min(1).max(1000),
});

export const StepUpProofAnswerSchema = z.object({
  stepUpProof: z.string(),
  expiresAt: z.iso.datetime(),
});
export type StepUpProofAnswer = z.infer<typeof StepUpProofAnswerSchema>;

/** How a signatory steps up to sign here, and the level of assurance the provider must give. */
export const SigningMethodSchema = z.object({
  method: z.enum(['password', 'oidc']),
  acr: z.string().nullable().describe('The acr_values asked of the provider (oidc only)'),
});
export type SigningMethod = z.infer<typeof SigningMethodSchema>;

/** A path inside the app (no other site: `//host` and backslashes are refused). */
const AppPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\\]*$/);
export const OidcStartQuerySchema = z.object({ next: AppPathSchema.optional() });

/** A step-up at the identity provider for one act; back to `next` (`?stegupp=` the proof). */
export const OidcStepUpQuerySchema = StepUpActSchema.extend({ next: AppPathSchema });

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
  signingMethod: route({
    method: 'GET',
    path: '/session/signing-method',
    response: { 200: SigningMethodSchema },
  }),
  stepUpWithPassword: route({
    method: 'POST',
    path: '/session/step-up',
    body: StepUpPasswordSchema,
    response: { 201: StepUpProofAnswerSchema },
  }),
  stepUpAtProvider: route({
    method: 'GET',
    path: '/session/oidc/step-up',
    querystring: OidcStepUpQuerySchema,
    redirect: true,
  }),
  changePassword: route({ method: 'PUT', path: '/me/password', body: PasswordChangeSchema }),
};
