// The recipient portal's start page: the published grants the own organisation receives money from.
import { listMyGrants } from '../../../services/grants/list-my-grants';
import { presentMyGrant } from '../../../services/grants/present';
import type { ZodApp } from '../../validation';
import { myGrantRoutes } from '../../../contracts/me';
import { registerRoute } from '../register';

export function registerMyGrantRoutes(app: ZodApp): void {
  registerRoute(
    app,
    myGrantRoutes.list,
    {
      access: 'own_organisation.read',
      tags: ['session'],
      description:
        "The published grants the signed-in recipient's organisation receives money from, with its amount, its requisition and whether it may still requisition.",
    },
    async (request) => ({
      items: (await listMyGrants(request.ctx)).flatMap(presentMyGrant),
    }),
  );
}
