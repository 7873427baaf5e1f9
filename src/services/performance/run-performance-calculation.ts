// Runs the pure engine on a grant's stored inputs and shapes the answer the API stores and shows.
// Kronor are JSON integers (ADR 0002), exact rationals canonical strings.
import {
  calculatePerformanceGrant,
  type RecipientResult,
} from '../../domain/performance/calculate';
import { countPerformance } from '../../domain/performance/counts';
import { evaluateConditions } from '../../domain/performance/evaluate-conditions';
import { explainRecipient } from '../../domain/performance/present';
import type { FigureRow, KeyEntry, PerformanceModel } from '../../domain/performance/types';
import { toCanonicalString, toDecimalString } from '../../domain/rational';
import { sha256Hex } from '../../files/checksum';
import { performanceResultCsv } from '../../files/performance-result-csv';
import { krToJson } from '../allocation/present';
import { figureRowToJson } from './load-performance-inputs';
import type { StoredPerformanceResult } from '../../db/schema';

/** not_registered: in the key, no expression of interest. The domain calls both not_reported. */
export type PerformanceRecipientStatus = RecipientResult['status'] | 'not_registered';

/** A calculation as the API shows it and performance_results.result stores it (db/schema). */
export type PerformanceCalculationJson = StoredPerformanceResult;
export type PerformanceRecipientJson = StoredPerformanceResult['recipients'][number];

export interface PerformanceCalculation {
  json: PerformanceCalculationJson;
  /** sha256 of the result CSV `statsbidrag performance` prints for the same model, key and figures. */
  checksum: string;
  resultCsv: string;
}

function notRegisteredExplanation(keyKr: bigint): string {
  return `Did not register an expression of interest: 0 kr; its key of ${keyKr} kr is reallocated to the qualifiers.`;
}

/**
 * Evaluates every condition for every reporter and allocates the grant. Throws DomainError
 * performance.no_qualifiers when nobody qualifies.
 */
function labelEnOf(labelled: { labelEn?: string } | undefined): { labelEn?: string } {
  return labelled?.labelEn === undefined ? {} : { labelEn: labelled.labelEn };
}

export function runPerformanceCalculation(
  model: PerformanceModel,
  key: readonly KeyEntry[],
  figures: readonly FigureRow[],
  registeredCodes: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
): PerformanceCalculation {
  const result = calculatePerformanceGrant(model, key, figures);
  const evaluations = new Map(
    evaluateConditions(model, figures).map((e) => [e.recipientCode, e.conditions]),
  );
  const figuresByCode = new Map(figures.map((row) => [row.recipientCode, row]));
  const resultCsv = performanceResultCsv(model, result, names);
  const json: PerformanceCalculationJson = {
    name: model.name,
    totalKr: krToJson(result.totalKr),
    moneyNotTaken: model.moneyNotTaken,
    figures: model.figures.map((f) => ({
      name: f.name,
      label: f.label,
      ...(f.labelEn === undefined ? {} : { labelEn: f.labelEn }),
      unit: f.unit,
      type: f.type,
    })),
    conditions: model.conditions.map((c) => ({
      id: c.id,
      label: c.label,
      ...(c.labelEn === undefined ? {} : { labelEn: c.labelEn }),
      ...(c.shortLabel === undefined ? {} : { shortLabel: c.shortLabel }),
      ...(c.shortLabelEn === undefined ? {} : { shortLabelEn: c.shortLabelEn }),
      expression: c.source,
    })),
    pools: result.pools.map((pool) => ({
      poolId: pool.poolId,
      label: pool.label,
      ...labelEnOf(model.pools.find((p) => p.id === pool.poolId)),
      fraction: toCanonicalString(pool.fraction),
      conditionIds: model.pools.find((p) => p.id === pool.poolId)?.conditionIds ?? [],
      exactKr: toCanonicalString(pool.exactKr),
      exactKrDecimal: toDecimalString(pool.exactKr, 4),
      amountKr: krToJson(pool.amountKr),
      roundedUp: pool.roundedUp,
      qualifierCount: pool.qualifierCount,
      qualifierKeyKr: krToJson(pool.qualifierKeyKr),
    })),
    recipients: result.recipients.map((recipient) => {
      const registered = registeredCodes.has(recipient.recipientCode);
      const row = figuresByCode.get(recipient.recipientCode);
      const status: PerformanceRecipientStatus =
        recipient.status === 'not_reported' && !registered ? 'not_registered' : recipient.status;
      return {
        recipientCode: recipient.recipientCode,
        recipientName: names.get(recipient.recipientCode) ?? '',
        keyKr: krToJson(recipient.keyKr),
        registered,
        status,
        amountKr: krToJson(recipient.amountKr),
        figures: row === undefined ? {} : figureRowToJson(row).values,
        conditions: evaluations.get(recipient.recipientCode) ?? [],
        pools: recipient.pools.map((part) => ({
          poolId: part.poolId,
          qualifies: part.qualifies,
          share: toCanonicalString(part.share),
          exactKr: toCanonicalString(part.exactKr),
          exactKrDecimal: toDecimalString(part.exactKr, 4),
          roundedDownKr: krToJson(part.roundedDownKr),
          roundedUp: part.roundedUp,
          amountKr: krToJson(part.amountKr),
        })),
        explanation:
          status === 'not_registered'
            ? notRegisteredExplanation(recipient.keyKr)
            : explainRecipient(model, result, recipient),
      };
    }),
    counts: countPerformance(model, result, registeredCodes.size),
  };
  return { json, checksum: sha256Hex(resultCsv), resultCsv };
}
