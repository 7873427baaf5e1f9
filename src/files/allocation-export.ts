import type { AllocationResult, AllocationRowResult } from '../domain/allocation/types';
import { componentDisplayLabels } from '../domain/allocation/component-labels';
import { formatDecimal, formatKronor } from '../domain/money';
import { toCanonicalString, toDecimalString, type Rational } from '../domain/rational';
import { writeCsv, type CsvColumn } from './write-csv';
import { writePdfTable, type PdfColumn } from './write-pdf';
import { writeXlsx, type XlsxColumn } from './write-xlsx';

/**
 * The allocation result as a table, in the column order of the canonical CSV
 * (docs/allocation-engine.md, "The result CSV"):
 *   recipient_code, name, amount_kr,
 *   per component <indicator>_value, <indicator>_share, <indicator>_exact_kr,
 *   key_quota_kr, minimum_kr, cap_kr, cap_applied, exact_quota_kr, rounded_down_kr, remainder, rounded_up
 * In the canonical CSV exact values are canonical rationals: "a" when whole, "a/b" reduced
 * otherwise, so the file states every step exactly and its checksum does not depend on a choice of
 * decimals. Rows are sorted by recipient code (code-unit order), so the file does not depend on the
 * order of the input data. The spreadsheet files (XLSX, the Swedish Excel CSV) show the same table
 * for people: headers in the UI's language, exact values as decimal numbers, flags as Ja/Nej.
 */
export type ColumnKind = 'text' | 'kronor' | 'exact' | 'flag';

export type ExportLanguage = 'sv' | 'en';

type Cell = string | bigint | Rational | boolean | undefined;

export interface ResultColumn {
  /** The canonical CSV's snake_case header: an interface, never translated. */
  header: string;
  /** The header people read in a spreadsheet. */
  title: Record<ExportLanguage, string>;
  kind: ColumnKind;
  /** Decimals a spreadsheet shows for an exact value (it keeps the full value). */
  decimals?: number;
  value: (row: AllocationRowResult, name: string) => Cell;
}

/** `population` → population_value…; a repeated indicator gets its component number: `population_2_value`. */
function componentPrefixes(result: AllocationResult): string[] {
  const counts = new Map<string, number>();
  for (const component of result.components)
    counts.set(component.indicator, (counts.get(component.indicator) ?? 0) + 1);
  return result.components.map((component, index) =>
    (counts.get(component.indicator) ?? 0) > 1
      ? `${component.indicator}_${index + 1}`
      : component.indicator,
  );
}

function componentColumns(result: AllocationResult): ResultColumn[] {
  const prefixes = componentPrefixes(result);
  return result.components.flatMap((component, index): ResultColumn[] => {
    const prefix = prefixes[index] ?? component.indicator;
    // People read the model's labels (an imported key is "Fördelningsnyckel"); the snake_case
    // headers of the plain CSV stay as they are, being an interface.
    const { label } = componentDisplayLabels(component);
    return [
      {
        header: `${prefix}_value`,
        title: { sv: `${label.sv}: värde`, en: `${label.en}: value` },
        kind: 'exact',
        decimals: 2,
        value: (row) => partOf(row, index).indicatorValue,
      },
      {
        header: `${prefix}_share`,
        title: { sv: `${label.sv}: andel`, en: `${label.en}: share` },
        kind: 'exact',
        decimals: 6,
        value: (row) => partOf(row, index).share,
      },
      {
        header: `${prefix}_exact_kr`,
        title: { sv: `${label.sv}: exakt belopp (kr)`, en: `${label.en}: exact amount (SEK)` },
        kind: 'exact',
        decimals: 2,
        value: (row) => partOf(row, index).exactKr,
      },
    ];
  });
}

function partOf(row: AllocationRowResult, index: number) {
  const part = row.parts[index];
  if (!part) throw new Error(`row ${row.recipientCode} has no component ${index}`);
  return part;
}

