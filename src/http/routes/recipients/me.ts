import { listMyGrants } from '../../../services/grants/list-my-grants';
import { krToJson } from '../../../services/allocation/present';
import { requisitionState } from '../../../domain/requisition/requisition';
import { changePassword } from '../../../services/access/change-password';
import type { ZodApp } from '../../validation';
import {
  listOwnInterests,
  registerOwnInterest,
  withdrawOwnInterest,
} from '../../../services/performance/own-interest';
import type { ServiceContext } from '../../../services/shared/context';
import { IdParamsSchema } from '../grants/routes';
import { MyGrantListSchema, MyInterestListSchema, type MyInterest } from '../../../contracts/me';
import { getOwnFigures, saveOwnFigures } from '../../../services/performance/own-figures';
import { presentFiguresView } from '../../../services/performance/present';
import { FigureValuesInputSchema, FiguresViewSchema } from '../../../contracts/performance';
import { PasswordChangeSchema } from '../../../contracts/session';

async function myInterests(ctx: ServiceContext): Promise<{ items: MyInterest[] }> {
  return {
    items: (await listOwnInterests(ctx)).map((item) => ({
      grantId: item.grant.id,
      name: item.grant.name,
      grantYear: item.grant.grantYear,
      recipientCode: item.recipientCode,
      interestDeadlineOn: item.interestDeadlineOn,
      open: item.open,
      registered: item.registeredAt !== null,
      registeredAt: item.registeredAt?.toISOString() ?? null,
      figures: item.figures && {
        deadlineOn: item.figures.deadlineOn,
        open: item.figures.open,
        reportedAt: item.figures.reportedAt?.toISOString() ?? null,
      },
    })),
  };
}

export function meRoutes(app: ZodApp): void {
  app.get(
    '/me/interests',
    {
      config: { access: 'interest.register' },
      schema: {
        tags: ['performance'],
        description:
          "The performance-based grants the signed-in recipient's organisation may register interest in (it is in the key and the grant has a last day to register), with whether it is registered and whether registering is still open.",
        response: { 200: MyInterestListSchema },
      },
    },
    async (request) => myInterests(request.ctx),
  );

  app.post(
    '/me/grants/:id/interest',
    {
      config: { access: 'interest.register' },
      schema: {
        tags: ['performance'],
        description:
          "Registers the own organisation's expression of interest (intresseanmälan) in a performance-based grant, through its last day to register (inclusive, Europe/Stockholm); after it 409 performance.interest_deadline_passed. Registering again changes nothing. A grant whose key does not hold the organisation is 404.",
        params: IdParamsSchema,
        response: { 200: MyInterestListSchema },
      },
    },
    async (request) => {
      await registerOwnInterest(request.ctx, request.params.id);
      return myInterests(request.ctx);
    },
  );

  app.delete(
    '/me/grants/:id/interest',
    {
      config: { access: 'interest.register' },
      schema: {
        tags: ['performance'],
        description:
          "Withdraws the own organisation's expression of interest, through the last day to register; after it 409.",
        params: IdParamsSchema,
        response: { 200: MyInterestListSchema },
      },
    },
    async (request) => {
      await withdrawOwnInterest(request.ctx, request.params.id);
      return myInterests(request.ctx);
    },
  );

  app.get(
    '/me/grants/:id/figures',
    {
      config: { access: 'performance_figures.report' },
      schema: {
        tags: ['performance'],
        description:
          "The own organisation's figures for a performance-based grant it registered interest in: the model's figures (label, unit, measurement point, range, required), the saved values with who saved them and when, the last day to report and whether they may still be saved. 404 for a grant that is not performance-based or that the organisation did not register for.",
        params: IdParamsSchema,
        response: { 200: FiguresViewSchema },
      },
    },
    async (request) => presentFiguresView(await getOwnFigures(request.ctx, request.params.id)),
  );

  app.put(
    '/me/grants/:id/figures',
    {
      config: { access: 'performance_figures.report' },
      schema: {
        tags: ['performance'],
        description:
          "Saves the own organisation's figures, checked as an upload's cells are: 422 with every issue by field (`values.<figure>`: not a number, not a whole number, out of range, missing, no such figure), nothing stored. 409 for a stale `version`, after the last day to report figures (inclusive, Europe/Stockholm) or once a calculation is published.",
        params: IdParamsSchema,
        body: FigureValuesInputSchema,
        response: { 200: FiguresViewSchema },
      },
    },
    async (request) =>
      presentFiguresView(await saveOwnFigures(request.ctx, request.params.id, request.body)),
  );

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
                    deadlineOn: followUp.deadlineOn,
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
