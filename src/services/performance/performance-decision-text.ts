import type { GrantRecord } from '../../db/grants';
import { formatKronor } from '../../domain/money';
import type { PerformanceCalculationJson } from './run-performance-calculation';

/**
 * The collective decision's text, in Swedish. Förvaltningslagen (2017:900) 32 §: a decision that
 * can be expected to affect someone shall contain a clarifying statement of reasons; 33 §: the
 * party shall be told the decision's content and how to appeal it. 40–45 §§: the decision may be
 * appealed to a general administrative court (förvaltningsrätt); the appeal is made in writing, is
 * handed in to the authority that made the decision, and must arrive within three weeks of the day
 * the appellant was told of the decision; the authority checks that it arrived in time (45 §).
 */
export function performanceDecisionSections(
  grant: GrantRecord,
  result: PerformanceCalculationJson,
  decidedOn: string,
  appealText: string,
): { heading?: string; text: string }[] {
  const counts = result.counts;
  // The conditions in the grant's words; the expressions are for the expert and the CLI, not for
  // the municipalities that read the decision.
  const conditionText = result.conditions.map((condition) => condition.label).join('\n');
  const poolText = result.pools
    .map(
      (pool) =>
        `${pool.label}: ${pool.fraction} av beloppet, ${formatKronor(pool.amountKr, 'sv')} fördelat på ${pool.qualifierCount} mottagare.`,
    )
    .join('\n');
  return [
    {
      heading: 'Beslut',
      text: `Myndigheten beslutar att fördela ${formatKronor(result.totalKr, 'sv')} av statsbidraget ${grant.name} till de mottagare och med de belopp som anges i bilagan. Beslutet den ${decidedOn} är ett kollektivt beslut för alla mottagare i bilagan.`,
    },
    {
      heading: 'Skälen för beslutet',
      text: `Statsbidraget lämnas med stöd av ${grant.legalBasis}. Mottagare som anmält intresse och rapporterat in uppgifter har fått del av medlen om de uppfyllt minst ett av villkoren:\n${conditionText}\n\nMedlen har delats i potter:\n${poolText}\n\nVarje pott har fördelats mellan de mottagare som uppfyllt pottens villkor i proportion till fördelningsnyckeln. Medel som mottagare som inte anmält intresse, inte rapporterat eller inte uppfyllt något villkor skulle ha fått enligt nyckeln har fördelats om till de mottagare som uppfyllt villkoren. ${counts.registered} mottagare anmälde intresse, ${counts.reported} rapporterade uppgifter och ${counts.qualified} uppfyllde minst ett villkor. Beloppen är avrundade till hela kronor så att summan är exakt bidragets belopp. Bilagan visar för varje mottagare de inrapporterade uppgifterna, de beräknade andelarna och beloppet.`,
    },
    {
      heading: 'Hur man överklagar',
      text: appealText,
    },
    {
      heading: 'Utbetalning',
      text: 'Medlen betalas ut som generellt statsbidrag enligt särskilt besked om utbetalning.',
    },
  ];
}
