// The report to the government as a PDF: the title and its facts, then each table as the report
// prints it ("Tabell 2", caption, base and note, the table, a bar chart of its shares, the source
// line; a 1–5 matrix's full spread right after it), optionally a comparison with other years (the
// joint report's use per grant and its questions compared), in DejaVu Sans (the glyphs of
// "3 998 500 000 kr" and "<1 %"), with "Sida n av m".
import {
  baseText,
  cellText,
  chartBars,
  type PrintedReport,
  type PrintedTable,
} from '../domain/government-report/printed-table';
import { startPdf, writeFooter } from './write-pdf';

const MARGIN = 48;
const FONT_SIZE = 8.5;
/** A table of many figures (a spread's 1–5 counts and shares, many years side by side). */
const COMPACT_FONT_SIZE = 7;
const COMPACT_COLUMNS = 6;
const ROW_HEIGHT = 15;
const CELL_PADDING = 3;
const BAR_HEIGHT = 11;
const BAR_GAP = 4;
const BAR_COLOUR = '#1d4e72';

interface Page {
  doc: PDFKit.PDFDocument;
  width: number;
  bottom: number;
}

/** Starts a new page unless `height` still fits below the current position. */
function ensureRoom(page: Page, height: number): void {
  if (page.doc.y + height > page.bottom) {
    page.doc.addPage();
    page.doc.y = MARGIN;
  }
}

/** Many columns print smaller, so a spread of five steps fits a portrait page with its labels. */
const fontSizeOf = (table: PrintedTable) =>
  table.columns.length > COMPACT_COLUMNS ? COMPACT_FONT_SIZE : FONT_SIZE;

function columnWidths(page: Page, table: PrintedTable): number[] {
  // A number column is as wide as its widest figure (in bold, as the header and totals are);
  // the text columns share what is left.
  const { doc } = page;
  const compact = table.columns.length > COMPACT_COLUMNS;
  doc.font('bold').fontSize(fontSizeOf(table));
  const rows = table.totals ? [...table.rows, table.totals] : table.rows;
  const numberWidth = (index: number) =>
    Math.min(
      page.width / 3,
      Math.max(
        compact ? 24 : 48,
        ...[
          // A compact table's headers wrap ("Antal" over "1"): their longest word sets the width.
          ...(compact
            ? (table.columns[index]?.header ?? '').split(' ')
            : [table.columns[index]?.header ?? '']),
          ...rows.map((cells) => {
            const cell = cells[index];
            return cell ? cellText(cell, 'sv') : '';
          }),
        ].map((text) => doc.widthOfString(text) + 2 * CELL_PADDING + 4),
      ),
    );
  const widths = table.columns.map((column, index) =>
    column.kind === 'text' ? null : numberWidth(index),
  );
  const fixed = widths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
  const texts = widths.filter((width) => width === null).length;
  const textWidth = texts > 0 ? (page.width - fixed) / texts : 0;
  doc.font('regular');
  return widths.map((width) => width ?? textWidth);
}

function drawCells(
  page: Page,
  table: PrintedTable,
  cells: readonly string[],
  widths: number[],
  height = ROW_HEIGHT,
) {
  const { doc } = page;
  const y = doc.y;
  // A long label wraps onto as many lines as it needs (a reader must see it whole); figures keep
  // one line.
  const rowHeight = Math.max(
    height,
    ...table.columns.map((column, index) =>
      column.kind === 'text'
        ? doc.heightOfString(cells[index] ?? '', {
            width: (widths[index] ?? 0) - 2 * CELL_PADDING,
          }) +
          2 * CELL_PADDING
        : 0,
    ),
  );
  let x = MARGIN;
  table.columns.forEach((column, index) => {
    const width = widths[index] ?? 0;
    doc.text(cells[index] ?? '', x + CELL_PADDING, y + CELL_PADDING, {
      width: width - 2 * CELL_PADDING,
      height: rowHeight - CELL_PADDING,
      align: column.kind === 'text' ? 'left' : 'right',
      ellipsis: true,
      lineBreak: column.kind === 'text' || rowHeight > ROW_HEIGHT,
    });
    x += width;
  });
  doc.y = y + rowHeight;
}

/** A compact table's header takes two lines, so its narrow columns' headers wrap. */
const headHeight = (table: PrintedTable) =>
  table.columns.length > COMPACT_COLUMNS ? 2 * ROW_HEIGHT - CELL_PADDING : ROW_HEIGHT;

function drawTableHead(page: Page, table: PrintedTable, widths: number[]): void {
  const { doc } = page;
  const height = headHeight(table);
  doc.save().rect(MARGIN, doc.y, page.width, height).fill('#e8e8e8').restore();
  doc.font('bold').fontSize(fontSizeOf(table)).fillColor('black');
  drawCells(
    page,
    table,
    table.columns.map((column) => column.header),
    widths,
    height,
  );
  doc.font('regular');
}

