import { findRecipientsByCodes } from '../db/recipients';
import type { ServiceContext } from './context';

/**
 * The recipient codes of the signed-in user's organisation: its own, and for Region Gotland also
 * the other code it acts under (0980 and 09 are one organisation). [] for agency staff.
 */
export async function ownOrganisationCodes(ctx: ServiceContext): Promise<string[]> {
  const code = ctx.user?.recipientCode ?? null;
  if (code === null) return [];
  const [recipient] = await findRecipientsByCodes(ctx.db, [code]);
  return recipient?.sameOrganisationAs ? [code, recipient.sameOrganisationAs] : [code];
}
