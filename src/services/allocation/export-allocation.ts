import type { GrantRecord } from '../../db/grants';
import {
  allocationResultCsv,
  allocationResultPdf,
  allocationResultSwedishExcelCsv,
  allocationResultXlsx,
  type ExportLanguage,
} from '../../files/allocation-export';
import type { ServiceContext } from '../common/context';
import { loadVisibleAllocation } from './load-allocation';
import { loadGrant } from '../grants/load-grant';
import { referenceRecipientNames } from '../recipients/recipient-register';
import { recomputeVerified } from './recompute-allocation';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportOptions {
  /** `excel-sv`: the CSV for Swedish Excel; otherwise the plain CSV with canonical headers. */
  dialect?: 'excel-sv' | undefined;
  /** The language of the spreadsheet headers (XLSX and the Swedish Excel CSV). */
  language: ExportLanguage;
}

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: string | Uint8Array;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** fordelning-2018-3f2a1c9e: the grant year and the start of the allocation's id, ASCII only. */
function baseName(grant: GrantRecord, allocationId: string): string {
  return `fordelning-${grant.grantYear}-${allocationId.slice(0, 8)}`;
}

/**
 * The allocation as a file: the plain CSV (the result CSV with a BOM and CRLF, byte for byte as
 * always: scripts read it), the CSV for Swedish Excel, a real XLSX for people (headers in the
 * chosen language, numbers as numbers, Ja/Nej, a totals row) or a printable PDF. Each is made from the
 * allocation recomputed from its model and inputs and checked against the stored checksum.
 */
export async function exportAllocation(
  ctx: ServiceContext,
  id: string,
  format: ExportFormat,
  options: ExportOptions = { language: 'sv' },
): Promise<ExportedFile> {
  const allocation = await loadVisibleAllocation(ctx, id);
  const grant = await loadGrant(ctx.db, allocation.grantId);
  const result = await recomputeVerified(allocation);
  const names = await referenceRecipientNames();
  const swedishExcel = format === 'csv' && options.dialect === 'excel-sv';
  const filename = `${baseName(grant, allocation.id)}${swedishExcel ? '-excel' : ''}.${format}`;
  const body =
    format === 'csv'
      ? swedishExcel
        ? allocationResultSwedishExcelCsv(result, names, options.language)
        : allocationResultCsv(result, names, 'excel')
      : format === 'xlsx'
        ? await allocationResultXlsx(result, names, grant.name, options.language)
        : await allocationResultPdf(result, names, {
            grantTitle: grant.name,
            ...(allocation.status === 'published' && { checksum: allocation.checksum }),
          });
  return { filename, contentType: CONTENT_TYPES[format], body };
}
