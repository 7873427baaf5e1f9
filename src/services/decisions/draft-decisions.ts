// What changing and discarding a draft decision share: the draft locked with its grant, and the
// most its source allows (a draft can be lowered, never raised above what was requisitioned or
// calculated; 0 kr is a rejection).
import { appendAuditEvent } from '../../db/audit';
import type { Executor } from '../../db/client';
import { findDecision, lockDecisions, sourceKey, type DecisionRecord } from '../../db/decisions';
import type { GrantRecord } from '../../db/grants';
import { DomainError, isDomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { DECISION_SOURCES } from './decision-sources';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { decisionSnapshot } from '../../db/audit-snapshots/decisions';

/**
 * The draft and its grant, both locked for the rest of the transaction (the grant first, as
 * preparing does). 404 for no decision, 409 for an issued one (frozen) and for a clawback (its
 * amount is the audit finding's, changed there).
 */
export async function lockDraftForChange(
  ctx: ServiceContext,
  tx: Executor,
  decisionId: string,
): Promise<{ grant: GrantRecord; draft: DecisionRecord }> {
  authorize(ctx.user, 'decision.prepare');
  const found = await findDecision(tx, decisionId);
  if (!found) throw new DomainError('decision.not_found', { decisionId });
  authorize(ctx.user, 'decision.prepare', { grantId: found.grantId });
  const grant = await loadGrantForUpdate(tx, found.grantId);
  const [draft] = await lockDecisions(tx, [decisionId]);
  if (!draft) throw new DomainError('decision.not_found', { decisionId });
  if (draft.status !== 'draft')
    throw new DomainError('decision.already_issued', {
      decisionId,
      referenceNumber: draft.referenceNumber ?? '',
    });
  if (draft.kind === 'clawback' || !DECISION_SOURCES[draft.kind])
    throw new DomainError('decision.not_editable', { decisionId, kind: draft.kind });
  return { grant, draft };
}

/**
 * The most each draft may decide, by decision id: the amount its source lists for it now; null for
 * a correction (it may grant more or less than the decision it corrects, as preparing it may). A
 * draft whose source no longer lists it (a withdrawn requisition) has no entry.
 */
export async function draftLimits(
  executor: Executor,
  grant: GrantRecord,
  drafts: readonly DecisionRecord[],
): Promise<Map<string, bigint | null>> {
  const limits = new Map<string, bigint | null>();
  const kinds = new Set(drafts.filter((d) => d.supersedesDecisionId === null).map((d) => d.kind));
  const listed = new Map<string, bigint>();
  for (const kind of kinds) {
    const source = DECISION_SOURCES[kind];
    if (!source?.appliesTo(grant)) continue;
    try {
      for (const amount of await source.list(executor, grant))
        listed.set(sourceKey({ ...amount, kind }), amount.amountKr);
    } catch (error) {
      // A source that is not ready (no published result any more) lists nothing.
      if (!isDomainError(error)) throw error;
    }
  }
  for (const draft of drafts) {
    if (draft.supersedesDecisionId !== null) limits.set(draft.id, null);
    else {
      const limit = listed.get(sourceKey(draft));
      if (limit !== undefined) limits.set(draft.id, limit);
    }
  }
  return limits;
}

/** The audit event of a change to a draft: the draft before, after (null: discarded), a reason. */
export async function auditDraft(
  tx: Executor,
  ctx: ServiceContext,
  event: {
    occurredAt: Date;
    before: DecisionRecord;
    /** Null: the draft was discarded. */
    after: DecisionRecord | null;
    reason?: string;
  },
): Promise<void> {
  await appendAuditEvent(tx, {
    occurredAt: event.occurredAt,
    actor: ctx.actor,
    entityType: 'decision',
    entityId: event.before.id,
    grantId: event.before.grantId,
    before: decisionSnapshot(event.before),
    ...(event.after
      ? { action: 'decision.draft_changed', after: decisionSnapshot(event.after) }
      : { action: 'decision.draft_discarded', after: null }),
    reason: event.reason ?? null,
  });
}
