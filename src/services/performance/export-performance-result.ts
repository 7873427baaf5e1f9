import { appealTextOf } from '../../db/agency-settings';
import { todayInStockholm } from '../../domain/dates';
import { formatKronor } from '../../domain/money';
import { performanceAnnex } from '../../domain/performance/annex';
import { evaluateConditions } from '../../domain/performance/evaluate-conditions';
import { calculatePerformanceGrant } from '../../domain/performance/calculate';
import {
  performanceAnnexCsv,
  performanceAnnexPdf,
  performanceAnnexSwedishExcelCsv,
  performanceAnnexXlsx,
  type AnnexLanguage,
  performanceDecisionPdf,
} from '../../files/performance-annex-export';
import type { ServiceContext } from '../common/context';
import type { ExportedFile } from '../allocation/export-allocation';
import { getPerformanceResult } from './get-performance-result';
import { loadGrant } from '../grants/load-grant';
import { keyFromJson } from './load-performance-inputs';
import { performanceDecisionSections } from './performance-decision-text';
import { referenceRecipientNames } from '../recipients/recipient-register';
import { recomputePerformanceResult } from './recompute-performance-result';
import { authorize } from '../../domain/access/policy';

export type PerformanceExportFormat = 'csv' | 'xlsx' | 'pdf' | 'decision.pdf';

export interface AnnexExportOptions {
  /** `excel-sv`: the annex CSV for Swedish Excel; otherwise the plain one. */
  dialect?: 'excel-sv' | undefined;
  /** The language of the spreadsheet headers (XLSX and the Swedish Excel CSV). */
  language: AnnexLanguage;
}

const CONTENT_TYPES: Record<PerformanceExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  'decision.pdf': 'application/pdf',
};

/**
 * The result's annex (recipient, raw figures, shares in whole per cent, change in percentage
 * points, amount) as CSV, XLSX or PDF, or the collective decision with the annex (PDF, Swedish).
 * Made from the result recomputed from its stored inputs and checked against its checksum.
 */
export async function exportPerformanceResult(
  ctx: ServiceContext,
  resultId: string,
  format: PerformanceExportFormat,
  options: AnnexExportOptions = { language: 'sv' },
): Promise<ExportedFile> {
  authorize(ctx.user, 'agency.read');
  const record = await getPerformanceResult(ctx, resultId);
  const grant = await loadGrant(ctx.db, record.grantId);
  const { model, figures, calculation } = await recomputePerformanceResult(record);
  const names = await referenceRecipientNames();
  const result = calculatePerformanceGrant(model, keyFromJson(record.key), figures);
  const annex = performanceAnnex(model, result, evaluateConditions(model, figures), figures, names);
  const base = `${format === 'decision.pdf' ? 'beslut' : 'bilaga'}-${grant.grantYear}-${record.id.slice(0, 8)}`;
  const swedishExcel = format === 'csv' && options.dialect === 'excel-sv';
  const filename = `${base}${swedishExcel ? '-excel' : ''}.${format === 'decision.pdf' ? 'pdf' : format}`;
  const facts = [
    formatKronor(record.totalKr, 'sv'),
    `${annex.rows.length} mottagare`,
    record.status === 'published' ? `kontrollsumma (sha256) ${record.checksum}` : 'utkast',
  ].join(' · ');
  const body =
    format === 'csv'
      ? swedishExcel
        ? performanceAnnexSwedishExcelCsv(annex, options.language)
        : performanceAnnexCsv(annex)
      : format === 'xlsx'
        ? await performanceAnnexXlsx(
            annex,
            options.language === 'sv' ? 'Bilaga' : 'Annex',
            options.language,
          )
        : format === 'pdf'
          ? await performanceAnnexPdf(annex, { title: `Bilaga – ${grant.name}`, subtitle: facts })
          : await performanceDecisionPdf(annex, {
              title: `Beslut – ${grant.name}`,
              subtitle: facts,
              sections: performanceDecisionSections(
                grant,
                calculation.json,
                todayInStockholm(record.publishedAt ?? ctx.now()),
                await appealTextOf(ctx.db, grant.id),
              ),
              annexTitle: 'Bilaga: fördelning per mottagare',
            });
  return { filename, contentType: CONTENT_TYPES[format], body };
}
