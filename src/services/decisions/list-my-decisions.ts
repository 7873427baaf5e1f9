import { listIssuedDecisionsForRecipient, type DecisionWithRecipient } from '../../db/decisions';
import type { ServiceContext } from '../common/context';
import { ownOrganisationCodes } from '../recipients/own-organisation';
import { authorize } from '../../domain/access/policy';

/**
 * The issued decisions of the signed-in recipient's organisation, newest first, each with its
 * payout once it is paid (a batch not yet paid is the agency's business).
 */
export async function listMyDecisions(ctx: ServiceContext): Promise<DecisionWithRecipient[]> {
  authorize(ctx.user, 'own_organisation.read');
  const codes = await ownOrganisationCodes(ctx);
  if (codes.length === 0) return [];
  return (await listIssuedDecisionsForRecipient(ctx.db, codes)).map((decision) => ({
    ...decision,
    payout: decision.payout?.status === 'paid' ? decision.payout : null,
  }));
}
