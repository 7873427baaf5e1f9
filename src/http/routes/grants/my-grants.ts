// The recipient portal's start page: the published grants the own organisation receives money from.
import { listMyGrants } from '../../../services/grants/list-my-grants';
import { krToJson } from '../../../services/allocation/present';
import { requisitionState } from '../../../domain/requisition/requisition';
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
                    deadlineOn: followUp.deadlineOn,
                  },
                },
              ]
            : [],
      ),
    }),
  );
}