function drawTable(page: Page, table: PrintedTable): void {
  const { doc } = page;
  const widths = columnWidths(page, table);
  ensureRoom(page, 2 * ROW_HEIGHT + headHeight(table));
  drawTableHead(page, table, widths);
  const rows = table.totals ? [...table.rows, table.totals] : table.rows;
  rows.forEach((cells, index) => {
    if (doc.y + 2 * ROW_HEIGHT > page.bottom) {
      doc.addPage();
      doc.y = MARGIN;
      drawTableHead(page, table, widths);
    }
    const isTotals = table.totals !== null && index === rows.length - 1;
    if (isTotals)
      doc
        .moveTo(MARGIN, doc.y)
        .lineTo(MARGIN + page.width, doc.y)
        .stroke();
    doc
      .font(isTotals ? 'bold' : 'regular')
      .fontSize(fontSizeOf(table))
      .fillColor('black');
    drawCells(
      page,
      table,
      cells.map((cell) => cellText(cell, 'sv')),
      widths,
    );
  });
}

/** Horizontal bars of the chart's value column, labelled with the row and the printed value. */
function drawChart(page: Page, table: PrintedTable): void {
  const bars = chartBars(table);
  if (!table.chart || bars.length === 0) return;
  const { doc } = page;
  const valueColumn = table.chart.valueColumn;
  const labelWidth = page.width * 0.38;
  const valueWidth = 60;
  const barArea = page.width - labelWidth - valueWidth - 8;
  const largest = Math.max(...bars.map((bar) => bar.value), 0);
  doc.y += 8;
  bars.forEach((bar) => {
    ensureRoom(page, BAR_HEIGHT + BAR_GAP);
    const y = doc.y;
    const printed = table.rows[bar.row]?.[valueColumn];
    doc
      .font('regular')
      .fontSize(FONT_SIZE - 0.5)
      .fillColor('black');
    doc.text(bar.label, MARGIN, y + 1, {
      width: labelWidth - 6,
      height: BAR_HEIGHT,
      ellipsis: true,
      lineBreak: false,
    });
    const length = largest > 0 ? (barArea * bar.value) / largest : 0;
    doc
      .save()
      .rect(MARGIN + labelWidth, y, Math.max(length, 0.5), BAR_HEIGHT)
      .fill(BAR_COLOUR)
      .restore();
    doc
      .fillColor('black')
      .text(printed ? cellText(printed, 'sv') : '', MARGIN + labelWidth + length + 4, y + 1, {
        width: valueWidth,
        lineBreak: false,
      });
    doc.y = y + BAR_HEIGHT + BAR_GAP;
  });
}

function drawPrintedTable(page: Page, table: PrintedTable): void {
  const { doc } = page;
  ensureRoom(page, 6 * ROW_HEIGHT);
  doc
    .font('bold')
    .fontSize(10.5)
    .fillColor('black')
    .text(`${table.label}. ${table.caption}`, MARGIN, doc.y, { width: page.width });
  const about = [table.base ? baseText(table.base, 'sv') : null, table.note].filter(
    (part): part is string => part !== null,
  );
  if (about.length > 0)
    doc
      .font('regular')
      .fontSize(FONT_SIZE)
      .text(about.join('. '), MARGIN, doc.y + 2, { width: page.width });
  doc.y += 4;
  drawTable(page, table);
  drawChart(page, table);
  ensureRoom(page, ROW_HEIGHT);
  doc
    .font('regular')
    .fontSize(FONT_SIZE - 0.5)
    .fillColor('#333333')
    .text(table.source, MARGIN, doc.y + 4, { width: page.width });
  doc.fillColor('black');
  doc.y += 18;
  // The full 1–5 spread of a matrix, as the page shows it on request and the XLSX on its own sheet.
  if (table.spread) drawPrintedTable(page, table.spread);
}

/** A part of the document under its own heading on a new page: title, facts, tables. */
function drawSection(page: Page, section: PrintedReport): void {
  const { doc } = page;
  doc.addPage();
  doc.font('bold').fontSize(14).text(section.title, MARGIN, MARGIN, { width: page.width });
  if (section.facts.length > 0)
    doc.font('regular').fontSize(9.5).text(section.facts.join('\n'), { width: page.width });
  doc.y += 14;
  for (const table of section.tables) drawPrintedTable(page, table);
}

/**
 * The report, then `comparison` (the same questions over other years, already printed) as its own
 * section when one was asked for.
 */
export async function writeGovernmentReportPdf(
  report: PrintedReport,
  comparison?: PrintedReport,
): Promise<Uint8Array> {
  const { doc, done } = startPdf({ layout: 'portrait', margin: MARGIN, title: report.title });
  const page: Page = {
    doc,
    width: doc.page.width - 2 * MARGIN,
    bottom: doc.page.height - MARGIN - 14,
  };
  doc.font('bold').fontSize(16).text(report.title, MARGIN, MARGIN, { width: page.width });
  if (report.facts.length > 0)
    doc.font('regular').fontSize(9.5).text(report.facts.join('\n'), { width: page.width });
  doc.y += 14;
  for (const table of report.tables) drawPrintedTable(page, table);
  if (comparison) drawSection(page, comparison);
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++)
    writeFooter(doc, index, `Sida ${index + 1} av ${range.count}`, MARGIN, 10);
  doc.end();
  return done;
}
