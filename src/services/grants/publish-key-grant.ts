import type { GrantRecord } from '../../db/grants';
import { changeGrantStatus } from './change-grant-status';
import type { ServiceContext } from '../common/context';
import { createGrant } from './create-grant';
import type { GrantDraft } from './grant-draft';
import { importKeyAllocation } from '../allocation/import-key-allocation';
import { publishAllocation } from '../allocation/publish-allocation';

/**
 * A grant distributed by an imported key, taken through the case officer's steps: created,
 * its key imported and published, the grant published. For the demo data, tests and the bench.
 * A grant that exists already (`existing`) continues where it stopped.
 */
export async function publishKeyGrant(
  ctx: ServiceContext,
  draft: GrantDraft,
  key: { filename: string; bytes: Uint8Array },
  existing?: GrantRecord,
): Promise<GrantRecord> {
  const grant = existing ?? (await createGrant(ctx, draft));
  if (grant.status !== 'draft') return grant;
  if (!grant.publishedAllocationId) {
    const allocation = await importKeyAllocation(ctx, { grantId: grant.id, ...key });
    await publishAllocation(ctx, allocation.id);
  }
  return changeGrantStatus(ctx, {
    id: grant.id,
    status: 'published',
    reason: 'Demodata vid första start',
  });
}
