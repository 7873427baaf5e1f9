import { findDecision, type DecisionWithRecipient } from '../../db/decisions';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';

/** One decision with its recipient and payout, draft or issued. Agency staff only. */
export async function getDecision(
  ctx: ServiceContext,
  decisionId: string,
): Promise<DecisionWithRecipient> {
  authorize(ctx.user, 'agency.read');
  const decision = await findDecision(ctx.db, decisionId);
  if (!decision) throw new DomainError('decision.not_found', { decisionId });
  return decision;
}
