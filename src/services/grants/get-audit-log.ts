import { listAuditEventsForGrant, type AuditEventRecord } from '../../db/audit';
import type { ServiceContext } from '../common/context';
import { loadGrant } from './load-grant';
import { authorize } from '../../domain/access/policy';

/** The grant's history: its own changes and those of its allocations, oldest first. */
export async function getAuditLog(
  ctx: ServiceContext,
  grantId: string,
): Promise<AuditEventRecord[]> {
  authorize(ctx.user, 'agency.read');
  await loadGrant(ctx.db, grantId);
  return listAuditEventsForGrant(ctx.db, grantId);
}
