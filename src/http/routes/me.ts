import { listMyGrants } from '../../services/list-my-grants';
import { krToJson } from '../../services/allocation-json';
import { requisitionState } from '../../domain/requisition/requisition';
import { changePassword } from '../../services/change-password';
import type { ZodApp } from '../validation';
import { MyGrantListSchema } from './me.schema';
import { PasswordChangeSchema } from './session.schema';

export function meRoutes(app: ZodApp): void {
  app.get(
    '/me/grants',
    {
      config: { access: 'own_organisation.read' },
      schema: {
        tags: ['session'],
        description:
          "The published grants the signed-in recipient's organisation receives money from, with its amount, its requisition and whether it may still requisition.",
        response: { 200: MyGrantListSchema },
      },
    },
    async (request) => ({
      items: (await listMyGrants(request.ctx)).flatMap(
        ({ grant, recipientCode, amountKr, requisition, window, followUp }) =>
          grant.publishedAllocationId
            ? [
                {
                  grantId: grant.id,
                  name: grant.name,
                  grantYear: grant.grantYear,
                  status: grant.status,
                  requisitionDeadlineOn: grant.requisitionDeadlineOn,
                  allocationId: grant.publishedAllocationId,
                  recipientCode,
                  amountKr: krToJson(amountKr),
                  secondRound: grant.secondRound,
                  window,
                  requisition: requisition
                    ? {
                        id: requisition.id,
                        state: requisitionState(requisition),
                        amountKr:
                          requisition.amountKr === null ? null : krToJson(requisition.amountKr),
                        moreAmountKr:
                          requisition.moreAmountKr === null
                            ? null
                            : krToJson(requisition.moreAmountKr),
                        updatedAt: requisition.updatedAt.toISOString(),
                      }
                    : null,
                  followUp: {
                    hasForm: followUp.hasForm,
                    reportStatus: followUp.report?.status ?? ('not_started' as const),
                  },
                },
              ]
            : [],
      ),
    }),
  );

  app.put(
    '/me/password',
    {
      config: { access: 'signed_in' },
      schema: {
        tags: ['session'],
        description:
          "Changes the signed-in person's password (the current one must be given). Every other session of the account ends; this one goes on. A wrong current password is 422 and counts towards the sign-in throttle (429).",
        body: PasswordChangeSchema,
      },
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
