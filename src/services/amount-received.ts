import type { Executor } from '../db/client';
import { findPaidToRecipient } from '../db/payouts';
import { findAllocatedAmount } from '../db/reporting';

/**
 * What the recipient received of the grant, the "mottaget belopp" of its follow-up report; undefined
 * when the grant gives the recipient nothing.
 *
 * - A grant with decisions in the system: the sum of the paid payout lines of the recipient's
 *   decisions on the grant (0 kr until a batch is marked paid); undefined when the recipient has no
 *   decision on it.
 * - A grant with no decisions at all (a historic grant loaded as data, whose money was paid before
 *   the system existed): the recipient's amount in the grant's published allocation.
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
