import { z } from 'zod';
import { inviteUser } from '../../services/invite-user';
import { listUsers } from '../../services/list-users';
import { setUserRoles } from '../../services/set-user-roles';
import type { ZodApp } from '../validation';
import {
  InvitationSchema,
  UserInviteSchema,
  UserListSchema,
  UserRolesSchema,
  UserSchema,
} from './users.schema';

const tags = ['users'];
const UserParamsSchema = z.object({ id: z.uuid() });

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
    async (request, reply) => {
      const invitation = await inviteUser(request.ctx, request.body);
      return reply.code(201).send({
        ...invitation,
        passwordTokenExpiresAt: invitation.passwordTokenExpiresAt.toISOString(),
      });
    },
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
}
