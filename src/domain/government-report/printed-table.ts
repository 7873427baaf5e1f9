// A table of the report to the government as it is printed: "Tabell 2", its caption, its base
// ("N = 290"), a note ("Flera svar kunde anges"), column headers, rows of cells and the source
// line. The web page, the XLSX, the CSV and the PDF all start from this one shape, so a figure
// reads the same wherever it is shown. Cells keep their value (numbers stay numbers for a
// spreadsheet) and say how they are displayed.
import { formatDecimal, formatKronor, formatPercent, type Locale } from '../money';

export type PrintedCell =
  | { kind: 'text'; text: string }
  | { kind: 'integer'; value: bigint }
  | { kind: 'kronor'; value: bigint }
  /**
   * A share in per cent as the report rounded it: digits with an optional decimal point ("95",
   * "27.5"), or "<1" ("<0.1") for a share that is not zero but rounds to zero.
   */
  | { kind: 'percent'; share: string };

export type PrintedColumnKind = PrintedCell['kind'];

export interface PrintedColumn {
  header: string;
  kind: PrintedColumnKind;
}

type Integer = number | bigint;

/** Cells from the domain's values or the API's JSON of them (integers as number or bigint). */
export const textCell = (value: string): PrintedCell => ({ kind: 'text', text: value });
/** An amount in kronor; none (null) is an empty cell. */
export const kronorCell = (value: Integer | null): PrintedCell =>
  value === null ? textCell('') : { kind: 'kronor', value: BigInt(value) };
export const integerCell = (value: Integer): PrintedCell => ({
  kind: 'integer',
  value: BigInt(value),
});
/** A share in per cent; none (null) prints as a dash. */
export const shareCell = (value: string | null): PrintedCell =>
  value === null ? textCell('–') : { kind: 'percent', share: value };

/** The base a table's shares are of: N = everyone who reported, n = those the question applied to. */
export interface PrintedBase {
  symbol: 'N' | 'n';
  value: number;
}

export interface PrintedTable {
  /** Stable and URL-safe (a question id or "distribution"): names its CSV file. */
  key: string;
  /** "Tabell 2" */
  label: string;
  caption: string;
  base: PrintedBase | null;
  /** "Flera svar kunde anges" */
  note: string | null;
  columns: readonly PrintedColumn[];
  rows: readonly (readonly PrintedCell[])[];
  /** A last, bold row ("Totalt"). */
  totals: readonly PrintedCell[] | null;
  /** The bar chart drawn beside the table: a label column and a numeric column. */
  chart: { labelColumn: number; valueColumn: number } | null;
  /** "Källa: Kommunernas återrapportering av 2024 års statsbidrag." */
  source: string;
  /** A 1–5 matrix's full spread per row, shown on request ("Visa hela fördelningen"). */
  spread?: PrintedTable;
  /** What was written under a choice's free-text alternative: read on the page, never published. */
  otherTexts?: PrintedTable;
}

export interface PrintedReport {
  title: string;
  /** Lines under the title: the grant, the year, the filters applied. */
  facts: readonly string[];
  tables: readonly PrintedTable[];
}

/** "N = 290" (with no-break spaces, so a line never splits between the symbol and the figure). */
export function baseText(base: PrintedBase, locale: Locale): string {
  return `${base.symbol}\u00a0=\u00a0${formatCount(base.value, locale)}`;
}

function formatCount(value: bigint | number, locale: Locale): string {
  return formatDecimal(value.toString(), locale, 0);
}

/** The cell as the report prints it: `3 998 500 000 kr`, `95 %`, `<1 %`, `1 275`. */
export function cellText(cell: PrintedCell, locale: Locale): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'integer':
      return formatCount(cell.value, locale);
    case 'kronor':
      return formatKronor(cell.value, locale);
    case 'percent': {
      const below = cell.share.startsWith('<');
      const digits = below ? cell.share.slice(1) : cell.share;
      const text = formatPercent(digits, locale, shareDecimals(digits));
      return below ? `<${text}` : text;
    }
  }
}

/** The decimals a share was printed with: "27.5" → 1, "95" → 0. */
export function shareDecimals(share: string): number {
  return share.split('.')[1]?.length ?? 0;
}

/** The number a cell stands for (the bar of a chart), or null for text and "<1 %". */
export function cellNumber(cell: PrintedCell | undefined): number | null {
  if (!cell) return null;
  switch (cell.kind) {
    case 'text':
      return null;
    case 'integer':
    case 'kronor':
      return Number(cell.value);
    case 'percent':
      // "<1" draws as a sliver: half of its bound, so a non-zero share never looks empty.
      return cell.share.startsWith('<') ? Number(cell.share.slice(1)) / 2 : Number(cell.share);
  }
}

/** The bars of a table's chart: one per row whose value column holds a number. */
export function chartBars(table: PrintedTable): { label: string; value: number; row: number }[] {
  if (!table.chart) return [];
  const { labelColumn, valueColumn } = table.chart;
  return table.rows.flatMap((cells, row) => {
    const label = cells[labelColumn];
    const value = cellNumber(cells[valueColumn]);
    if (value === null || label?.kind !== 'text') return [];
    return [{ label: label.text, value, row }];
  });
}
