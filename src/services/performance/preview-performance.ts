import type { ServiceContext } from '../common/context';
import { computeStoredPerformance } from './compute-stored-performance';
import { loadGrant } from '../grants/load-grant';
import { requirePerformanceGrant } from './load-performance-inputs';
import type { PerformanceCalculation } from './run-performance-calculation';
import { authorize } from '../../domain/access/policy';

/**
 * What a calculation would give now, without storing it: every recipient's conditions with their
 * inputs, computed values and verdicts, the pools and the amounts.
 */
export async function previewPerformance(
  ctx: ServiceContext,
  grantId: string,
): Promise<PerformanceCalculation> {
  authorize(ctx.user, 'agency.read');
  const grant = requirePerformanceGrant(await loadGrant(ctx.db, grantId));
  return (await computeStoredPerformance(ctx.db, grant)).calculation;
}
