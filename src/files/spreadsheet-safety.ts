// A text cell that starts with = + - @ tab or CR is run as a formula by Excel and LibreOffice when
// the file is opened (CSV injection, OWASP). A leading apostrophe makes it plain text again. Only
// text cells are touched: an amount of -5 in a number column must stay a number.
const FORMULA_START = /^[=+\-@\t\r]/;

export function protectTextCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

// A CSV may be opened with another delimiter than it was written with: Swedish Excel splits on `;`,
// an import dialog may split on tab or `|`, and a reader may ignore quotes. Then every piece after
// such a delimiter (or a line break) is a cell of its own, and a formula start there runs too.
const FORMULA_START_AFTER_DELIMITER = /([,;\t|\r\n])(?=[=+\-@\t\r])/g;

/**
 * A CSV text cell made safe however the file is split: `protectTextCell`, and an apostrophe
 * before a formula start that follows any delimiter a spreadsheet may use.
 * @example protectCsvTextCell("Anna;=cmd|' /C calc'!A0;x") // "Anna;'=cmd|' /C calc'!A0;x"
 */
export function protectCsvTextCell(text: string): string {
  return protectTextCell(text).replace(FORMULA_START_AFTER_DELIMITER, "$1'");
}
