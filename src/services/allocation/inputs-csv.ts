import Papa from 'papaparse';
import { RECIPIENT_CODE_COLUMN, type AllocationInputsJson } from './allocation-inputs';

/**
 * The data file of an allocation, as /api/allocations/:id/inputs.csv serves it and
 * `statsbidrag allocate --data` reads it: UTF-8, comma separated, `recipient_code` first, cells
 * quoted when they hold a comma or a quote ("1 234,5"), LF line ends.
 */
export function renderInputsCsv(inputs: AllocationInputsJson): string {
  const header = [RECIPIENT_CODE_COLUMN, ...inputs.columns];
  const rows = inputs.rows.map((row) => [
    row[RECIPIENT_CODE_COLUMN],
    ...inputs.columns.map((c) => row.values[c] ?? ''),
  ]);
  return `${Papa.unparse([header, ...rows], { newline: '\n', quotes: false })}\n`;
}

/** model.json as served: the stored model, pretty printed with a final newline. */
export function renderModelJson(model: unknown): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
