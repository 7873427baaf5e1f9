import { appendAuditEvent } from '../../db/audit';
import {
  lockDecisions,
  listDecisionPreparers,
  lockDraftDecisions,
  markDecisionIssued,
  takeReferenceNumber,
  type DecisionRecord,
} from '../../db/decisions';
import { loadAgencySettings } from '../../db/agency-settings';
import { formatReferenceNumber } from '../../domain/decisions/agency';
import { todayInStockholm } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize, authorizeSecondPerson } from '../../domain/access/policy';
import { decisionSnapshot } from '../../db/audit-snapshots/decisions';

/**
 * Issues draft decisions of a grant, the named ones or (`decisionIds` null) every draft, in one
 * transaction: each gets the next reference number of the agency's series for the year of the
 * decision day (Europe/Stockholm), that day, and the signed-in decision maker; then it is frozen
 * (a trigger refuses any later change). Audited per decision. Nothing is issued when any named
 * decision is not a draft of the grant, and nothing when the decision maker prepared or changed any
 * of them (four eyes, policy.ts SECOND_PERSON): another decision maker issues those. Nothing is
 * issued when any is a clawback and the agency has no bankgiro for repayments (409
 * `agency.bankgiro_missing`).
 */
export async function issueDecisions(
  ctx: ServiceContext,
  input: { grantId: string; decisionIds: readonly string[] | null },
): Promise<DecisionRecord[]> {
  authorize(ctx.user, 'decision.issue', { grantId: input.grantId });
  const user = ctx.user;
  const now = ctx.now();
  const decidedOn = todayInStockholm(now);
  const year = Number(decidedOn.slice(0, 4));
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrantForUpdate(tx, input.grantId);
    const ids = input.decisionIds === null ? null : [...new Set(input.decisionIds)];
    const drafts = await lockDraftDecisions(tx, grant.id, ids);
    if (ids !== null && drafts.length !== ids.length) {
      const found = new Set(drafts.map((d) => d.id));
      const missing = ids.find((id) => !found.has(id)) ?? '';
      const [issued] = await lockDecisions(tx, [missing]);
      if (issued?.status === 'issued' && issued.grantId === grant.id)
        throw new DomainError('decision.already_issued', {
          decisionId: issued.id,
          referenceNumber: issued.referenceNumber ?? '',
        });
      throw new DomainError('decision.not_a_draft_of_grant', { decisionId: missing });
    }
    if (drafts.length === 0) throw new DomainError('decision.no_drafts', { grantId: grant.id });
    const preparers = await listDecisionPreparers(tx, drafts);
    for (const draft of drafts)
      authorizeSecondPerson(
        ctx.user,
        ctx.actor,
        'decision.issue',
        { grantId: grant.id },
        preparers.get(draft.id) ?? [draft.preparedBy],
      );
    // The series as set now: a changed series applies to the numbers taken from now on.
    const { referenceSeries, repaymentBankgiro } = await loadAgencySettings(tx);
    // An issued clawback demands money back, and its letter must say where to pay: without the
    // agency's bankgiro it is not issued (as a repayment demand's letter is not sent), and nothing
    // else of the same act is either, so the act is all or nothing.
    if (!repaymentBankgiro && drafts.some((draft) => draft.kind === 'clawback'))
      throw new DomainError('agency.bankgiro_missing', {});
    const issued: DecisionRecord[] = [];
    for (const draft of drafts) {
      const number = await takeReferenceNumber(tx, referenceSeries, year);
      const after = await markDecisionIssued(tx, draft.id, {
        referenceNumber: formatReferenceNumber(referenceSeries, year, number),
        decidedOn,
        decisionMakerId: user.id,
        decisionMakerName: user.name,
        issuedAt: now,
      });
      await appendAuditEvent(tx, {
        occurredAt: now,
        actor: ctx.actor,
        entityType: 'decision',
        entityId: draft.id,
        grantId: grant.id,
        action: 'decision.issued',
        before: decisionSnapshot(draft),
        after: decisionSnapshot(after),
      });
      issued.push(after);
    }
    return issued;
  });
}
