import { z } from 'zod';
import { route } from './route';
import { RoleAssignmentSchema } from './session';
import { IdParamsSchema } from './shared';

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  recipientCode: z.string().nullable(),
  active: z.boolean(),
  hasPassword: z.boolean(),
  roles: z.array(RoleAssignmentSchema),
});
export type User = z.infer<typeof UserSchema>;

/** An account's binding to an identity at an OpenID Connect provider (docs/access.md). */
export const UserIdentitySchema = z.object({
  id: z.uuid(),
  issuer: z.string(),
  subject: z.string(),
  email: z.string().describe('The email the provider vouched for when the binding was made'),
  createdAt: z.iso.datetime(),
  lastSignedInAt: z.iso.datetime().nullable(),
});
export type UserIdentity = z.infer<typeof UserIdentitySchema>;

export const UserListItemSchema = UserSchema.extend({
  identities: z
    .array(UserIdentitySchema)
    .describe('OpenID Connect bindings: listed for administrators only, empty for a signatory'),
});
export type UserListItem = z.infer<typeof UserListItemSchema>;

export const UserListSchema = z.object({ items: z.array(UserListItemSchema) });

export const UserInviteSchema = z.object({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  recipientCode: z
    .string()
    .regex(/^[0-9]{2}([0-9]{2})?$/)
    .nullable()
    .describe("The organisation of a recipient's staff; null for agency staff"),
  roles: z.array(RoleAssignmentSchema).max(10),
});
export type UserInvite = z.infer<typeof UserInviteSchema>;

export const InvitationSchema = z.object({
  user: UserSchema,
  passwordToken: z
    .string()
    .describe('One-time: the person sets a password at /losenord#<token>; shown only now'),
  passwordTokenExpiresAt: z.iso.datetime(),
});

export const UserActiveSchema = z.object({
  active: z.boolean().describe('false deactivates the account and ends its sessions at once'),
});

export const UserRolesSchema = z.object({ roles: z.array(RoleAssignmentSchema).max(10) });

z.globalRegistry.add(UserSchema, { id: 'User' });

export const UserIdentityParamsSchema = z.object({ id: z.uuid(), identityId: z.uuid() });

export const userRoutes = {
  list: route({ method: 'GET', path: '/users', response: { 200: UserListSchema } }),
  invite: route({
    method: 'POST',
    path: '/users',
    body: UserInviteSchema,
    response: { 201: InvitationSchema },
  }),
  setRoles: route({
    method: 'PUT',
    path: '/users/:id/roles',
    params: IdParamsSchema,
    body: UserRolesSchema,
    response: { 200: UserSchema },
  }),
  setActive: route({
    method: 'PUT',
    path: '/users/:id/active',
    params: IdParamsSchema,
    body: UserActiveSchema,
    response: { 200: UserSchema },
  }),
  issuePasswordLink: route({
    method: 'POST',
    path: '/users/:id/password-link',
    params: IdParamsSchema,
    response: { 200: InvitationSchema },
  }),
  unbindIdentity: route({
    method: 'DELETE',
    path: '/users/:id/identities/:identityId',
    params: UserIdentityParamsSchema,
  }),
};
