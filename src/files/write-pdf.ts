import PDFDocument from 'pdfkit';
import { fileURLToPath } from 'node:url';

export interface PdfColumn {
  header: string;
  /** Relative width: the columns share the page width in proportion to it. */
  weight: number;
  align: 'left' | 'right';
}

export interface PdfTable {
  title: string;
  subtitle?: string;
  columns: readonly PdfColumn[];
  rows: readonly (readonly string[])[];
  /** Printed in bold after the last row. */
  totalsRow?: readonly string[];
  /**
   * Text before the table (a decision's reasons and appeal information): headings and paragraphs
   * on their own pages; the table then starts on a new page under `tableTitle`.
   */
  preamble?: readonly { heading?: string; text: string }[];
  tableTitle?: string;
  /** "Sida {page} av {pages}" */
  pageLabel: (page: number, pages: number) => string;
}

// DejaVu has the glyphs the standard PDF fonts lack: U+2212 (the minus Intl sv-SE prints) and the
// no-break spaces of "1 310 223 kr". Shipped in assets/fonts with its licence.
const FONT_DIRECTORY = new URL('../../assets/fonts/', import.meta.url);
const REGULAR = fileURLToPath(new URL('DejaVuSans.ttf', FONT_DIRECTORY));
const BOLD = fileURLToPath(new URL('DejaVuSans-Bold.ttf', FONT_DIRECTORY));

const MARGIN = 36;
const FONT_SIZE = 7.5;
const ROW_HEIGHT = 13;
const HEADER_HEIGHT = 24;
const CELL_PADDING = 3;

interface Layout {
  x: number[];
  widths: number[];
}

function layoutColumns(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[]): Layout {
  const available = doc.page.width - 2 * MARGIN;
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (available * column.weight) / totalWeight);
  const x = widths.map(
    (_, index) => MARGIN + widths.slice(0, index).reduce((sum, width) => sum + width, 0),
  );
  return { x, widths };
}

function drawRow(
  doc: PDFKit.PDFDocument,
  layout: Layout,
  table: PdfTable,
  cells: readonly string[],
  y: number,
  height: number,
): void {
  table.columns.forEach((column, index) => {
    doc.text(cells[index] ?? '', (layout.x[index] ?? 0) + CELL_PADDING, y + CELL_PADDING, {
      width: (layout.widths[index] ?? 0) - 2 * CELL_PADDING,
      height: height - CELL_PADDING,
      align: column.align,
      ellipsis: true,
    });
  });
}

function drawHeader(doc: PDFKit.PDFDocument, layout: Layout, table: PdfTable, y: number): number {
  doc
    .save()
    .rect(MARGIN, y, doc.page.width - 2 * MARGIN, HEADER_HEIGHT)
    .fill('#e8e8e8')
    .restore();
  doc.font('bold').fontSize(FONT_SIZE).fillColor('black');
  drawRow(
    doc,
    layout,
    table,
    table.columns.map((column) => column.header),
    y,
    HEADER_HEIGHT,
  );
  doc.font('regular');
  return y + HEADER_HEIGHT;
}

function drawTitle(doc: PDFKit.PDFDocument, table: PdfTable): number {
  doc
    .font('bold')
    .fontSize(14)
    .text(table.title, MARGIN, MARGIN, { width: doc.page.width - 2 * MARGIN });
  if (table.subtitle)
    doc
      .font('regular')
      .fontSize(9)
      .text(table.subtitle, { width: doc.page.width - 2 * MARGIN });
  return doc.y + 8;
}

/** Headed paragraphs (a decision's reasons, how to appeal …) from the current position down. */
export function writeSections(
  doc: PDFKit.PDFDocument,
  sections: readonly { heading?: string; text: string }[],
  style: { x: number; width: number; headingSize: number; textSize: number },
): void {
  const { x, width } = style;
  for (const section of sections) {
    if (section.heading)
      doc
        .moveDown(0.6)
        .font('bold')
        .fontSize(style.headingSize)
        .text(section.heading, x, doc.y, { width });
    doc
      .font('regular')
      .fontSize(style.textSize)
      .text(section.text, x, doc.y + 2, { width, align: 'left' });
  }
}

/** Writes `text` right-aligned in the bottom margin of the buffered page `page` (0-based). */
export function writeFooter(
  doc: PDFKit.PDFDocument,
  page: number,
  text: string,
  margin: number,
  offset: number,
): void {
  doc.switchToPage(page);
  // Writing into the bottom margin would otherwise make pdfkit start a new page.
  doc.page.margins.bottom = 0;
  doc
    .font('regular')
    .fontSize(8)
    .text(text, margin, doc.page.height - margin + offset, {
      width: doc.page.width - 2 * margin,
      align: 'right',
    });
}

function numberPages(doc: PDFKit.PDFDocument, table: PdfTable): void {
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++)
    writeFooter(doc, page, table.pageLabel(page + 1, range.count), MARGIN, 10);
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/**
 * A new A4 document with the DejaVu fonts registered as `regular` and `bold`, pages buffered (for
 * page numbers), and the promise of its bytes once `doc.end()` is called.
 */
export function startPdf(options: {
  layout: 'portrait' | 'landscape';
  margin: number;
  title: string;
}): { doc: PDFKit.PDFDocument; done: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout,
    margin: options.margin,
    bufferPages: true,
    info: { Title: options.title, Creator: 'Statsbidrag' },
  });
  const done = collect(doc);
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  return { doc, done };
}

/**
 * An A4 landscape table in DejaVu Sans: title, header row repeated on every page, a bold totals
 * row and "Sida n av m" at the foot of each page. Cells are preformatted text (the caller formats
 * kronor the Swedish way), cut with an ellipsis when too wide.
 */
export async function writePdfTable(table: PdfTable): Promise<Uint8Array> {
  const { doc, done } = startPdf({ layout: 'landscape', margin: MARGIN, title: table.title });
  const layout = layoutColumns(doc, table.columns);
  const bottom = doc.page.height - MARGIN - 14;
  let y = drawTitle(doc, table);
  if (table.preamble) {
    const width = doc.page.width - 2 * MARGIN;
    doc.y = y;
    writeSections(doc, table.preamble, { x: MARGIN, width, headingSize: 10.5, textSize: 9.5 });
    doc.addPage();
    doc
      .font('bold')
      .fontSize(12)
      .text(table.tableTitle ?? '', MARGIN, MARGIN, { width });
    y = doc.y + 6;
  }
  y = drawHeader(doc, layout, table, y);
  const rows = table.totalsRow ? [...table.rows, table.totalsRow] : table.rows;
  rows.forEach((cells, index) => {
    if (y + ROW_HEIGHT > bottom) {
      doc.addPage();
      y = drawHeader(doc, layout, table, MARGIN);
    }
    const isTotals = table.totalsRow !== undefined && index === rows.length - 1;
    doc.font(isTotals ? 'bold' : 'regular').fontSize(FONT_SIZE);
    if (index % 2 === 1 && !isTotals)
      doc
        .save()
        .rect(MARGIN, y, doc.page.width - 2 * MARGIN, ROW_HEIGHT)
        .fill('#f6f6f6')
        .restore();
    if (isTotals)
      doc
        .moveTo(MARGIN, y)
        .lineTo(doc.page.width - MARGIN, y)
        .stroke();
    doc.fillColor('black');
    drawRow(doc, layout, table, cells, y, ROW_HEIGHT);
    y += ROW_HEIGHT;
  });
  numberPages(doc, table);
  doc.end();
  return done;
}
