import { changeGrantStatus } from '../../../services/grants/change-grant-status';
import { copyGrant } from '../../../services/grants/copy-grant';
import { createGrant } from '../../../services/grants/create-grant';
import { getAuditLog } from '../../../services/grants/get-audit-log';
import { getGrant } from '../../../services/grants/get-grant';
import { listGrants } from '../../../services/grants/list-grants';
import type { GrantDraft } from '../../../services/grants/grant-draft';
import { updateGrant } from '../../../services/grants/update-grant';
import { presentAuditEvent, presentGrant } from '../../../services/grants/present';
import type { ZodApp } from '../../validation';
import { grantRoutes, type GrantInput } from '../../../contracts/grants';
import { registerRoute } from '../register';

const tags = ['grants'];

export function toGrantDraft(input: GrantInput): GrantDraft {
  return {
    ...input,
    totalAmountKr: BigInt(input.totalAmountKr),
    rules: {
      ...input.rules,
      waiverThresholdKr: BigInt(input.rules.waiverThresholdKr),
      minimumAmountKr: BigInt(input.rules.minimumAmountKr),
    },
  };
}

export function registerGrantRoutes(app: ZodApp): void {
  registerRoute(app, grantRoutes.list, { access: 'agency.read', tags }, async (request) => ({
    items: (await listGrants(request.ctx)).map(presentGrant),
  }));

  registerRoute(
    app,
    grantRoutes.create,
    { access: 'grant.create', tags },
    async (request, reply) => {
      const grant = await createGrant(request.ctx, toGrantDraft(request.body));
      return reply.code(201).send(presentGrant(grant));
    },
  );

  registerRoute(app, grantRoutes.get, { access: 'published.read', tags }, async (request) =>
    presentGrant(await getGrant(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    grantRoutes.update,
    {
      access: 'grant.edit',
      tags,
      description:
        'Edits a draft. `version` is the one read; a stale version or a grant that is no longer a draft gives 409.',
    },
    async (request) => {
      const { version, ...input } = request.body;
      const grant = await updateGrant(request.ctx, {
        id: request.params.id,
        version,
        draft: toGrantDraft(input),
      });
      return presentGrant(grant);
    },
  );

  registerRoute(
    app,
    grantRoutes.copy,
    {
      access: 'grant.create',
      tags,
      description:
        'A new draft for another grant year: the same terms, every date moved by the difference in years.',
    },
    async (request, reply) => {
      const grant = await copyGrant(request.ctx, {
        id: request.params.id,
        grantYear: request.body.grantYear,
      });
      return reply.code(201).send(presentGrant(grant));
    },
  );

  registerRoute(
    app,
    grantRoutes.changeStatus,
    {
      access: 'grant.change_status',
      tags,
      description:
        'One step along draft → published → closed → follow_up → finished; anything else gives 409.',
    },
    async (request) => {
      const { status, reason } = request.body;
      return presentGrant(
        await changeGrantStatus(request.ctx, { id: request.params.id, status, reason }),
      );
    },
  );

  registerRoute(app, grantRoutes.audit, { access: 'agency.read', tags }, async (request) => ({
    items: (await getAuditLog(request.ctx, request.params.id)).map(presentAuditEvent),
  }));
}
