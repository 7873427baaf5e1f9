import type { AllocationResult, AllocationRowResult } from '../domain/allocation/types';
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
 * Exact values are canonical rationals: "a" when whole, "a/b" reduced otherwise, so the file states
 * every step exactly and its checksum does not depend on a choice of decimals. Rows are sorted by
 * recipient code (code-unit order), so the file does not depend on the order of the input data.
 */
export type ColumnKind = 'text' | 'kronor' | 'exact' | 'flag';

export interface ResultColumn {
  header: string;
  kind: ColumnKind;
  value: (row: AllocationRowResult, name: string) => string | bigint;
}

const exact = (value: Rational): string => toCanonicalString(value);
const flag = (value: boolean): string => (value ? 'true' : 'false');

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
  return componentPrefixes(result).flatMap((prefix, index): ResultColumn[] => [
    {
      header: `${prefix}_value`,
      kind: 'exact',
      value: (row) => exact(partOf(row, index).indicatorValue),
    },
    { header: `${prefix}_share`, kind: 'exact', value: (row) => exact(partOf(row, index).share) },
    {
      header: `${prefix}_exact_kr`,
      kind: 'exact',
      value: (row) => exact(partOf(row, index).exactKr),
    },
  ]);
}

function partOf(row: AllocationRowResult, index: number) {
  const part = row.parts[index];
  if (!part) throw new Error(`row ${row.recipientCode} has no component ${index}`);
  return part;
}

export function allocationResultColumns(result: AllocationResult): ResultColumn[] {
  return [
    { header: 'recipient_code', kind: 'text', value: (row) => row.recipientCode },
    { header: 'name', kind: 'text', value: (_, name) => name },
    { header: 'amount_kr', kind: 'kronor', value: (row) => row.amountKr },
    ...componentColumns(result),
    { header: 'key_quota_kr', kind: 'exact', value: (row) => exact(row.keyQuotaKr) },
    { header: 'minimum_kr', kind: 'kronor', value: (row) => row.minimumKr },
    { header: 'cap_kr', kind: 'kronor', value: (row) => row.capKr ?? '' },
    { header: 'cap_applied', kind: 'flag', value: (row) => flag(row.capApplied) },
    { header: 'exact_quota_kr', kind: 'exact', value: (row) => exact(row.exactQuotaKr) },
    { header: 'rounded_down_kr', kind: 'kronor', value: (row) => row.roundedDownKr },
    { header: 'remainder', kind: 'exact', value: (row) => exact(row.remainder) },
    { header: 'rounded_up', kind: 'flag', value: (row) => flag(row.roundedUp) },
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

/**
 * The result as CSV. `canonical` (no BOM, \n) is the CLI's output and the checksum's input;
 * `excel` adds a BOM and CRLF for opening in Excel. Both protect text cells against formula injection.
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
  const textRows = rows.map((row) =>
    row.map((cell) => (typeof cell === 'bigint' ? cell.toString() : cell)),
  );
  return writeCsv(
    csvColumns,
    textRows,
    flavour === 'canonical' ? { bom: false, lineEnding: '\n' } : { bom: true, lineEnding: '\r\n' },
  );
}

/** The same table as one worksheet with a totals row (Summa); exact values stay exact as text. */
export function allocationResultXlsx(
  result: AllocationResult,
  names: RecipientNames,
  grantTitle: string,
): Promise<Uint8Array> {
  const { columns, rows } = tableOf(result, names);
  const xlsxColumns: XlsxColumn[] = columns.map((column) => ({
    header: column.header,
    kind: column.kind === 'kronor' ? 'kronor' : 'text',
  }));
  // Sheet names are limited to 31 characters and may not hold : \ / ? * [ ].
  const sheetName = grantTitle.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Fördelning';
  return writeXlsx({ name: sheetName, columns: xlsxColumns, rows, totalsLabel: 'Summa' });
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
