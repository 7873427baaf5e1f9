import { findRecipientsByCodes, type RecipientRecord } from '../../db/recipients';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize, type Action } from '../../domain/access/policy';

/**
 * The recipient `code` if the user may take `action` on it: agency staff on any, a recipient's
 * staff on their own organisation only. Another organisation, like one that does not exist, is
 * recipient.not_found (404), so its existence is not given away.
 */
export async function loadRecipientFor(
  ctx: ServiceContext,
  action: Action,
  code: string,
): Promise<RecipientRecord> {
  authorize(ctx.user, action);
  const [recipient] = await findRecipientsByCodes(ctx.db, [code]);
  const sameOrganisation =
    ctx.user.recipientCode === null ||
    ctx.user.recipientCode === code ||
    recipient?.sameOrganisationAs === ctx.user.recipientCode;
  if (!recipient || !sameOrganisation) throw new DomainError('recipient.not_found', { code });
  authorize(ctx.user, action, {
    recipientCode: ctx.user.recipientCode === null ? code : ctx.user.recipientCode,
  });
  return recipient;
}
