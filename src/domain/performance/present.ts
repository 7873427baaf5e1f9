import { toCanonicalString, toDecimalString, type Rational } from '../rational';
import type { PerformanceResult, RecipientResult } from './calculate';
import type { RecipientEvaluation } from './evaluate-conditions';
import type { UnknownReason } from './expression/evaluate';
import type { PerformanceModel } from './types';

/** The column of a condition's verdict in the result table. */
export function conditionColumn(conditionId: string): string {
  return `condition_${conditionId}`;
}

/** The column of a pool's part in the result table, e.g. pool_good_level_kr. */
export function poolColumn(poolId: string): string {
  return `pool_${poolId}_kr`;
}

/**
 * The result table of `statsbidrag performance` (docs/performance-model.md, "Output"):
 * recipient_code, name, amount_kr, one true/false column per condition (empty when the recipient
 * did not report), one column per pool's part in kronor, and the status. One row per recipient of
 * the key, by code.
 */
export function performanceResultTable(
  model: PerformanceModel,
  result: PerformanceResult,
  names: ReadonlyMap<string, string>,
): { headers: string[]; rows: string[][] } {
  const headers = [
    'recipient_code',
    'name',
    'amount_kr',
    ...model.conditions.map((condition) => conditionColumn(condition.id)),
    ...model.pools.map((pool) => poolColumn(pool.id)),
    'status',
  ];
  const rows = result.recipients.map((recipient) => {
    const verdicts = new Map(recipient.conditions.map((v) => [v.conditionId, v.met]));
    return [
      recipient.recipientCode,
      names.get(recipient.recipientCode) ?? '',
      recipient.amountKr.toString(),
      ...model.conditions.map((condition) => {
        const met = verdicts.get(condition.id);
        return met === undefined ? '' : String(met);
      }),
      ...recipient.pools.map((part) => part.amountKr.toString()),
      recipient.status,
    ];
  });
  return { headers, rows };
}

function describeUnknown(reason: UnknownReason): string {
  return reason.code === 'missing_figure'
    ? `${reason.figure} was not reported`
    : `division by zero in ${reason.expression}`;
}

function exactAndDecimal(value: Rational): string {
  return value.den === 1n
    ? value.num.toString()
    : `${toCanonicalString(value)} ≈ ${toDecimalString(value, 6)}`;
}

/**
 * One sentence (English) saying how a recipient's amount came about: which conditions it met,
 * and for each pool its key, share, exact part and rounding. Swedish texts belong to the web UI.
 * @example "Met good_level. Pool good_level (666166667 kr): key 14962097 kr of 123456789 kr = …"
 */
export function explainRecipient(
  model: PerformanceModel,
  result: PerformanceResult,
  recipient: RecipientResult,
): string {
  if (recipient.status === 'not_reported')
    return `No figures reported (not registered or not reported): 0 kr; its key of ${recipient.keyKr} kr is reallocated to the qualifiers.`;
  const met = recipient.conditions.filter((verdict) => verdict.met).map((v) => v.conditionId);
  const unknown = recipient.conditions.flatMap((verdict) =>
    verdict.unknown === undefined
      ? []
      : [`${verdict.conditionId} could not be decided (${describeUnknown(verdict.unknown)})`],
  );
  const conditionText =
    (met.length > 0 ? `Met ${met.join(', ')}.` : 'Met no condition.') +
    (unknown.length > 0 ? ` ${unknown.join('; ')}: not met.` : '');
  if (recipient.status === 'no_condition_met')
    return `${conditionText} 0 kr; its key of ${recipient.keyKr} kr is reallocated to the qualifiers.`;
  const poolTexts = recipient.pools.flatMap((part, index) => {
    const pool = result.pools[index];
    if (!part.qualifies || pool === undefined) return [];
    const rounding = part.roundedUp
      ? `rounded down to ${part.roundedDownKr} kr, +1 kr for a largest remainder`
      : `rounded down to ${part.roundedDownKr} kr`;
    return [
      `Pool ${part.poolId} (${pool.amountKr} kr, ${pool.qualifierCount} qualifier${pool.qualifierCount === 1 ? '' : 's'}): key ${recipient.keyKr} kr of ${pool.qualifierKeyKr} kr = share ${exactAndDecimal(part.share)}; exact ${exactAndDecimal(part.exactKr)} kr, ${rounding} → ${part.amountKr} kr.`,
    ];
  });
  const sum = model.pools.length > 1 ? ` Sum of the pools: ${recipient.amountKr} kr.` : '';
  return `${conditionText} ${poolTexts.join(' ')}${sum}`;
}

function rationalJson(value: Rational): { exact: string; decimal: string } {
  return { exact: toCanonicalString(value), decimal: toDecimalString(value, 6) };
}

/**
 * Everything about a calculation as JSON (exact values as strings, kronor as digit strings): the
 * pools, and for every recipient its verdicts with the evaluation preview, its pool parts and
 * the explanation.
 */
export function performanceResultJson(
  model: PerformanceModel,
  result: PerformanceResult,
  evaluations: readonly RecipientEvaluation[],
  names: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const previews = new Map(evaluations.map((e) => [e.recipientCode, e.conditions]));
  return {
    name: model.name,
    totalKr: result.totalKr.toString(),
    moneyNotTaken: model.moneyNotTaken,
    pools: result.pools.map((pool) => ({
      poolId: pool.poolId,
      label: pool.label,
      fraction: toCanonicalString(pool.fraction),
      exactKr: rationalJson(pool.exactKr),
      amountKr: pool.amountKr.toString(),
      roundedUp: pool.roundedUp,
      qualifierCount: pool.qualifierCount,
      qualifierKeyKr: pool.qualifierKeyKr.toString(),
    })),
    recipients: result.recipients.map((recipient) => ({
      recipientCode: recipient.recipientCode,
      name: names.get(recipient.recipientCode) ?? '',
      keyKr: recipient.keyKr.toString(),
      status: recipient.status,
      amountKr: recipient.amountKr.toString(),
      explanation: explainRecipient(model, result, recipient),
      conditions: previews.get(recipient.recipientCode) ?? [],
      pools: recipient.pools.map((part) => ({
        poolId: part.poolId,
        qualifies: part.qualifies,
        share: rationalJson(part.share),
        exactKr: rationalJson(part.exactKr),
        roundedDownKr: part.roundedDownKr.toString(),
        roundedUp: part.roundedUp,
        amountKr: part.amountKr.toString(),
      })),
    })),
  };
}
