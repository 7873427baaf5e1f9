import { listGrants as selectGrants, type GrantRecord } from '../../db/grants';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';

/** Every grant, the latest grant year first. */
export async function listGrants(ctx: ServiceContext): Promise<GrantRecord[]> {
  authorize(ctx.user, 'agency.read');
  return selectGrants(ctx.db);
}
