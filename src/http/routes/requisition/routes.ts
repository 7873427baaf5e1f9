// Requisitions: the recipient's own (under /me, scoped to the signed-in organisation), a
// requisition by id, and the agency's overview, exports, late permissions and second round.
import { confirmSecondRound } from '../../../services/requisition/confirm-second-round';
import { createRequisition } from '../../../services/requisition/create-requisition';
import { exportRequisitionOverview } from '../../../services/requisition/export-requisition-overview';
import { getMyRequisition, getRequisition } from '../../../services/requisition/get-requisition';
import { getRequisitionOverview } from '../../../services/requisition/get-requisition-overview';
import { getSecondRound } from '../../../services/requisition/get-second-round';
import { grantLatePermission } from '../../../services/requisition/grant-late-permission';
import { revokeLatePermission } from '../../../services/requisition/revoke-late-permission';
import { signRequisition } from '../../../services/requisition/sign-requisition';
import { updateRequisition } from '../../../services/requisition/update-requisition';
import { withdrawRequisition } from '../../../services/requisition/withdraw-requisition';
import {
  presentRequisitionOverview,
  presentRequisitionView,
  presentSecondRound,
  toRequisitionContent,
} from '../../../services/requisition/present';
import type { ZodApp } from '../../validation';
import { EXPORT_TYPES, fileResponse, sendFile } from '../../send-file';
import { IdParamsSchema } from '../grants/routes';
import {
  LatePermissionInputSchema,
  LatePermissionRevokeSchema,
  RecipientParamsSchema,
  RequisitionInputSchema,
  RequisitionOverviewSchema,
  RequisitionUpdateSchema,
  RequisitionVersionInputSchema,
  RequisitionViewSchema,
  RequisitionWithdrawSchema,
  SecondRoundConfirmSchema,
  SecondRoundSchema,
} from '../../../contracts/requisition';

const tags = ['requisitions'];

