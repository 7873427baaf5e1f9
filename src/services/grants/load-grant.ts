import type { Executor } from '../../db/client';
import { findGrant, findGrantForUpdate, type GrantRecord } from '../../db/grants';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { authorize, can } from '../../domain/access/policy';

/** The grant, or DomainError grant.not_found. */
export async function loadGrant(executor: Executor, id: string): Promise<GrantRecord> {
  const grant = await findGrant(executor, id);
  if (!grant) throw new DomainError('grant.not_found', { grantId: id });
  return grant;
}

/** The grant, locked for the rest of the transaction, or DomainError grant.not_found. */
export async function loadGrantForUpdate(executor: Executor, id: string): Promise<GrantRecord> {
  const grant = await findGrantForUpdate(executor, id);
  if (!grant) throw new DomainError('grant.not_found', { grantId: id });
  return grant;
}

/**
 * The grant as far as the user may see it: every grant for agency staff, a grant past its draft
 * for everyone signed in (published terms are public); otherwise grant.not_found.
 */
export async function loadVisibleGrant(ctx: ServiceContext, id: string): Promise<GrantRecord> {
  authorize(ctx.user, 'published.read');
  const grant = await loadGrant(ctx.db, id);
  if (grant.status === 'draft' && !can(ctx.user, 'agency.read'))
    throw new DomainError('grant.not_found', { grantId: id });
  return grant;
}
