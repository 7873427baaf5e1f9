import { z } from 'zod';
import { inviteUser } from '../../../services/access/invite-user';
import { listUsers } from '../../../services/access/list-users';
import { issuePasswordLink } from '../../../services/access/issue-password-link';
import { setUserActive } from '../../../services/access/set-user-active';
import { setUserRoles } from '../../../services/access/set-user-roles';
import { unbindIdentity } from '../../../services/access/unbind-identity';
import type { Invitation } from '../../../services/access/invite-user';
import type { ZodApp } from '../../validation';
import {
  InvitationSchema,
  UserActiveSchema,
  UserInviteSchema,
  UserListSchema,
  UserRolesSchema,
  UserSchema,
} from '../../../contracts/users';

const tags = ['users'];
const UserParamsSchema = z.object({ id: z.uuid() });

const presentInvitation = (invitation: Invitation) => ({
  ...invitation,
  passwordTokenExpiresAt: invitation.passwordTokenExpiresAt.toISOString(),
});

export function userRoutes(app: ZodApp): void {
  app.get(
    '/users',
    {
      config: { access: 'user.read' },
      schema: {
        tags,
        description: "Every account (administrator), or the own organisation's (signatory).",
        response: { 200: UserListSchema },
      },
    },
    async (request) => ({ items: await listUsers(request.ctx) }),
  );

  app.post(
    '/users',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        description:
          'Invites a person: an account without a password and a one-time token to set one. A signatory invites only colleagues of their own organisation, as recipient users or signatories.',
        body: UserInviteSchema,
        response: { 201: InvitationSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentInvitation(await inviteUser(request.ctx, request.body))),
  );

  app.put(
    '/users/:id/roles',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        description: "Replaces the account's roles.",
        params: UserParamsSchema,
        body: UserRolesSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) =>
      setUserRoles(request.ctx, { userId: request.params.id, roles: request.body.roles }),
  );

  app.put(
    '/users/:id/active',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        description:
          "Deactivates (its sessions end at once; it can no longer sign in) or reactivates the account. Not one's own.",
        params: UserParamsSchema,
        body: UserActiveSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) =>
      setUserActive(request.ctx, { userId: request.params.id, active: request.body.active }),
  );

  app.post(
    '/users/:id/password-link',
    {
      config: { access: 'user.reset_password' },
      schema: {
        tags,
        description:
          'Issues a new one-time password link (a reset), replacing any earlier one; shown only now. Using it sets the password and ends every session of the account. Administrators only.',
        params: UserParamsSchema,
        response: { 200: InvitationSchema },
      },
    },
    async (request) =>
      presentInvitation(await issuePasswordLink(request.ctx, { userId: request.params.id })),
  );

  app.delete(
    '/users/:id/identities/:identityId',
    {
      config: { access: 'user.unbind_identity' },
      schema: {
        tags,
        description:
          "Removes the account's binding to an OpenID Connect identity (issuer and subject); the next sign-in with the provider's verified email binds it again. Administrators only; audited. 404 user.identity_not_found.",
        params: z.object({ id: z.uuid(), identityId: z.uuid() }),
      },
    },
    async (request, reply) => {
      await unbindIdentity(request.ctx, {
        userId: request.params.id,
        identityId: request.params.identityId,
      });
      return reply.code(204).send();
    },
  );
}
