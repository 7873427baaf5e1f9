import { startPdf, writeFooter, writeSections } from './write-pdf';

/** One letter: every text already formatted and worded (Swedish) by the caller. */
export interface PdfLetter {
  /** The letterhead: the agency's name and address lines. */
  letterhead: readonly string[];
  /** Right of the letterhead: "Datum 2026-03-02", "Diarienummer SB 2026/0001". */
  facts: readonly { label: string; value: string }[];
  /** The addressee: name, postal address and organisation number lines. */
  addressee: readonly string[];
  /**
   * Not printed: where the addressee's name comes from — the register's legal name, or the
   * recipient's name because the register has no legal name (it is never guessed).
   */
  addresseeNameFrom?: 'register' | 'name';
  title: string;
  sections: readonly { heading?: string; text: string }[];
  /** The signature block: the decision maker's name and title. */
  signature: readonly string[];
  /** The footer of each page, given the page within the letter and the letter's page count. */
  footer: (page: number, pages: number) => string;
}

const MARGIN = 56;

function drawLetter(doc: PDFKit.PDFDocument, letter: PdfLetter): void {
  const width = doc.page.width - 2 * MARGIN;
  const top = MARGIN;
  doc
    .font('bold')
    .fontSize(13)
    .text(letter.letterhead[0] ?? '', MARGIN, top, { width: width / 2 });
  doc.font('regular').fontSize(9);
  for (const line of letter.letterhead.slice(1)) doc.text(line, { width: width / 2 });
  let factsY = top;
  for (const fact of letter.facts) {
    doc
      .font('regular')
      .fontSize(9)
      .text(`${fact.label} `, MARGIN + width / 2, factsY, { continued: true, width: width / 2 })
      .font('bold')
      .text(fact.value);
    factsY = doc.y;
  }
  doc.y = Math.max(doc.y, factsY) + 28;
  doc.font('regular').fontSize(10.5);
  for (const line of letter.addressee)
    doc.text(line, MARGIN + width / 2, doc.y, { width: width / 2 });
  doc.moveDown(2);
  doc.font('bold').fontSize(16).text(letter.title, MARGIN, doc.y, { width });
  writeSections(doc, letter.sections, { x: MARGIN, width, headingSize: 11, textSize: 10 });
  doc.moveDown(2);
  doc.font('regular').fontSize(10);
  for (const line of letter.signature) doc.text(line, MARGIN, doc.y, { width });
}

/**
 * Decision letters, A4 portrait in DejaVu Sans, each starting on a new page with its own footer
 * ("SB 2026/0001 · Sida 1 av 2"): one letter for a recipient's download, many for the officer's
 * batch print.
 */
export async function writeLettersPdf(
  title: string,
  letters: readonly PdfLetter[],
): Promise<Uint8Array> {
  const { doc, done } = startPdf({ layout: 'portrait', margin: MARGIN, title });
  const ranges: { letter: PdfLetter; first: number; count: number }[] = [];
  letters.forEach((letter, index) => {
    if (index > 0) doc.addPage();
    const first = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
    drawLetter(doc, letter);
    const last = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
    ranges.push({ letter, first, count: last - first + 1 });
  });
  for (const { letter, first, count } of ranges)
    for (let page = 0; page < count; page++)
      writeFooter(doc, first + page, letter.footer(page + 1, count), MARGIN, 16);
  doc.end();
  return done;
}
