// Requisitions as sources of decisions (issue 4): a decision per signed first-round requisition
// (its amount, from the signed version), and a decision per confirmed second-round amount above 0.
// Drafts, withdrawn and declining requisitions give none; the second round gives none before it is
// confirmed (it has no rows until then). The money is paid by bank transfer to the recipient's
// account, and it comes with the grant's conditions: use, usage period, reporting and repayment.
import { grantSubject } from '../../domain/decisions/grant-subject';
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import { todayInStockholm } from '../../domain/dates';
import { formatKronor } from '../../domain/money';
import type { DecidableAmount, DecisionSource } from './decision-sources';
import { readDecidableAmounts } from './list-decidable-amounts';

/** The grant's conditions in Swedish: purpose, usage areas and period, reporting, repayment. */
export function requisitionConditions(grant: GrantRecord): string {
  const parts: string[] = [];
  if (grant.purpose) parts.push(`Medlen får användas för bidragets syfte: ${grant.purpose}`);
  if (grant.usageAreas.length > 0)
    parts.push(`Medlen får användas inom: ${grant.usageAreas.join('; ')}.`);
  if (grant.usageStartOn && grant.usageEndOn)
    parts.push(`Medlen ska användas under perioden ${grant.usageStartOn}–${grant.usageEndOn}.`);
  if (grant.reportingDeadlineOn)
    parts.push(
      `Mottagaren ska redovisa hur medlen har använts senast den ${grant.reportingDeadlineOn}.`,
    );
  if (grant.repaymentRequired)
    parts.push(
      `Medel som inte har använts för ändamålet eller inte har redovisats ska betalas tillbaka${grant.repaymentDeadlineOn ? ` senast den ${grant.repaymentDeadlineOn}` : ''}.`,
    );
  return parts.join('\n');
}

/** "Statsbidrag för … lämnas med stöd av …", the grant named once (grantSubject). */
export function requisitionDecisionBasis(grant: Pick<GrantRecord, 'name' | 'legalBasis'>): string {
  return `${grantSubject(grant.name, 'start')} lämnas med stöd av ${grant.legalBasis}.`;
}

const basis = requisitionDecisionBasis;

export const requisitionDecisionSource: DecisionSource = {
  kind: 'requisition',
  payoutChannel: 'bank_transfer',
  appliesTo: (grant) => grant.distributionMethod === 'allocation_key',
  async list(executor: Executor, grant: GrantRecord): Promise<DecidableAmount[]> {
    const conditions = requisitionConditions(grant);
    return (await readDecidableAmounts(executor, grant.id)).flatMap((item) =>
      item.firstRound
        ? [
            {
              recipientCode: item.recipientCode,
              amountKr: item.firstRound.amountKr,
              sourceType: 'requisition_version',
              sourceId: item.firstRound.requisitionVersionId,
              reasons: `${basis(grant)} ${item.recipientName} har rekvirerat ${formatKronor(item.firstRound.amountKr, 'sv')}, vilket ryms inom mottagarens belopp enligt den fastställda fördelningen. Rekvisitionen undertecknades den ${todayInStockholm(item.firstRound.signedAt)}. Myndigheten beviljar därför det rekvirerade beloppet.`,
              conditions,
            },
          ]
        : [],
    );
  },
};

export const secondRoundDecisionSource: DecisionSource = {
  kind: 'second_round',
  payoutChannel: 'bank_transfer',
  appliesTo: (grant) => grant.distributionMethod === 'allocation_key',
  async list(executor: Executor, grant: GrantRecord): Promise<DecidableAmount[]> {
    const conditions = requisitionConditions(grant);
    return (await readDecidableAmounts(executor, grant.id)).flatMap((item) =>
      item.secondRound
        ? [
            {
              recipientCode: item.recipientCode,
              amountKr: item.secondRound.amountKr,
              sourceType: 'second_round_row',
              sourceId: item.secondRound.secondRoundRowId,
              reasons: `${basis(grant)} Medel som inte rekvirerades i den första omgången har fördelats i en andra omgång mellan de mottagare som begärde mer, i proportion till fördelningsnyckeln och högst upp till det begärda beloppet. ${item.recipientName} får ${formatKronor(item.secondRound.amountKr, 'sv')} i den andra omgången, som fastställdes den ${todayInStockholm(item.secondRound.confirmedAt)}.`,
              conditions,
            },
          ]
        : [],
    );
  },
};
