// The recipient portal's side of performance-based grants: the own organisation's expression of
// interest and its figures (under /me, scoped to the signed-in organisation).
import type { ZodApp } from '../../validation';
import {
  listOwnInterests,
  registerOwnInterest,
  withdrawOwnInterest,
} from '../../../services/performance/own-interest';
import type { ServiceContext } from '../../../services/common/context';
import type { MyInterest } from '../../../contracts/me';
import { getOwnFigures, saveOwnFigures } from '../../../services/performance/own-figures';
import { presentFiguresView } from '../../../services/performance/present';
import { ownPerformanceRoutes } from '../../../contracts/performance';
import { registerRoute } from '../register';

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

export function registerOwnPerformanceRoutes(app: ZodApp): void {
  registerRoute(
    app,
    ownPerformanceRoutes.interests,
    {
      access: 'interest.register',
      tags: ['performance'],
      description:
        "The performance-based grants the signed-in recipient's organisation may register interest in (it is in the key and the grant has a last day to register), with whether it is registered and whether registering is still open.",
    },
    async (request) => myInterests(request.ctx),
  );

  registerRoute(
    app,
    ownPerformanceRoutes.registerInterest,
    {
      access: 'interest.register',
      tags: ['performance'],
      description:
        "Registers the own organisation's expression of interest (intresseanmälan) in a performance-based grant, through its last day to register (inclusive, Europe/Stockholm); after it 409 performance.interest_deadline_passed. Registering again changes nothing. A grant whose key does not hold the organisation is 404.",
    },
    async (request) => {
      await registerOwnInterest(request.ctx, request.params.id);
      return myInterests(request.ctx);
    },
  );

  registerRoute(
    app,
    ownPerformanceRoutes.withdrawInterest,
    {
      access: 'interest.register',
      tags: ['performance'],
      description:
        "Withdraws the own organisation's expression of interest, through the last day to register; after it 409.",
    },
    async (request) => {
      await withdrawOwnInterest(request.ctx, request.params.id);
      return myInterests(request.ctx);
    },
  );

  registerRoute(
    app,
    ownPerformanceRoutes.figures,
    {
      access: 'performance_figures.report',
      tags: ['performance'],
      description:
        "The own organisation's figures for a performance-based grant it registered interest in: the model's figures (label, unit, measurement point, range, required), the saved values with who saved them and when, the last day to report and whether they may still be saved. 404 for a grant that is not performance-based or that the organisation did not register for.",
    },
    async (request) => presentFiguresView(await getOwnFigures(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    ownPerformanceRoutes.saveFigures,
    {
      access: 'performance_figures.report',
      tags: ['performance'],
      description:
        "Saves the own organisation's figures, checked as an upload's cells are: 422 with every issue by field (`values.<figure>`: not a number, not a whole number, out of range, missing, no such figure), nothing stored. 409 for a stale `version`, after the last day to report figures (inclusive, Europe/Stockholm) or once a calculation is published.",
    },
    async (request) =>
      presentFiguresView(await saveOwnFigures(request.ctx, request.params.id, request.body)),
  );
}
