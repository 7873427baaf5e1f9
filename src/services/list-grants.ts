import { listGrants as selectGrants, type GrantRecord } from '../db/grants';
import type { ServiceContext } from './context';

/** Every grant, the latest grant year first. */
export async function listGrants(ctx: ServiceContext): Promise<GrantRecord[]> {
  return selectGrants(ctx.db);
}
