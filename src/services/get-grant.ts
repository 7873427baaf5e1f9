import type { GrantRecord } from '../db/grants';
import type { ServiceContext } from './context';
import { loadGrant } from './load-grant';

export async function getGrant(ctx: ServiceContext, id: string): Promise<GrantRecord> {
  return loadGrant(ctx.db, id);
}
