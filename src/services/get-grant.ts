import { listGrants as selectGrants, type GrantRecord } from '../db/grants';
import type { ServiceContext } from './context';
import { loadGrant } from './load-grant';

export async function getGrant(ctx: ServiceContext, id: string): Promise<GrantRecord> {
  return loadGrant(ctx.db, id);
}

/** Every grant, the latest grant year first. */
export async function listGrants(ctx: ServiceContext): Promise<GrantRecord[]> {
  return selectGrants(ctx.db);
}
