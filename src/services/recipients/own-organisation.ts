import type { Executor } from '../../db/client';
import { findRecipientsByCodes } from '../../db/recipients';
import type { ServiceContext } from '../common/context';
import type { SessionUser } from '../../domain/access/policy';

/**
 * The recipient codes of a user's organisation: its own, and for Region Gotland also the other
 * code it acts under (0980 and 09 are one organisation). [] for agency staff.
 */
export async function organisationCodes(executor: Executor, user: SessionUser): Promise<string[]> {
  const code = user.recipientCode;
  if (code === null) return [];
  const [recipient] = await findRecipientsByCodes(executor, [code]);
  return recipient?.sameOrganisationAs ? [code, recipient.sameOrganisationAs] : [code];
}

/** The signed-in user's organisation codes ([] when signed out or agency staff). */
export async function ownOrganisationCodes(ctx: ServiceContext): Promise<string[]> {
  return ctx.user ? organisationCodes(ctx.db, ctx.user) : [];
}
