// A published performance result as a source of decisions (issue 6: a decision per recipient).
// Every recipient that registered an expression of interest gets a decision: its amount with the
// conditions it met, or 0 kr with the reason it got nothing (it did not report, or met no
// condition), so that it too can appeal. Recipients that never registered did not apply and get
// none. The money is paid as general funds (generellt statsbidrag, through Skatteverket).
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import { listPerformanceResults } from '../../db/performance';
import { DomainError } from '../../domain/errors';
import { formatKronor } from '../../domain/money';
import { describeConditionText } from '../../domain/performance/describe-condition';
import type { DecidableAmount, DecisionSource } from './decision-sources';
import type {
  PerformanceCalculationJson,
  PerformanceRecipientJson,
} from '../performance/run-performance-calculation';

/**
 * Each condition tried on the municipality's own figures, in words: " Prövningen: God nivå:
 * 27,6 % (gräns: högst 17 %): inte uppfyllt; …." so the reasons show why, not only the verdict.
 */
function triedConditions(
  result: PerformanceCalculationJson,
  recipient: PerformanceRecipientJson,
): string {
  const tried = recipient.conditions.flatMap((evaluation) => {
    const description = describeConditionText(evaluation.expression, recipient.figures, 'sv');
    if (description === undefined) return [];
    const condition = result.conditions.find((c) => c.id === evaluation.conditionId);
    const label = condition?.shortLabel ?? condition?.label ?? evaluation.label;
    return [`${label}: ${description.text}`];
  });
  return tried.length === 0 ? '' : ` Prövningen: ${tried.join('; ')}.`;
}

function reasonsFor(
  grant: GrantRecord,
  result: PerformanceCalculationJson,
  recipient: PerformanceRecipientJson,
): string {
  const intro = `${recipient.recipientName} anmälde intresse för ${grant.name}.`;
  if (recipient.status === 'not_reported')
    return `${intro} Kommunen har inte rapporterat in de uppgifter som krävs för att pröva villkoren inom den tid som gällde. Därför får kommunen inte någon del av medlen.`;
  const met = recipient.conditions.filter((c) => c.met).map((c) => c.label);
  const notMet = recipient.conditions.filter((c) => !c.met).map((c) => c.label);
  const tried = triedConditions(result, recipient);
  if (recipient.status === 'no_condition_met' || met.length === 0)
    return `${intro} Enligt de inrapporterade uppgifterna uppfyller kommunen inte något av villkoren (${notMet.join('; ')}).${tried} Därför får kommunen inte någon del av medlen.`;
  const pools = recipient.pools
    .filter((pool) => pool.qualifies && pool.amountKr > 0)
    .map((pool) => {
      const label = result.pools.find((p) => p.poolId === pool.poolId)?.label ?? pool.poolId;
      return `${label}: ${formatKronor(BigInt(pool.amountKr), 'sv')}`;
    });
  return `${intro} Enligt de inrapporterade uppgifterna uppfyller kommunen villkoret: ${met.join('; ')}.${tried} Beloppet är kommunens andel enligt fördelningsnyckeln av de potter kommunen kvalificerat sig för (${pools.join('; ')}), avrundat till hela kronor.`;
}

const CONDITIONS =
  'Medlen är ett prestationsbaserat bidrag och betalas ut som generellt statsbidrag. Det finns inga villkor för hur medlen ska användas och ingen skyldighet att redovisa eller återbetala dem.';

export const performanceDecisionSource: DecisionSource = {
  kind: 'performance',
  payoutChannel: 'general_funds',
  appliesTo: (grant) => grant.distributionMethod === 'performance',
  async list(executor: Executor, grant: GrantRecord): Promise<DecidableAmount[]> {
    const published = (await listPerformanceResults(executor, grant.id)).find(
      (result) => result.status === 'published',
    );
    if (!published) throw new DomainError('decision.no_published_result', { grantId: grant.id });
    return published.result.recipients
      .filter((recipient) => recipient.registered)
      .map((recipient) => ({
        recipientCode: recipient.recipientCode,
        amountKr: BigInt(recipient.amountKr),
        sourceType: 'performance_result',
        sourceId: published.id,
        reasons: reasonsFor(grant, published.result, recipient),
        conditions: recipient.amountKr > 0 ? CONDITIONS : '',
      }));
  },
};
