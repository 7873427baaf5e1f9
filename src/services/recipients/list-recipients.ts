import {
  searchRecipients,
  type RecipientSearch,
  type RecipientWithCounty,
} from '../../db/recipients';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';

/** Recipients whose name contains `q` (any case) or whose code starts with it, of one type or all. */
export async function listRecipients(
  ctx: ServiceContext,
  search: RecipientSearch,
): Promise<RecipientWithCounty[]> {
  authorize(ctx.user, 'recipient.read');
  return searchRecipients(ctx.db, search);
}
