import { appealTextOf } from '../db/agency-settings';
import { listDecisionsForGrant, type DecisionWithRecipient } from '../db/decisions';
import type { ServiceContext } from './context';
import { sourceKindsFor } from './decision-sources';
import { loadGrant } from './load-grant';
import { authorize } from './policy';

export interface GrantDecisions {
  decisions: DecisionWithRecipient[];
  appealText: string;
  /** The kinds of decisions a source can prepare for this grant. */
  sourceKinds: string[];
}

/** A grant's decisions (drafts and issued) with their payouts, and its appeal text. Agency only. */
export async function listGrantDecisions(
  ctx: ServiceContext,
  grantId: string,
): Promise<GrantDecisions> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  return {
    decisions: await listDecisionsForGrant(ctx.db, grant.id),
    appealText: await appealTextOf(ctx.db, grant.id),
    sourceKinds: sourceKindsFor(grant),
  };
}
