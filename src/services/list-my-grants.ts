import { listGrantsForRecipient, type GrantRecord } from '../db/grants';
import { findRecipientsByCodes } from '../db/recipients';
import type { ServiceContext } from './context';
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
  const code = ctx.user.recipientCode;
  if (code === null) return [];
  const [recipient] = await findRecipientsByCodes(ctx.db, [code]);
  const codes = recipient?.sameOrganisationAs ? [code, recipient.sameOrganisationAs] : [code];
  return listGrantsForRecipient(ctx.db, codes);
}
