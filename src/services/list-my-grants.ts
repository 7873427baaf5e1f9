import { listGrantsForRecipient, type GrantRecord } from '../db/grants';
import type { ServiceContext } from './context';
import { ownOrganisationCodes } from './own-organisation';
import { authorize } from './policy';

export interface MyGrant {
  grant: GrantRecord;
  recipientCode: string;
  amountKr: bigint;
}

/**
 * The published grants the user's own organisation receives money from, with its amount. Region
 * Gotland is one organisation under two codes (0980 and 09), so both are looked up.
 */
export async function listMyGrants(ctx: ServiceContext): Promise<MyGrant[]> {
  authorize(ctx.user, 'own_organisation.read');
  const codes = await ownOrganisationCodes(ctx);
  if (codes.length === 0) return [];
  return listGrantsForRecipient(ctx.db, codes);
}
