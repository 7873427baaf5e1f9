import type { GrantRecord } from '../../db/grants';
import type { ServiceContext } from '../common/context';
import { loadVisibleGrant } from './load-grant';

export async function getGrant(ctx: ServiceContext, id: string): Promise<GrantRecord> {
  return loadVisibleGrant(ctx, id);
}
