// The signed-in person changes their own password.
import { changePassword } from '../../../services/access/change-password';
import type { ZodApp } from '../../validation';
import { sessionRoutes } from '../../../contracts/session';
import { registerRoute } from '../register';

export function registerPasswordRoutes(app: ZodApp): void {
  registerRoute(
    app,
    sessionRoutes.changePassword,
    {
      access: 'signed_in',
      tags: ['session'],
      description:
        "Changes the signed-in person's password (the current one must be given). Every other session of the account ends; this one goes on. A wrong current password is 422 and counts towards the sign-in throttle (429).",
    },
    async (request, reply) => {
      await changePassword(request.ctx, {
        ...request.body,
        sessionTokenHash: request.session?.tokenHash ?? '',
        ip: request.ip,
      });
      return reply.code(204).send();
    },
  );
}
