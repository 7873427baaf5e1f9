import { inviteUser } from '../../../services/access/invite-user';
import { listUsers } from '../../../services/access/list-users';
import { issuePasswordLink } from '../../../services/access/issue-password-link';
import { setUserActive } from '../../../services/access/set-user-active';
import { setUserRoles } from '../../../services/access/set-user-roles';
import { unbindIdentity } from '../../../services/access/unbind-identity';
import type { Invitation } from '../../../services/access/invite-user';
import type { ZodApp } from '../../validation';
import { userRoutes } from '../../../contracts/users';
import { registerRoute } from '../register';

const tags = ['users'];

const presentInvitation = (invitation: Invitation) => ({
  ...invitation,
  passwordTokenExpiresAt: invitation.passwordTokenExpiresAt.toISOString(),
});

export function registerUserRoutes(app: ZodApp): void {
  registerRoute(
    app,
    userRoutes.list,
    {
      access: 'user.read',
      tags,
      description: "Every account (administrator), or the own organisation's (signatory).",
    },
    async (request) => ({ items: await listUsers(request.ctx) }),
  );

  registerRoute(
    app,
    userRoutes.invite,
    {
      access: 'user.manage',
      tags,
      description:
        'Invites a person: an account without a password and a one-time token to set one. A signatory invites only colleagues of their own organisation, as recipient users or signatories.',
    },
    async (request, reply) =>
      reply.code(201).send(presentInvitation(await inviteUser(request.ctx, request.body))),
  );

  registerRoute(
    app,
    userRoutes.setRoles,
    { access: 'user.manage', tags, description: "Replaces the account's roles." },
    async (request) =>
      setUserRoles(request.ctx, { userId: request.params.id, roles: request.body.roles }),
  );

  registerRoute(
    app,
    userRoutes.setActive,
    {
      access: 'user.manage',
      tags,
      description:
        "Deactivates (its sessions end at once; it can no longer sign in) or reactivates the account. Not one's own.",
    },
    async (request) =>
      setUserActive(request.ctx, { userId: request.params.id, active: request.body.active }),
  );

  registerRoute(
    app,
    userRoutes.issuePasswordLink,
    {
      access: 'user.reset_password',
      tags,
      description:
        'Issues a new one-time password link (a reset), replacing any earlier one; shown only now. Using it sets the password and ends every session of the account. Administrators only.',
    },
    async (request) =>
      presentInvitation(await issuePasswordLink(request.ctx, { userId: request.params.id })),
  );

  registerRoute(
    app,
    userRoutes.unbindIdentity,
    {
      access: 'user.unbind_identity',
      tags,
      description:
        "Removes the account's binding to an OpenID Connect identity (issuer and subject); the next sign-in with the provider's verified email binds it again. Administrators only; audited. 404 user.identity_not_found.",
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
