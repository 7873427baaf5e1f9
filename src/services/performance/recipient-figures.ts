// The agency enters or corrects one recipient's figures (issue 6): figures phoned in or sent by
// letter, or a correction after the recipient's last day. Allowed until a calculation is published;
// the recipient must have registered interest. Same checks and audit as the portal (figure-form.ts).
import type { Executor } from '../../db/client';
import { findPerformanceSetup, listInterestRegistrations } from '../../db/performance';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import {
  buildFiguresView,
  resultPublished,
  saveFigureForm,
  type FiguresInput,
  type FiguresView,
} from './figure-form';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrant, loadGrantForUpdate } from '../grants/load-grant';
import { requireModel, requirePerformanceGrant } from './load-performance-inputs';
import { authorize } from '../../domain/access/policy';

async function registeredRecipient(
  executor: Executor,
  grantId: string,
  recipientCode: string,
  forUpdate: boolean,
) {
  const grant = requirePerformanceGrant(
    await (forUpdate ? loadGrantForUpdate : loadGrant)(executor, grantId),
  );
  const setup = await findPerformanceSetup(executor, grant.id);
  requireModel(setup);
  const registered = (await listInterestRegistrations(executor, grant.id)).some(
    (r) => r.recipientCode === recipientCode,
  );
  if (!setup || !registered)
    throw new InvalidInputError([
      {
        path: 'recipientCode',
        code: 'performance.not_registered',
        params: { code: recipientCode },
      },
    ]);
  const closedReason = (await resultPublished(executor, grant.id))
    ? ('result_published' as const)
    : null;
  return { grant, setup, recipientCode, closedReason };
}

/** One registered recipient's figures as the agency's form shows them. */
export async function getRecipientFigures(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string },
): Promise<FiguresView> {
  authorize(ctx.user, 'agency.read');
  return buildFiguresView(
    ctx.db,
    await registeredRecipient(ctx.db, input.grantId, input.recipientCode, false),
  );
}

/** Saves one registered recipient's figures for it; 409 once a calculation is published. */
export async function saveRecipientFigures(
  ctx: ServiceContext,
  input: FiguresInput & { grantId: string; recipientCode: string },
): Promise<FiguresView> {
  authorize(ctx.user, 'grant.edit', { grantId: input.grantId });
  const found = await ctx.db.transaction(async (tx) => {
    const target = await registeredRecipient(tx, input.grantId, input.recipientCode, true);
    if (target.closedReason)
      throw new DomainError('performance.result_published', { grantId: input.grantId });
    await saveFigureForm(ctx, tx, {
      ...target,
      values: input.values,
      version: input.version,
      source: 'agency_form',
    });
    return target;
  });
  return buildFiguresView(ctx.db, found);
}
