// A text cell that starts with = + - @ tab or CR is run as a formula by Excel and LibreOffice when
// the file is opened (CSV injection, OWASP). A leading apostrophe makes it plain text again. Only
// text cells are touched: an amount of -5 in a number column must stay a number.
const FORMULA_START = /^[=+\-@\t\r]/;

export function protectTextCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
