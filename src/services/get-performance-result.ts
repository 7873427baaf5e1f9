import { findPerformanceResult, type PerformanceResultRecord } from '../db/performance';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';

export async function getPerformanceResult(
  ctx: ServiceContext,
  resultId: string,
): Promise<PerformanceResultRecord> {
  const record = await findPerformanceResult(ctx.db, resultId);
  if (!record) throw new DomainError('performance.result_not_found', { resultId });
  return record;
}
