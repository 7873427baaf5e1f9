import {
  findSecondRound,
  listSecondRoundRows,
  type SecondRoundRecord,
  type SecondRoundRowRecord,
} from '../../db/requisitions';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import {
  computeGrantSecondRound,
  requireSecondRoundReady,
  type SecondRoundComputation,
} from './second-round-inputs';

export type SecondRoundView =
  | {
      status: 'confirmed';
      round: SecondRoundRecord;
      rows: (SecondRoundRowRecord & { recipientName: string })[];
    }
  | { status: 'preview'; computation: SecondRoundComputation };

/**
 * The grant's second round: the confirmed one, frozen, or else a preview computed now (not
 * stored) for the case officer to review, once it can run (after the deadline, no late
 * permission open).
 */
export async function getSecondRound(
  ctx: ServiceContext,
  grantId: string,
): Promise<SecondRoundView> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  const round = await findSecondRound(ctx.db, grant.id);
  if (round)
    return { status: 'confirmed', round, rows: await listSecondRoundRows(ctx.db, round.id) };
  await requireSecondRoundReady(ctx.db, grant, ctx.now());
  return { status: 'preview', computation: await computeGrantSecondRound(ctx.db, grant) };
}
