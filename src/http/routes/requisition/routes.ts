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
import { sendFile } from '../../send-file';
import { requisitionRoutes } from '../../../contracts/requisition';
import { registerRoute } from '../register';

const tags = ['requisitions'];

export function registerRequisitionRoutes(app: ZodApp): void {
  const myView = async (ctx: Parameters<typeof getMyRequisition>[0], grantId: string) =>
    presentRequisitionView(await getMyRequisition(ctx, grantId));
  const overview = async (ctx: Parameters<typeof getMyRequisition>[0], grantId: string) =>
    presentRequisitionOverview(await getRequisitionOverview(ctx, grantId));

  registerRoute(
    app,
    requisitionRoutes.mine,
    {
      access: 'own_organisation.read',
      tags,
      description:
        "The signed-in organisation's requisition of the grant (null before it starts one), its allocated amount, deadline, signed versions and history. 404 for a grant it gets nothing from.",
    },
    async (request) => myView(request.ctx, request.params.id),
  );

  registerRoute(
    app,
    requisitionRoutes.create,
    {
      access: 'requisition.prepare',
      tags,
      description:
        'Drafts the requisition (201). One per grant and organisation: the same content again (a double click, a retry) answers 200 with the one there; other content 409. 422 for an amount over the allocation, 409 after the deadline.',
    },
    async (request, reply) => {
      const { created } = await createRequisition(request.ctx, {
        grantId: request.params.id,
        content: toRequisitionContent(request.body),
      });
      return reply.code(created ? 201 : 200).send(await myView(request.ctx, request.params.id));
    },
  );

  registerRoute(
    app,
    requisitionRoutes.update,
    {
      access: 'requisition.prepare',
      tags,
      description:
        'Changes the requisition; `version` is the one read (409 when stale). A signed or withdrawn requisition becomes a draft again and needs a new signature.',
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

  registerRoute(
    app,
    requisitionRoutes.sign,
    {
      access: 'requisition.sign',
      tags,
      description:
        "The organisation's signatory signs the draft of `version` with a step-up proof made for this requisition (`POST /api/session/step-up` or the identity provider's `GET /api/session/oidc/step-up`; 403 `auth.step_up_required` without a valid one); it is kept as an immutable version and the audit event records how the signatory proved who they were. Signing the same version again changes nothing.",
    },
    async (request) => {
      await signRequisition(request.ctx, {
        grantId: request.params.id,
        version: request.body.version,
        stepUpProof: request.body.stepUpProof,
      });
      return myView(request.ctx, request.params.id);
    },
  );

  registerRoute(
    app,
    requisitionRoutes.withdraw,
    {
      access: 'requisition.sign',
      tags,
      description: 'The signatory withdraws a signed requisition (until the deadline).',
    },
    async (request) => {
      await withdrawRequisition(request.ctx, { grantId: request.params.id, ...request.body });
      return myView(request.ctx, request.params.id);
    },
  );

  registerRoute(
    app,
    requisitionRoutes.get,
    {
      access: 'published.read',
      tags,
      description:
        "A requisition with its versions and history: agency staff any, a recipient's staff their own organisation's (another's is 404).",
    },
    async (request) => presentRequisitionView(await getRequisition(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    requisitionRoutes.overview,
    {
      access: 'agency.read',
      tags,
      description:
        'Every recipient in the published allocation with its requisition status and amounts, the totals, the share requisitioned and the confirmed second round.',
    },
    async (request) => overview(request.ctx, request.params.id),
  );

  for (const list of ['export', 'reminders'] as const) {
    for (const format of ['csv', 'xlsx'] as const) {
      registerRoute(
        app,
        requisitionRoutes[list][format],
        {
          access: 'agency.read',
          tags,
          description:
            list === 'export'
              ? `The overview as ${format.toUpperCase()}, every eligible recipient.`
              : `Those who have not requisitioned, with their accounts' emails and the last contact person, as ${format.toUpperCase()}.`,
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

  registerRoute(
    app,
    requisitionRoutes.grantLatePermission,
    {
      access: 'requisition.administer',
      tags,
      description:
        'Lets one recipient requisition after the deadline until `untilOn`, for a recorded reason (audited). Granting again replaces it.',
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

  registerRoute(
    app,
    requisitionRoutes.revokeLatePermission,
    {
      access: 'requisition.administer',
      tags,
      description:
        'Revokes the recipient’s late permission for a recorded reason (audited on its requisition history). 404 without one; 409 once the organisation has signed a requisition under it (after the deadline).',
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

  registerRoute(
    app,
    requisitionRoutes.secondRound,
    {
      access: 'agency.read',
      tags,
      description:
        'The confirmed second round, or a preview computed now (after the deadline): the money not requisitioned shared by key among those who asked for more, capped at what each asked for, each row explained.',
    },
    async (request) => presentSecondRound(await getSecondRound(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    requisitionRoutes.confirmSecondRound,
    {
      access: 'requisition.administer',
      tags,
      description:
        "Confirms the reviewed second round (`checksum` from the preview; 409 if the basis changed since). Stored frozen and audited; the grant's requisitions can no longer change.",
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
