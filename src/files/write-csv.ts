import { protectCsvTextCell } from './spreadsheet-safety';

export interface CsvColumn {
  header: string;
  /** Text cells get formula-injection protection; number cells are written as they are. */
  kind: 'text' | 'number';
}

export interface CsvOptions {
  /** A UTF-8 byte order mark, so Excel opens å, ä, ö correctly. Off for the canonical CSV. */
  bom: boolean;
  /** RFC 4180 says CRLF; the canonical CSV (checksum, CLI output) uses \n. */
  lineEnding: '\r\n' | '\n';
}

// Quoted also when the cell holds `;` or a tab: a spreadsheet that splits on those (Swedish Excel
// uses `;`) then still keeps the cell whole.
const NEEDS_QUOTES = /[",;\t\r\n]/;

function quoteField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * RFC 4180 CSV with a comma delimiter: fields holding a comma, semicolon, tab, quote or line break
 * are quoted, quotes doubled, every line ended (also the last). Headers count as text; text cells
 * are defused against formulas after any delimiter (`protectCsvTextCell`).
 * @example writeCsv([{ header: 'name', kind: 'text' }], [['=1+1']], { bom: false, lineEnding: '\n' })
 * // "name\n'=1+1\n"
 */
export function writeCsv(
  columns: readonly CsvColumn[],
  rows: readonly (readonly string[])[],
  options: CsvOptions,
): string {
  const header = columns.map((column) => quoteField(protectCsvTextCell(column.header))).join(',');
  const lines = rows.map((row) =>
    columns
      .map((column, index) => {
        const value = row[index] ?? '';
        return quoteField(column.kind === 'text' ? protectCsvTextCell(value) : value);
      })
      .join(','),
  );
  const body = [header, ...lines].map((line) => line + options.lineEnding).join('');
  return options.bom ? `\ufeff${body}` : body;
}
