import type { Executor } from '../../db/client';
import { findPaidToRecipient } from '../../db/payouts';
import { findAllocatedAmount } from '../../db/reporting';

/**
 * What the recipient received of the grant, the "mottaget belopp" of its follow-up report; undefined
 * when the grant gives the recipient nothing.
 *
 * - A grant with decisions granting money in the system: the sum of the paid payout lines of the
 *   recipient's decisions on the grant (0 kr until a batch is marked paid); undefined when the
 *   recipient has no such decision on it.
 * - A grant with no decisions granting money at all (a historic grant loaded as data, whose money
 *   was paid before the system existed): the recipient's amount in the grant's published
 *   allocation. Clawback decisions do not count either way: a historic grant gets them after its
 *   follow-up, and they take money back.
 *
 * docs/reporting.md describes the rule.
 */
export async function amountReceivedKr(
  db: Executor,
  grantId: string,
  recipientCode: string,
): Promise<bigint | undefined> {
  const paid = await findPaidToRecipient(db, grantId, recipientCode);
  if (paid.grantDecisions === 0) return findAllocatedAmount(db, grantId, recipientCode);
  return paid.recipientDecisions > 0 ? paid.paidKr : undefined;
}
