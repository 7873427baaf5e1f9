import { z } from 'zod';
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
import {
  AuditEventListSchema,
  GrantCopyInputSchema,
  GrantInputSchema,
  GrantListSchema,
  GrantSchema,
  GrantStatusChangeSchema,
  GrantUpdateSchema,
  type GrantInput,
} from '../../../contracts/grants';

export const IdParamsSchema = z.object({ id: z.uuid() });
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

export function grantRoutes(app: ZodApp): void {
  app.get(
    '/grants',
    { config: { access: 'agency.read' }, schema: { tags, response: { 200: GrantListSchema } } },
    async (request) => ({
      items: (await listGrants(request.ctx)).map(presentGrant),
    }),
  );

  app.post(
    '/grants',
    {
      config: { access: 'grant.create' },
      schema: { tags, body: GrantInputSchema, response: { 201: GrantSchema } },
    },
    async (request, reply) => {
      const grant = await createGrant(request.ctx, toGrantDraft(request.body));
      return reply.code(201).send(presentGrant(grant));
    },
  );

  app.get(
    '/grants/:id',
    {
      config: { access: 'published.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: GrantSchema } },
    },
    async (request) => presentGrant(await getGrant(request.ctx, request.params.id)),
  );

  app.put(
    '/grants/:id',
    {
      config: { access: 'grant.edit' },
      schema: {
        tags,
        description:
          'Edits a draft. `version` is the one read; a stale version or a grant that is no longer a draft gives 409.',
        params: IdParamsSchema,
        body: GrantUpdateSchema,
        response: { 200: GrantSchema },
      },
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

  app.post(
    '/grants/:id/copy',
    {
      config: { access: 'grant.create' },
      schema: {
        tags,
        description:
          'A new draft for another grant year: the same terms, every date moved by the difference in years.',
        params: IdParamsSchema,
        body: GrantCopyInputSchema,
        response: { 201: GrantSchema },
      },
    },
    async (request, reply) => {
      const grant = await copyGrant(request.ctx, {
        id: request.params.id,
        grantYear: request.body.grantYear,
      });
      return reply.code(201).send(presentGrant(grant));
    },
  );

  app.post(
    '/grants/:id/status',
    {
      config: { access: 'grant.change_status' },
      schema: {
        tags,
        description:
          'One step along draft → published → closed → follow_up → finished; anything else gives 409.',
        params: IdParamsSchema,
        body: GrantStatusChangeSchema,
        response: { 200: GrantSchema },
      },
    },
    async (request) => {
      const { status, reason } = request.body;
      return presentGrant(
        await changeGrantStatus(request.ctx, { id: request.params.id, status, reason }),
      );
    },
  );

  app.get(
    '/grants/:id/audit',
    {
      config: { access: 'agency.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: AuditEventListSchema } },
    },
    async (request) => ({
      items: (await getAuditLog(request.ctx, request.params.id)).map(presentAuditEvent),
    }),
  );
}
