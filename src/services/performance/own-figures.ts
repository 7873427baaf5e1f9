// A recipient reports its own organisation's figures for a performance-based grant it registered
// interest in (issue 6), in the portal: through the grant's last day to report figures (inclusive,
// Europe/Stockholm; without one, until a calculation is published). The organisation comes from
// the session; a grant that is not performance-based, has no model, or that the organisation did
// not register for is not found (404) for it.
import type { Executor } from '../../db/client';
import { findPerformanceSetup, listInterestRegistrations } from '../../db/performance';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import {
  buildFiguresView,
  figuresDeadlinePassed,
  resultPublished,
  saveFigureForm,
  type FiguresInput,
  type FiguresView,
} from './figure-form';
import { loadGrant, loadGrantForUpdate } from '../grants/load-grant';
import { organisationCodes } from '../recipients/own-organisation';
import { authorize } from '../../domain/access/policy';

async function ownRegistration(
  ctx: ServiceContext,
  executor: Executor,
  grantId: string,
  forUpdate: boolean,
) {
  authorize(ctx.user, 'performance_figures.report', {
    recipientCode: ctx.user?.recipientCode ?? null,
  });
  const notFound = () => new DomainError('grant.not_found', { grantId });
  const grant = await (forUpdate ? loadGrantForUpdate : loadGrant)(executor, grantId);
  const setup = await findPerformanceSetup(executor, grant.id);
  if (grant.distributionMethod !== 'performance' || !setup?.model) throw notFound();
  const codes = await organisationCodes(executor, ctx.user);
  const registration = (await listInterestRegistrations(executor, grant.id)).find((r) =>
    codes.includes(r.recipientCode),
  );
  if (!registration) throw notFound();
  const closedReason = (await resultPublished(executor, grant.id))
    ? ('result_published' as const)
    : figuresDeadlinePassed(setup, ctx.now())
      ? ('figures_deadline_passed' as const)
      : null;
  return { grant, setup, recipientCode: registration.recipientCode, closedReason };
}

/** The own organisation's figures: the model's figures, its values, who saved them, the deadline. */
export async function getOwnFigures(ctx: ServiceContext, grantId: string): Promise<FiguresView> {
  return buildFiguresView(ctx.db, await ownRegistration(ctx, ctx.db, grantId, false));
}

/**
 * Saves the own organisation's figures: every value checked as an upload's cell is (422 by field,
 * nothing stored); 409 once a calculation is published, after the last day, or for a stale version.
 */
export async function saveOwnFigures(
  ctx: ServiceContext,
  grantId: string,
  input: FiguresInput,
): Promise<FiguresView> {
  const found = await ctx.db.transaction(async (tx) => {
    const own = await ownRegistration(ctx, tx, grantId, true);
    if (own.closedReason === 'result_published')
      throw new DomainError('performance.result_published', { grantId });
    if (own.closedReason === 'figures_deadline_passed')
      throw new DomainError('performance.figures_deadline_passed', {
        figuresDeadlineOn: own.setup.figuresDeadlineOn ?? '',
      });
    await saveFigureForm(ctx, tx, { ...own, ...input, source: 'portal' });
    return own;
  });
  return buildFiguresView(ctx.db, found);
}
