// The grant's audit samples: seed, strata, population size and the drawn reports with findings.
import type { Executor } from '../../db/client';
import {
  listAuditSampleItems,
  listAuditSamples,
  type AuditSampleItemRecord,
  type AuditSampleRecord,
} from '../../db/audit-samples';
import { findRecipientsByCodes } from '../../db/recipients';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import type { StoredStratum } from '../../db/schema';

export type { StoredStratum };

export interface AuditSampleView {
  sample: AuditSampleRecord;
  strata: StoredStratum[];
  items: (AuditSampleItemRecord & { recipientName: string })[];
}

export async function loadAuditSampleViews(
  executor: Executor,
  grantId: string,
): Promise<AuditSampleView[]> {
  const samples = await listAuditSamples(executor, grantId);
  const items = await listAuditSampleItems(
    executor,
    samples.map((s) => s.id),
  );
  const names = new Map(
    (await findRecipientsByCodes(executor, [...new Set(items.map((i) => i.recipientCode))])).map(
      (r) => [r.code, r.name],
    ),
  );
  return samples.map((sample) => ({
    sample,
    strata: sample.strata,
    items: items
      .filter((i) => i.sampleId === sample.id)
      .map((i) => ({ ...i, recipientName: names.get(i.recipientCode) ?? i.recipientCode })),
  }));
}

export async function getAuditSamples(
  ctx: ServiceContext,
  grantId: string,
): Promise<AuditSampleView[]> {
  authorize(ctx.user, 'agency.read');
  await loadGrant(ctx.db, grantId);
  return loadAuditSampleViews(ctx.db, grantId);
}
