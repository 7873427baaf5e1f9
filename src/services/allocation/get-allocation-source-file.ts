import type { ServiceContext } from '../common/context';
import type { ExportedFile } from './export-allocation';
import { renderInputsCsv, renderModelJson } from './inputs-csv';
import { loadVisibleAllocation } from './load-allocation';

/** model.json and inputs.csv: what `statsbidrag allocate --model … --data …` recomputes it from. */
export async function getAllocationSourceFile(
  ctx: ServiceContext,
  id: string,
  file: 'model.json' | 'inputs.csv',
): Promise<ExportedFile> {
  const allocation = await loadVisibleAllocation(ctx, id);
  return file === 'model.json'
    ? {
        filename: file,
        contentType: 'application/json; charset=utf-8',
        body: renderModelJson(allocation.model),
      }
    : {
        filename: file,
        contentType: 'text/csv; charset=utf-8',
        body: renderInputsCsv(allocation.inputs),
      };
}