export function allocationResultColumns(result: AllocationResult): ResultColumn[] {
  return [
    {
      header: 'recipient_code',
      title: { sv: 'Kod', en: 'Code' },
      kind: 'text',
      value: (row) => row.recipientCode,
    },
    {
      header: 'name',
      title: { sv: 'Mottagare', en: 'Recipient' },
      kind: 'text',
      value: (_, name) => name,
    },
    {
      header: 'amount_kr',
      title: { sv: 'Belopp (kr)', en: 'Amount (SEK)' },
      kind: 'kronor',
      value: (row) => row.amountKr,
    },
    ...componentColumns(result),
    {
      header: 'key_quota_kr',
      title: { sv: 'Enligt nyckel (kr)', en: 'By key (SEK)' },
      kind: 'exact',
      decimals: 2,
      value: (row) => row.keyQuotaKr,
    },
    {
      header: 'minimum_kr',
      title: { sv: 'Minibelopp (kr)', en: 'Minimum (SEK)' },
      kind: 'kronor',
      value: (row) => row.minimumKr,
    },
    {
      header: 'cap_kr',
      title: { sv: 'Tak (kr)', en: 'Cap (SEK)' },
      kind: 'kronor',
      value: (row) => row.capKr,
    },
    {
      header: 'cap_applied',
      title: { sv: 'Taket tillämpat', en: 'Cap applied' },
      kind: 'flag',
      value: (row) => row.capApplied,
    },
    {
      header: 'exact_quota_kr',
      title: { sv: 'Exakt belopp (kr)', en: 'Exact amount (SEK)' },
      kind: 'exact',
      decimals: 2,
      value: (row) => row.exactQuotaKr,
    },
    {
      header: 'rounded_down_kr',
      title: { sv: 'Avrundat nedåt (kr)', en: 'Rounded down (SEK)' },
      kind: 'kronor',
      value: (row) => row.roundedDownKr,
    },
    {
      header: 'remainder',
      title: { sv: 'Rest vid avrundning', en: 'Rounding remainder' },
      kind: 'exact',
      decimals: 6,
      value: (row) => row.remainder,
    },
    {
      header: 'rounded_up',
      title: { sv: 'Avrundat uppåt', en: 'Rounded up' },
      kind: 'flag',
      value: (row) => row.roundedUp,
    },
  ];
}

function sortedRows(result: AllocationResult): AllocationRowResult[] {
  return [...result.rows].sort((a, b) =>
    a.recipientCode < b.recipientCode ? -1 : a.recipientCode > b.recipientCode ? 1 : 0,
  );
}

export type RecipientNames = ReadonlyMap<string, string>;

function tableOf(result: AllocationResult, names: RecipientNames) {
  const columns = allocationResultColumns(result);
  const rows = sortedRows(result).map((row) =>
    columns.map((column) => column.value(row, names.get(row.recipientCode) ?? '')),
  );
  return { columns, rows };
}

function isRational(cell: Cell): cell is Rational {
  return typeof cell === 'object';
}

function canonicalText(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (isRational(cell)) return toCanonicalString(cell);
  return typeof cell === 'bigint' ? cell.toString() : cell;
}

const YES_NO: Record<ExportLanguage, [string, string]> = { sv: ['Ja', 'Nej'], en: ['Yes', 'No'] };

// Enough decimals for any share to be told apart from its neighbours in a spreadsheet; the exact
// value is in the canonical CSV.
const SPREADSHEET_PLACES = 10;

/** "440.9090909091" → "440,9090909091"; "2.0000000000" → "2": trailing zeros say nothing. */
function swedishDecimal(value: Rational): string {
  const text = toDecimalString(value, SPREADSHEET_PLACES).replace(/\.?0+$/, '');
  return text.replace('.', ',');
}

// A workbook cell is a double: twenty decimals make it the double nearest the exact value.
function spreadsheetNumber(value: Rational): number {
  return Number(toDecimalString(value, 20));
}

/** A cell as a spreadsheet shows it to people: a flag as Ja/Nej (Yes/No), an exact value by `exact`. */
function cellForPeople<T>(
  cell: Cell,
  language: ExportLanguage,
  exact: (value: Rational) => T,
): string | bigint | undefined | T {
  if (typeof cell === 'boolean') return YES_NO[language][cell ? 0 : 1];
  return isRational(cell) ? exact(cell) : cell;
}

/**
 * The result as CSV. `canonical` (no BOM, \n) is the CLI's output and the checksum's input;
 * `excel` adds a BOM and CRLF for opening in Excel. Both keep the canonical headers and values
 * and protect text cells against formula injection.
 */
export function allocationResultCsv(
  result: AllocationResult,
  names: RecipientNames,
  flavour: 'canonical' | 'excel' = 'canonical',
): string {
  const { columns, rows } = tableOf(result, names);
  const csvColumns: CsvColumn[] = columns.map((column) => ({
    header: column.header,
    kind: column.kind === 'text' ? 'text' : 'number',
  }));
  return writeCsv(
    csvColumns,
    rows.map((row) => row.map(canonicalText)),
    flavour === 'canonical' ? { bom: false, lineEnding: '\n' } : { bom: true, lineEnding: '\r\n' },
  );
}

