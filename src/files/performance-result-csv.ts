// The result CSV of a performance-based grant. `statsbidrag performance` prints it and the stored
// result's checksum is the sha256 of it, so both must come from this one function: anyone can
// recompute the published result with the CLI and compare `sha256sum` of its output.
import type { PerformanceResult } from '../domain/performance/calculate';
import { performanceResultTable } from '../domain/performance/present';
import type { PerformanceModel } from '../domain/performance/types';
import { writeCsv } from './write-csv';

const TEXT_COLUMNS = new Set(['recipient_code', 'name', 'status']);

/**
 * The canonical result CSV (docs/performance-model.md, "Output"): UTF-8 without BOM, \n line
 * ends, recipient names protected against formula injection, amounts and verdicts as written.
 * @example performanceResultCsv(model, result, names)
 * // "recipient_code,name,amount_kr,condition_good_level,pool_good_level_kr,status\n0114,Upplands Väsby,…"
 */
export function performanceResultCsv(
  model: PerformanceModel,
  result: PerformanceResult,
  names: ReadonlyMap<string, string>,
): string {
  const table = performanceResultTable(model, result, names);
  return writeCsv(
    table.headers.map((header) => ({
      header,
      kind: TEXT_COLUMNS.has(header) ? 'text' : 'number',
    })),
    table.rows,
    { bom: false, lineEnding: '\n' },
  );
}
