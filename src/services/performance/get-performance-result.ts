import { findPerformanceResult, type PerformanceResultRecord } from '../../db/performance';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';

export async function getPerformanceResult(
  ctx: ServiceContext,
  resultId: string,
): Promise<PerformanceResultRecord> {
  authorize(ctx.user, 'agency.read');
  const record = await findPerformanceResult(ctx.db, resultId);
  if (!record) throw new DomainError('performance.result_not_found', { resultId });
  return record;
}