/**
 * The result as CSV for Swedish Excel (`excel-sv`): `;` between cells, decimal comma, UTF-8 BOM,
 * CRLF, headers in `language`, Ja/Nej (Yes/No) for flags. Opens in columns with numbers as numbers.
 */
export function allocationResultSwedishExcelCsv(
  result: AllocationResult,
  names: RecipientNames,
  language: ExportLanguage,
): string {
  const { columns, rows } = tableOf(result, names);
  const csvColumns: CsvColumn[] = columns.map((column) => ({
    header: column.title[language],
    kind: column.kind === 'text' || column.kind === 'flag' ? 'text' : 'number',
  }));
  const textRows = rows.map((row) =>
    row.map((cell) => canonicalText(cellForPeople(cell, language, swedishDecimal))),
  );
  return writeCsv(csvColumns, textRows, { bom: true, lineEnding: '\r\n', delimiter: ';' });
}

/**
 * The same table as one worksheet for people: headers in `language`, amounts and exact values as
 * numbers (the double nearest each exact value), flags as Ja/Nej (Yes/No) and a totals row.
 */
export function allocationResultXlsx(
  result: AllocationResult,
  names: RecipientNames,
  grantTitle: string,
  language: ExportLanguage = 'sv',
): Promise<Uint8Array> {
  const { columns, rows } = tableOf(result, names);
  const xlsxColumns: XlsxColumn[] = columns.map((column) =>
    column.kind === 'exact'
      ? { header: column.title[language], kind: 'decimal', decimals: column.decimals ?? 2 }
      : { header: column.title[language], kind: column.kind === 'kronor' ? 'kronor' : 'text' },
  );
  const cells = rows.map((row) =>
    row.map((cell) => cellForPeople(cell, language, spreadsheetNumber) ?? ''),
  );
  // Sheet names are limited to 31 characters and may not hold : \ / ? * [ ].
  const sheetName =
    grantTitle.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) ||
    (language === 'sv' ? 'Fördelning' : 'Allocation');
  return writeXlsx({
    name: sheetName,
    columns: xlsxColumns,
    rows: cells,
    totalsLabel: language === 'sv' ? 'Summa' : 'Total',
  });
}

export interface PdfExportOptions {
  grantTitle: string;
  /** Shown under the title so a printed copy can be matched to the published file. */
  checksum?: string;
}

const PDF_COLUMNS: PdfColumn[] = [
  { header: 'Kod', weight: 5, align: 'left' },
  { header: 'Mottagare', weight: 16, align: 'left' },
  { header: 'Belopp', weight: 10, align: 'right' },
  { header: 'Enligt nyckel (kr)', weight: 11, align: 'right' },
  { header: 'Minibelopp', weight: 8, align: 'right' },
  { header: 'Tak', weight: 9, align: 'right' },
  { header: 'Taket tillämpat', weight: 6, align: 'left' },
  { header: 'Exakt belopp (kr)', weight: 11, align: 'right' },
  { header: 'Avrundad uppåt', weight: 6, align: 'left' },
];

function pdfRow(row: AllocationRowResult, name: string): string[] {
  return [
    row.recipientCode,
    name,
    formatKronor(row.amountKr, 'sv'),
    formatDecimal(toDecimalString(row.keyQuotaKr, 2), 'sv', 2),
    row.minimumKr === 0n ? '' : formatKronor(row.minimumKr, 'sv'),
    row.capKr === undefined ? '' : formatKronor(row.capKr, 'sv'),
    row.capApplied ? 'ja' : '',
    formatDecimal(toDecimalString(row.exactQuotaKr, 4), 'sv', 4),
    row.roundedUp ? 'ja' : '',
  ];
}

/** A printable A4 landscape summary in Swedish: amounts and the main explanation columns. */
export function allocationResultPdf(
  result: AllocationResult,
  names: RecipientNames,
  options: PdfExportOptions,
): Promise<Uint8Array> {
  const facts = [
    `Budget ${formatKronor(result.budgetKr, 'sv')}`,
    `fördelat ${formatKronor(result.totalKr, 'sv')}`,
    `ej fördelat ${formatKronor(result.unallocatedKr, 'sv')}`,
    `${result.rows.length} mottagare`,
  ];
  if (options.checksum) facts.push(`kontrollsumma (sha256) ${options.checksum}`);
  return writePdfTable({
    title: options.grantTitle,
    subtitle: facts.join(' · '),
    columns: PDF_COLUMNS,
    rows: sortedRows(result).map((row) => pdfRow(row, names.get(row.recipientCode) ?? '')),
    totalsRow: ['', 'Summa', formatKronor(result.totalKr, 'sv')],
    pageLabel: (page, pages) => `Sida ${page} av ${pages}`,
  });
}
