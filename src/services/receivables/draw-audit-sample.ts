// The case officer draws an audit sample of the grant's submitted reports (docs/audit-and-clawback.md):
// stratified by the amount received, reproducible from its stored seed. Audited.
import { randomInt } from 'node:crypto';
import { appendAuditEvent } from '../../db/audit';
import { insertAuditSample } from '../../db/audit-samples';
import { listReports } from '../../db/reporting';
import { drawAuditSample, MAX_SEED, type Stratum } from '../../domain/audit-sample/sampler';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadAuditSampleViews, type AuditSampleView } from './get-audit-samples';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { krToJson } from '../allocation/present';

export interface DrawAuditSampleInput {
  grantId: string;
  /** Omitted: a fresh random seed, stored with the sample. */
  seed?: number;
  strata: Stratum[];
}

export async function drawSample(
  ctx: ServiceContext,
  input: DrawAuditSampleInput,
): Promise<AuditSampleView> {
  authorize(ctx.user, 'audit.manage', { grantId: input.grantId });
  const now = ctx.now();
  const seed = input.seed ?? randomInt(0, MAX_SEED);
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrant(tx, input.grantId);
    const submitted = (await listReports(tx, grant.id)).filter(
      (r) => r.status === 'submitted' && r.receivedKr !== null,
    );
    if (submitted.length === 0)
      throw new DomainError('audit_sample.empty_population', { grantId: grant.id });
    const byCode = new Map(submitted.map((r) => [r.recipientCode, r]));
    const drawn = drawAuditSample(
      submitted.map((r) => ({ key: r.recipientCode, amountKr: r.receivedKr! })),
      input.strata,
      seed,
    );
    const strata = drawn.strata.map((s) => ({
      fromKr: s.fromKr.toString(),
      toKr: s.toKr?.toString() ?? null,
      populationSize: s.populationSize,
      size: s.size,
    }));
    const sample = await insertAuditSample(
      tx,
      {
        grantId: grant.id,
        seed,
        strata,
        population: submitted.map((r) => ({
          recipientCode: r.recipientCode,
          reportId: r.id,
          revision: r.revision,
          receivedKr: r.receivedKr!.toString(),
        })),
        populationSize: drawn.populationSize,
        createdAt: now,
        createdBy: ctx.actor,
      },
      drawn.strata.flatMap((stratum, stratumIndex) =>
        stratum.keys.map((key) => {
          const report = byCode.get(key)!;
          return {
            reportId: report.id,
            recipientCode: key,
            revision: report.revision,
            stratumIndex,
            drawOrder: drawn.keys.indexOf(key),
            receivedKr: report.receivedKr!,
          };
        }),
      ),
    );
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'audit_sample',
      entityId: sample.id,
      grantId: grant.id,
      action: 'audit_sample.drawn',
      after: {
        seed,
        strata: drawn.strata.map((s) => ({
          fromKr: krToJson(s.fromKr),
          toKr: s.toKr === null ? null : krToJson(s.toKr),
          populationSize: s.populationSize,
          size: s.size,
        })),
        populationSize: drawn.populationSize,
        sampled: drawn.keys,
      },
    });
    return (await loadAuditSampleViews(tx, grant.id)).find((v) => v.sample.id === sample.id)!;
  });
}
