import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import type { StoredModel } from '../../db/schema';
import { listInterestRegistrations, listReportedFigures } from '../../db/performance';
import { DomainError } from '../../domain/errors';
import type { FigureRow, KeyEntry, PerformanceModel } from '../../domain/performance/types';
import {
  figureRowsFromRecords,
  loadSetup,
  requireKey,
  requireModel,
} from './load-performance-inputs';
import { referenceRecipientNames } from '../recipients/recipient-register';
import {
  runPerformanceCalculation,
  type PerformanceCalculation,
} from './run-performance-calculation';

export interface StoredPerformanceRun {
  modelJson: StoredModel;
  model: PerformanceModel;
  key: KeyEntry[];
  figures: FigureRow[];
  registeredCodes: string[];
  calculation: PerformanceCalculation;
}

/**
 * Calculates a grant from what is stored now: its model, key, expressions of interest and
 * reported figures. Names are those of reference/, as `statsbidrag performance` prints them, so
 * the checksum is one anyone can reproduce with the CLI.
 */
export async function computeStoredPerformance(
  executor: Executor,
  grant: GrantRecord,
): Promise<StoredPerformanceRun> {
  const setup = await loadSetup(executor, grant.id);
  const model = requireModel(setup);
  const modelJson = setup?.model ?? null;
  if (modelJson === null) throw new DomainError('performance.model_missing', {});
  const key = requireKey(setup);
  const figures = figureRowsFromRecords(await listReportedFigures(executor, grant.id));
  if (figures.length === 0) throw new DomainError('performance.no_figures', {});
  const registeredCodes = (await listInterestRegistrations(executor, grant.id)).map(
    (r) => r.recipientCode,
  );
  const calculation = runPerformanceCalculation(
    model,
    key,
    figures,
    new Set(registeredCodes),
    await referenceRecipientNames(),
  );
  return { modelJson, model, key, figures, registeredCodes, calculation };
}
