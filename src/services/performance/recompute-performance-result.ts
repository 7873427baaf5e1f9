import type { PerformanceResultRecord } from '../../db/performance';
import { figureRowFromJson, keyFromJson, parseStoredModel } from './load-performance-inputs';
import { referenceRecipientNames } from '../recipients/recipient-register';
import {
  runPerformanceCalculation,
  type PerformanceCalculation,
} from './run-performance-calculation';
import type { FigureRow, PerformanceModel } from '../../domain/performance/types';

export interface RecomputedPerformance {
  model: PerformanceModel;
  figures: FigureRow[];
  calculation: PerformanceCalculation;
}

/**
 * Recomputes a stored result from the model, key and figures stored with it, and checks that it
 * gives the stored checksum: anything else is a corrupted record. Publishing and every export go
 * through this, so what is published is what anyone can reproduce.
 */
export async function recomputePerformanceResult(
  record: PerformanceResultRecord,
): Promise<RecomputedPerformance> {
  const model = parseStoredModel(record.model);
  const figures = record.figures.map(figureRowFromJson);
  const stored = record.result;
  const registered = new Set(
    stored.recipients.filter((r) => r.registered).map((r) => r.recipientCode),
  );
  const calculation = runPerformanceCalculation(
    model,
    keyFromJson(record.key),
    figures,
    registered,
    await referenceRecipientNames(),
  );
  if (calculation.checksum !== record.checksum)
    throw new Error(
      `performance result ${record.id}: recomputed checksum ${calculation.checksum} ≠ stored ${record.checksum}`,
    );
  return { model, figures, calculation };
}
