// The reported figures as they are now, as a CSV the figures upload reads back: `recipient_code`,
// `name` (ignored by the upload) and one column per figure of the model, one row per recipient with
// figures. The file to start from before an upload, which replaces every row, also those entered
// in a form (docs/performance-model.md). Written by the safe CSV writer.
import { listReportedFigures } from '../../db/performance';
import { findRecipientsByCodes } from '../../db/recipients';
import { figureValueText } from '../../domain/performance/figure-values';
import { parseRational } from '../../domain/rational';
import { writeCsv } from '../../files/write-csv';
import type { ServiceContext } from '../common/context';
import type { ExportedFile } from '../allocation/export-allocation';
import { loadGrant } from '../grants/load-grant';
import { loadSetup, requireModel, requirePerformanceGrant } from './load-performance-inputs';
import { authorize } from '../../domain/access/policy';

function cellText(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  const parsed = parseRational(text);
  return parsed.ok ? figureValueText(parsed.value) : text;
}

export async function exportPerformanceFigures(
  ctx: ServiceContext,
  grantId: string,
): Promise<ExportedFile> {
  authorize(ctx.user, 'agency.read');
  const grant = requirePerformanceGrant(await loadGrant(ctx.db, grantId));
  const model = requireModel(await loadSetup(ctx.db, grant.id));
  const rows = await listReportedFigures(ctx.db, grant.id);
  const names = new Map(
    (
      await findRecipientsByCodes(
        ctx.db,
        rows.map((row) => row.recipientCode),
      )
    ).map((r) => [r.code, r.name]),
  );
  const figures = model.figures.map((figure) => figure.name);
  const body = writeCsv(
    [
      { header: 'recipient_code', kind: 'text' },
      { header: 'name', kind: 'text' },
      ...figures.map((header) => ({ header, kind: 'number' as const })),
    ],
    rows.map((row) => {
      const values = row.values;
      return [
        row.recipientCode,
        names.get(row.recipientCode) ?? '',
        ...figures.map((name) => cellText(values[name])),
      ];
    }),
    { bom: true, lineEnding: '\r\n' },
  );
  return {
    filename: `prestationsuppgifter-${grant.grantYear}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body,
  };
}
