// The annex of a performance-based grant (seed 001's Bilaga 2) as CSV, XLSX and PDF, and the
// collective decision with the annex as a PDF. Text cells are protected against formula injection
// by the writers.
import { formatKronor } from '../domain/money';
import type { AnnexCell, AnnexTable } from '../domain/performance/annex';
import { writeCsv } from './write-csv';
import { writePdfTable, type PdfColumn } from './write-pdf';
import { writeXlsx } from './write-xlsx';

function cellText(cell: AnnexCell): string {
  return typeof cell === 'bigint' ? cell.toString() : cell;
}

/** CSV for Excel: UTF-8 with BOM, CRLF, a Summa row. */
export function performanceAnnexCsv(annex: AnnexTable): string {
  const totals = annex.columns.map((column, index) =>
    index === 1 ? 'Summa' : column.kind === 'kronor' ? annex.totalKr.toString() : '',
  );
  return writeCsv(
    annex.columns.map((column) => ({
      header: column.header,
      kind: column.kind === 'text' ? 'text' : 'number',
    })),
    [...annex.rows.map((row) => row.map(cellText)), totals],
    { bom: true, lineEnding: '\r\n' },
  );
}

/** One worksheet: figures, whole per cents and percentage points as integers, amounts in kronor. */
export function performanceAnnexXlsx(annex: AnnexTable, sheetTitle: string): Promise<Uint8Array> {
  const sheetName = sheetTitle.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Bilaga';
  return writeXlsx({
    name: sheetName,
    columns: annex.columns.map((column) => ({
      header: column.header,
      kind:
        column.kind === 'kronor'
          ? 'kronor'
          : column.kind === 'text' || column.kind === 'decimal'
            ? 'text'
            : 'integer',
    })),
    rows: annex.rows,
    totalsLabel: 'Summa',
  });
}

function pdfCell(cell: AnnexCell, kind: AnnexTable['columns'][number]['kind']): string {
  if (typeof cell !== 'bigint') return cell;
  if (kind === 'kronor') return formatKronor(cell, 'sv');
  // Intl sv-SE groups thousands with a no-break space and prints U+2212 for minus (DejaVu has both).
  return new Intl.NumberFormat('sv-SE').format(cell);
}

function pdfColumns(annex: AnnexTable): PdfColumn[] {
  return annex.columns.map((column) => ({
    header: column.header,
    weight:
      column.id === 'name'
        ? 14
        : column.id === 'recipient_code'
          ? 5
          : column.kind === 'kronor'
            ? 11
            : 8,
    align: column.kind === 'text' ? 'left' : 'right',
  }));
}

function pdfRows(annex: AnnexTable): string[][] {
  return annex.rows.map((row) =>
    row.map((cell, i) => pdfCell(cell, annex.columns[i]?.kind ?? 'text')),
  );
}

function pdfTotals(annex: AnnexTable): string[] {
  return annex.columns.map((column, index) =>
    index === 1 ? 'Summa' : column.kind === 'kronor' ? formatKronor(annex.totalKr, 'sv') : '',
  );
}

export interface AnnexPdfOptions {
  title: string;
  subtitle: string;
}

export function performanceAnnexPdf(
  annex: AnnexTable,
  options: AnnexPdfOptions,
): Promise<Uint8Array> {
  return writePdfTable({
    title: options.title,
    subtitle: options.subtitle,
    columns: pdfColumns(annex),
    rows: pdfRows(annex),
    totalsRow: pdfTotals(annex),
    pageLabel: (page, pages) => `Sida ${page} av ${pages}`,
  });
}

export interface DecisionPdfOptions {
  title: string;
  subtitle: string;
  /** Headings and paragraphs: the decision, its reasons and how to appeal. */
  sections: { heading?: string; text: string }[];
  annexTitle: string;
}

/** A collective decision ("kollektivt beslut") in Swedish, with the annex on the pages after it. */
export function performanceDecisionPdf(
  annex: AnnexTable,
  options: DecisionPdfOptions,
): Promise<Uint8Array> {
  return writePdfTable({
    title: options.title,
    subtitle: options.subtitle,
    preamble: options.sections,
    tableTitle: options.annexTitle,
    columns: pdfColumns(annex),
    rows: pdfRows(annex),
    totalsRow: pdfTotals(annex),
    pageLabel: (page, pages) => `Sida ${page} av ${pages}`,
  });
}
