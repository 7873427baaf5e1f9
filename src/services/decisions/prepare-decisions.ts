import { appealTextOf } from '../../db/agency-settings';
import { appendAuditEvent } from '../../db/audit';
import {
  existingSourceKeys,
  insertDecisions,
  sourceKey,
  type DecisionKind,
  type DecisionRecord,
} from '../../db/decisions';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { DECISION_SOURCES } from './decision-sources';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { decisionSnapshot } from '../../db/audit-snapshots/decisions';

/**
 * Prepares draft decisions for a grant from the source of the given kind: one per decidable amount
 * that has no decision yet (preparing again adds only what is new). Each draft carries the grant's
 * legal basis and appeal text, the source's reasons and conditions; audited per decision.
 */
export async function prepareDecisions(
  ctx: ServiceContext,
  input: { grantId: string; kind: DecisionKind },
): Promise<DecisionRecord[]> {
  authorize(ctx.user, 'decision.prepare', { grantId: input.grantId });
  const source = DECISION_SOURCES[input.kind];
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrantForUpdate(tx, input.grantId);
    if (!source || !source.appliesTo(grant))
      throw new DomainError('decision.source_not_available', { kind: input.kind });
    const amounts = await source.list(tx, grant);
    const existing = await existingSourceKeys(tx, grant.id);
    const appealText = await appealTextOf(tx, grant.id);
    const created = await insertDecisions(
      tx,
      amounts
        .filter((amount) => !existing.has(sourceKey({ ...amount, kind: source.kind })))
        .map((amount) => ({
          kind: source.kind,
          grantId: grant.id,
          recipientCode: amount.recipientCode,
          amountKr: amount.amountKr,
          payoutChannel: source.payoutChannel,
          legalBasis: grant.legalBasis,
          reasons: amount.reasons,
          conditions: amount.conditions,
          appealText,
          sourceType: amount.sourceType,
          sourceId: amount.sourceId,
          preparedBy: ctx.actor,
          createdAt: now,
          updatedAt: now,
        })),
    );
    for (const decision of created)
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: ctx.actor,
        entityType: 'decision',
        entityId: decision.id,
        grantId: grant.id,
        action: 'decision.prepared',
        after: decisionSnapshot(decision),
      });
    return created;
  });
}
