import type { Executor } from '../../db/client';
import {
  findPayoutBatch,
  listPayoutBatches,
  listPayoutLines,
  type PayoutBatchRecord,
  type PayoutLineWithNames,
} from '../../db/payouts';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';

/** The batch, locked when asked, or DomainError payout.batch_not_found. */
export async function loadPayoutBatch(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PayoutBatchRecord> {
  const batch = await findPayoutBatch(executor, id, options);
  if (!batch) throw new DomainError('payout.batch_not_found', { batchId: id });
  return batch;
}

/** A payout batch with its lines. Agency only. */
export async function getPayoutBatch(
  ctx: ServiceContext,
  id: string,
): Promise<{ batch: PayoutBatchRecord; lines: PayoutLineWithNames[] }> {
  authorize(ctx.user, 'agency.read');
  const batch = await loadPayoutBatch(ctx.db, id);
  return { batch, lines: await listPayoutLines(ctx.db, batch.id) };
}

/** A grant's payout batches, newest first. Agency only. */
export async function listGrantPayoutBatches(
  ctx: ServiceContext,
  grantId: string,
): Promise<PayoutBatchRecord[]> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  return listPayoutBatches(ctx.db, grant.id);
}
