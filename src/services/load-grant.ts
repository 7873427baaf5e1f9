import type { Executor } from '../db/client';
import { findGrant, findGrantForUpdate, type GrantRecord } from '../db/grants';
import { DomainError } from '../domain/errors';

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