export function requisitionRoutes(app: ZodApp): void {
  const myView = async (ctx: Parameters<typeof getMyRequisition>[0], grantId: string) =>
    presentRequisitionView(await getMyRequisition(ctx, grantId));
  const overview = async (ctx: Parameters<typeof getMyRequisition>[0], grantId: string) =>
    presentRequisitionOverview(await getRequisitionOverview(ctx, grantId));

  app.get(
    '/me/grants/:id/requisition',
    {
      config: { access: 'own_organisation.read' },
      schema: {
        tags,
        description:
          "The signed-in organisation's requisition of the grant (null before it starts one), its allocated amount, deadline, signed versions and history. 404 for a grant it gets nothing from.",
        params: IdParamsSchema,
        response: { 200: RequisitionViewSchema },
      },
    },
    async (request) => myView(request.ctx, request.params.id),
  );

  app.post(
    '/me/grants/:id/requisition',
    {
      config: { access: 'requisition.prepare' },
      schema: {
        tags,
        description:
          'Drafts the requisition (201). One per grant and organisation: the same content again (a double click, a retry) answers 200 with the one there; other content 409. 422 for an amount over the allocation, 409 after the deadline.',
        params: IdParamsSchema,
        body: RequisitionInputSchema,
        response: { 200: RequisitionViewSchema, 201: RequisitionViewSchema },
      },
    },
    async (request, reply) => {
      const { created } = await createRequisition(request.ctx, {
        grantId: request.params.id,
        content: toRequisitionContent(request.body),
      });
      return reply.code(created ? 201 : 200).send(await myView(request.ctx, request.params.id));
    },
  );

  app.put(
    '/me/grants/:id/requisition',
    {
      config: { access: 'requisition.prepare' },
      schema: {
        tags,
        description:
          'Changes the requisition; `version` is the one read (409 when stale). A signed or withdrawn requisition becomes a draft again and needs a new signature.',
        params: IdParamsSchema,
        body: RequisitionUpdateSchema,
        response: { 200: RequisitionViewSchema },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      await updateRequisition(request.ctx, {
        grantId: request.params.id,
        version,
        content: toRequisitionContent(input),
      });
      return myView(request.ctx, request.params.id);
    },
  );

  app.post(
    '/me/grants/:id/requisition/sign',
    {
      config: { access: 'requisition.sign' },
      schema: {
        tags,
        description:
          "The organisation's signatory signs the draft of `version`; it is kept as an immutable version. Signing the same version again changes nothing.",
        params: IdParamsSchema,
        body: RequisitionVersionInputSchema,
        response: { 200: RequisitionViewSchema },
      },
    },
    async (request) => {
      await signRequisition(request.ctx, {
        grantId: request.params.id,
        version: request.body.version,
      });
      return myView(request.ctx, request.params.id);
    },
  );

  app.post(
    '/me/grants/:id/requisition/withdraw',
    {
      config: { access: 'requisition.sign' },
      schema: {
        tags,
        description: 'The signatory withdraws a signed requisition (until the deadline).',
        params: IdParamsSchema,
        body: RequisitionWithdrawSchema,
        response: { 200: RequisitionViewSchema },
      },
    },
    async (request) => {
      await withdrawRequisition(request.ctx, { grantId: request.params.id, ...request.body });
      return myView(request.ctx, request.params.id);
    },
  );

  app.get(
    '/requisitions/:id',
    {
      config: { access: 'published.read' },
      schema: {
        tags,
        description:
          "A requisition with its versions and history: agency staff any, a recipient's staff their own organisation's (another's is 404).",
        params: IdParamsSchema,
        response: { 200: RequisitionViewSchema },
      },
    },
    async (request) => presentRequisitionView(await getRequisition(request.ctx, request.params.id)),
  );

  app.get(
    '/grants/:id/requisitions',
    {
      config: { access: 'agency.read' },
      schema: {
        tags,
        description:
          'Every recipient in the published allocation with its requisition status and amounts, the totals, the share requisitioned and the confirmed second round.',
        params: IdParamsSchema,
        response: { 200: RequisitionOverviewSchema },
      },
    },
    async (request) => overview(request.ctx, request.params.id),
  );

  for (const list of ['export', 'reminders'] as const) {
    for (const format of ['csv', 'xlsx'] as const) {
      app.get(
        `/grants/:id/requisitions/${list}.${format}`,
        {
          config: { access: 'agency.read' },
          schema: {
            tags,
            description:
              list === 'export'
                ? `The overview as ${format.toUpperCase()}, every eligible recipient.`
                : `Those who have not requisitioned, with their accounts' emails and the last contact person, as ${format.toUpperCase()}.`,
            params: IdParamsSchema,
            produces: [EXPORT_TYPES[format]],
            response: { 200: fileResponse(EXPORT_TYPES[format]) },
          },
        },
        async (request, reply) =>
          sendFile(
            reply,
            await exportRequisitionOverview(
              request.ctx,
              request.params.id,
              list === 'export' ? 'overview' : 'reminders',
              format,
            ),
          ),
      );
    }
  }

  app.put(
    '/grants/:id/requisitions/:code/late-permission',
    {
      config: { access: 'requisition.administer' },
      schema: {
        tags,
        description:
          'Lets one recipient requisition after the deadline until `untilOn`, for a recorded reason (audited). Granting again replaces it.',
        params: RecipientParamsSchema,
        body: LatePermissionInputSchema,
        response: { 200: RequisitionOverviewSchema },
      },
    },
    async (request) => {
      await grantLatePermission(request.ctx, {
        grantId: request.params.id,
        recipientCode: request.params.code,
        ...request.body,
      });
      return overview(request.ctx, request.params.id);
    },
  );

  app.post(
    '/grants/:id/requisitions/:code/late-permission/revoke',
    {
      config: { access: 'requisition.administer' },
      schema: {
        tags,
        description:
          'Revokes the recipient’s late permission for a recorded reason (audited on its requisition history). 404 without one; 409 once the organisation has signed a requisition under it (after the deadline).',
        params: RecipientParamsSchema,
        body: LatePermissionRevokeSchema,
        response: { 200: RequisitionOverviewSchema },
      },
    },
    async (request) => {
      await revokeLatePermission(request.ctx, {
        grantId: request.params.id,
        recipientCode: request.params.code,
        reason: request.body.reason,
      });
      return overview(request.ctx, request.params.id);
    },
  );

  app.get(
    '/grants/:id/second-round',
    {
      config: { access: 'agency.read' },
      schema: {
        tags,
        description:
          'The confirmed second round, or a preview computed now (after the deadline): the money not requisitioned shared by key among those who asked for more, capped at what each asked for, each row explained.',
        params: IdParamsSchema,
        response: { 200: SecondRoundSchema },
      },
    },
    async (request) => presentSecondRound(await getSecondRound(request.ctx, request.params.id)),
  );

  app.post(
    '/grants/:id/second-round',
    {
      config: { access: 'requisition.administer' },
      schema: {
        tags,
        description:
          "Confirms the reviewed second round (`checksum` from the preview; 409 if the basis changed since). Stored frozen and audited; the grant's requisitions can no longer change.",
        params: IdParamsSchema,
        body: SecondRoundConfirmSchema,
        response: { 201: SecondRoundSchema },
      },
    },
    async (request, reply) => {
      await confirmSecondRound(request.ctx, {
        grantId: request.params.id,
        checksum: request.body.checksum,
      });
      return reply
        .code(201)
        .send(presentSecondRound(await getSecondRound(request.ctx, request.params.id)));
    },
  );
}
