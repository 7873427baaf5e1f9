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

export type AnnexLanguage = 'sv' | 'en';

type AnnexColumn = AnnexTable['columns'][number];

const ENGLISH_HEADERS: Readonly<Record<string, string>> = {
  recipient_code: 'Code',
  name: 'Recipient',
  change_pp: 'Change (percentage points)',
  amount_kr: 'Amount (SEK)',
};

/**
 * The annex prints Swedish headers; in English a figure's or measurement point's English label
 * when the model gives one, else the model's own (Swedish) words as written.
 */
function headerOf(column: AnnexColumn, language: AnnexLanguage): string {
  if (language === 'sv') return column.header;
  if (column.headerEn !== undefined) return column.headerEn;
  if (column.kind === 'percent') return column.header.replace(/^Andel /, 'Share ');
  return ENGLISH_HEADERS[column.id] ?? column.header;
}

const totalLabel = (language: AnnexLanguage) => (language === 'sv' ? 'Summa' : 'Total');

/** "12.500000" → "12.5": the domain writes decimal figures with six decimals and a dot. */
function trimDecimal(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
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

/**
 * CSV for Swedish Excel: `;` between cells, decimal comma, UTF-8 BOM, CRLF, headers in `language`
 * and a totals row, so it opens in columns with the figures as numbers.
 */
export function performanceAnnexSwedishExcelCsv(
  annex: AnnexTable,
  language: AnnexLanguage,
): string {
  const totals = annex.columns.map((column, index) =>
    index === 1 ? totalLabel(language) : column.kind === 'kronor' ? annex.totalKr.toString() : '',
  );
  const rows = annex.rows.map((row) =>
    row.map((cell, index) =>
      annex.columns[index]?.kind === 'decimal' && typeof cell === 'string'
        ? trimDecimal(cell).replace('.', ',')
        : cellText(cell),
    ),
  );
  return writeCsv(
    annex.columns.map((column) => ({
      header: headerOf(column, language),
      kind: column.kind === 'text' ? 'text' : 'number',
    })),
    [...rows, totals],
    { bom: true, lineEnding: '\r\n', delimiter: ';' },
  );
}

/** The decimals a decimal figure column needs to show every value it holds (at most six). */
function decimalsOf(annex: AnnexTable, index: number): number {
  return Math.max(
    0,
    ...annex.rows.map((row) => {
      const cell = row[index];
      return typeof cell === 'string' ? (trimDecimal(cell).split('.')[1]?.length ?? 0) : 0;
    }),
  );
}

/**
 * One worksheet with headers in `language`: figures (whole and decimal), whole per cents and
 * percentage points as numbers, amounts in kronor, and a totals row.
 */
export function performanceAnnexXlsx(
  annex: AnnexTable,
  sheetTitle: string,
  language: AnnexLanguage = 'sv',
): Promise<Uint8Array> {
  const sheetName = sheetTitle.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Bilaga';
  return writeXlsx({
    name: sheetName,
    columns: annex.columns.map((column, index) => ({
      header: headerOf(column, language),
      kind:
        column.kind === 'kronor'
          ? 'kronor'
          : column.kind === 'text'
            ? 'text'
            : column.kind === 'decimal'
              ? 'decimal'
              : 'integer',
      ...(column.kind === 'decimal' && { decimals: decimalsOf(annex, index) }),
    })),
    rows: annex.rows.map((row) =>
      row.map((cell, index) =>
        annex.columns[index]?.kind === 'decimal' && typeof cell === 'string' && cell !== ''
          ? Number(cell)
          : cell,
      ),
    ),
    totalsLabel: totalLabel(language),
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
