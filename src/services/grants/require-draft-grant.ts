import type { GrantRecord } from '../../db/grants';
import { DomainError } from '../../domain/errors';

/** Allocations are made and published only while the grant is a draft: afterwards its key is final. */
export function requireDraftGrant(grant: GrantRecord): GrantRecord {
  if (grant.status !== 'draft') throw new DomainError('grant.not_draft', { status: grant.status });
  return grant;
}
