import { appealTextOf } from '../../db/agency-settings';
import {
  listDecisionPreparers,
  listDecisionsForGrant,
  type DecisionWithRecipient,
} from '../../db/decisions';
import { isFirstPerson } from '../../domain/access/policy';
import { listDecisionsForPayout } from '../../db/payouts';
import { paidInChain } from '../../domain/decisions/payout-batch';
import type { ServiceContext } from '../common/context';
import { sourceKindsFor } from './decision-sources';
import { draftLimits } from './draft-decisions';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';

export interface GrantDecisions {
  decisions: DecisionWithRecipient[];
  appealText: string;
  /** The kinds of decisions a source can prepare for this grant. */
  sourceKinds: string[];
  /** The most each draft may decide (null: a correction, no limit); none when its source is gone. */
  draftLimits: Map<string, bigint | null>;
  /** What each issued decision and those it corrects have put in payout batches. */
  paidInChain: Map<string, bigint>;
  /** The drafts the asking person prepared or changed, whom the four-eyes rule keeps from issuing. */
  preparedByYou: string[];
}

/**
 * A grant's decisions (drafts and issued) with their payouts, its appeal text, how far each draft
 * may be changed and what a correction of each issued decision is weighed against. Agency only.
 */
export async function listGrantDecisions(
  ctx: ServiceContext,
  grantId: string,
): Promise<GrantDecisions> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  const decisions = await listDecisionsForGrant(ctx.db, grant.id);
  const drafts = decisions.filter((d) => d.status === 'draft');
  const preparers = await listDecisionPreparers(ctx.db, drafts);
  return {
    decisions,
    appealText: await appealTextOf(ctx.db, grant.id),
    sourceKinds: sourceKindsFor(grant),
    draftLimits: await draftLimits(ctx.db, grant, drafts),
    paidInChain: paidInChain(await listDecisionsForPayout(ctx.db, grant.id)),
    preparedByYou: drafts
      .filter((d) => isFirstPerson(ctx.actor, preparers.get(d.id) ?? []))
      .map((d) => d.id),
  };
}
