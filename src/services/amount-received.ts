import type { Executor } from '../db/client';
import { findAllocatedAmount } from '../db/reporting';

/**
 * What the recipient received of the grant, the "mottaget belopp" of its follow-up report; undefined
 * when the grant gives the recipient nothing.
 *
 * For now this is the recipient's amount in the grant's published allocation (every recipient of the
 * demo grants requisitioned its whole amount). TODO(payouts): once payouts exist, this is the sum of
 * the recipient's payouts of the grant — the only place to change.
 */
export async function amountReceivedKr(
  db: Executor,
  grantId: string,
  recipientCode: string,
): Promise<bigint | undefined> {
  return findAllocatedAmount(db, grantId, recipientCode);
}
