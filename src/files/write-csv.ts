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
  /**
   * `,` by default; `;` for Swedish Excel, which splits on `;` because its decimal separator is
   * the comma. Number cells are then written with a decimal comma by the caller.
   */
  delimiter?: ',' | ';';
}

// Quoted also when the cell holds `;` or a tab: a spreadsheet that splits on those (Swedish Excel
// uses `;`) then still keeps the cell whole.
const NEEDS_QUOTES = /[",;\t\r\n]/;

// A number cell in the `;` dialect holds a decimal comma, which Excel reads as a number only unquoted.
const NUMBER_NEEDS_QUOTES_SEMICOLON = /[";\t\r\n]/;

function quoteField(value: string, needsQuotes: RegExp = NEEDS_QUOTES): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * RFC 4180 CSV with a comma (or, for Swedish Excel, semicolon) delimiter: fields holding a comma, semicolon, tab, quote or line break
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
  const delimiter = options.delimiter ?? ',';
  const numberQuotes = delimiter === ';' ? NUMBER_NEEDS_QUOTES_SEMICOLON : NEEDS_QUOTES;
  const header = columns
    .map((column) => quoteField(protectCsvTextCell(column.header)))
    .join(delimiter);
  const lines = rows.map((row) =>
    columns
      .map((column, index) => {
        const value = row[index] ?? '';
        return column.kind === 'text'
          ? quoteField(protectCsvTextCell(value))
          : quoteField(value, numberQuotes);
      })
      .join(delimiter),
  );
  const body = [header, ...lines].map((line) => line + options.lineEnding).join('');
  return options.bom ? `\ufeff${body}` : body;
}
