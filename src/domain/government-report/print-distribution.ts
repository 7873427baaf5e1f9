// The distribution and use of a grant as printed (seed 000 Tabell 1 and Bilaga 1 tabell 1), and a
// question compared over grant years, from the domain's tables (distribution.ts, compare-years.ts)
// or the API's JSON of them: integers as number or bigint, so the server and the web print alike.
import {
  integerCell as integer,
  kronorCell as kronor,
  shareCell as share,
  textCell as text,
  type PrintedCell,
  type PrintedColumn,
  type PrintedTable,
} from './printed-table';

type Integer = number | bigint;
type Share = string | null;

export interface PrintableDistributionTotals {
  allocationKr: Integer;
  requisitionedKr: Integer;
  usedKr: Integer;
  unusedKr: Integer;
  unusedPercent: Share;
  toRepayKr: Integer;
  recipients: number;
  reported: number;
  withUnused: number;
  repaying: number;
}

export interface PrintableDistributionRow {
  recipientCode: string;
  name: string;
  allocationKr: Integer;
  requisitionedKr: Integer | null;
  usedKr: Integer | null;
  unusedKr: Integer | null;
  unusedPercent: Share;
  toRepayKr: Integer;
}

export interface PrintableComparison {
  questionId: string;
  title: string;
  years: readonly ({ grantYear: number; base: number; respondents: number } | null)[];
  rows: readonly {
    label: string;
    cells: readonly ({ count: number; percent: Share } | null)[];
  }[];
}

/** The headers of the distribution tables, in one language. */
export interface DistributionLabels {
  item: string;
  value: string;
  requisitioned: string;
  used: string;
  unused: string;
  unusedShare: string;
  toRepay: string;
  recipients: string;
  reported: string;
  repaying: string;
  allocation: string;
  code: string;
  recipient: string;
  total: string;
  /** "Antal {year}" / "Andel {year}" */
  countIn(year: number): string;
  shareIn(year: number): string;
  answer: string;
  /** "2023: N = 290" */
  baseIn(year: number, base: string): string;
}

export const SWEDISH_DISTRIBUTION_LABELS: DistributionLabels = {
  item: 'Uppgift',
  value: 'Värde',
  requisitioned: 'Rekvirerat belopp',
  used: 'Använt belopp',
  unused: 'Ej använt belopp',
  unusedShare: 'Andel ej använt',
  toRepay: 'Att återbetala',
  recipients: 'Antal mottagare',
  reported: 'Antal som återrapporterat',
  repaying: 'Antal som återbetalar',
  allocation: 'Enligt fördelningsnyckel',
  code: 'Kod',
  recipient: 'Mottagare',
  total: 'Totalt',
  countIn: (year) => `Antal ${year}`,
  shareIn: (year) => `Andel ${year}`,
  answer: 'Svarsalternativ',
  baseIn: (year, base) => `${year}: ${base}`,
};

export const ENGLISH_DISTRIBUTION_LABELS: DistributionLabels = {
  item: 'Item',
  value: 'Value',
  requisitioned: 'Requisitioned',
  used: 'Used',
  unused: 'Unused',
  unusedShare: 'Share unused',
  toRepay: 'To repay',
  recipients: 'Recipients',
  reported: 'Recipients that reported',
  repaying: 'Recipients repaying',
  allocation: 'Allocation key',
  code: 'Code',
  recipient: 'Recipient',
  total: 'Total',
  countIn: (year) => `Number ${year}`,
  shareIn: (year) => `Share ${year}`,
  answer: 'Answer',
  baseIn: (year, base) => `${year}: ${base}`,
};

interface Printing<L> {
  label: string;
  caption: string;
  source: string;
  labels: L;
}

/** A grant's totals as the figures printed of them, in order: header, column kind and cell. */
export function distributionFigures(
  totals: PrintableDistributionTotals,
  labels: DistributionLabels,
): (PrintedColumn & { cell: PrintedCell })[] {
  return [
    { header: labels.requisitioned, kind: 'kronor', cell: kronor(totals.requisitionedKr) },
    { header: labels.used, kind: 'kronor', cell: kronor(totals.usedKr) },
    { header: labels.unused, kind: 'kronor', cell: kronor(totals.unusedKr) },
    { header: labels.unusedShare, kind: 'percent', cell: share(totals.unusedPercent) },
    { header: labels.toRepay, kind: 'kronor', cell: kronor(totals.toRepayKr) },
    { header: labels.recipients, kind: 'integer', cell: integer(totals.recipients) },
    { header: labels.reported, kind: 'integer', cell: integer(totals.reported) },
    { header: labels.repaying, kind: 'integer', cell: integer(totals.repaying) },
  ];
}

/** The grant's totals as a table of figures (seed 000 Tabell 1). */
export function printDistributionSummary(
  totals: PrintableDistributionTotals,
  options: Printing<DistributionLabels>,
): PrintedTable {
  const { labels } = options;
  return {
    key: 'distribution',
    label: options.label,
    caption: options.caption,
    base: null,
    note: null,
    columns: [
      { header: labels.item, kind: 'text' },
      { header: labels.value, kind: 'integer' },
    ],
    rows: distributionFigures(totals, labels).map((figure) => [text(figure.header), figure.cell]),
    totals: null,
    chart: null,
    source: options.source,
  };
}

/** Every recipient's distribution and use, with totals (seed 000 Bilaga 1 tabell 1). */
export function printDistributionAnnex(
  table: { rows: readonly PrintableDistributionRow[]; totals: PrintableDistributionTotals },
  options: Printing<DistributionLabels>,
): PrintedTable {
  const { labels } = options;
  const columns: PrintedColumn[] = [
    { header: labels.code, kind: 'text' },
    { header: labels.recipient, kind: 'text' },
    { header: labels.allocation, kind: 'kronor' },
    { header: labels.requisitioned, kind: 'kronor' },
    { header: labels.used, kind: 'kronor' },
    { header: labels.unused, kind: 'kronor' },
    { header: labels.unusedShare, kind: 'percent' },
    { header: labels.toRepay, kind: 'kronor' },
  ];
  return {
    key: 'annex',
    label: options.label,
    caption: options.caption,
    base: null,
    note: null,
    columns,
    rows: table.rows.map((row) => [
      text(row.recipientCode),
      text(row.name),
      kronor(row.allocationKr),
      kronor(row.requisitionedKr),
      kronor(row.usedKr),
      kronor(row.unusedKr),
      row.unusedKr === null ? text('') : share(row.unusedPercent),
      kronor(row.toRepayKr),
    ]),
    totals: [
      text(labels.total),
      text(''),
      kronor(table.totals.allocationKr),
      kronor(table.totals.requisitionedKr),
      kronor(table.totals.usedKr),
      kronor(table.totals.unusedKr),
      share(table.totals.unusedPercent),
      kronor(table.totals.toRepayKr),
    ],
    chart: null,
    source: options.source,
  };
}

/**
 * A question over grant years: count and share per year side by side, each year's base in the
 * note, and a chart of the latest year's shares.
 */
export function printComparison(
  comparison: PrintableComparison,
  options: Printing<DistributionLabels> & { baseText(base: number, respondents: number): string },
): PrintedTable {
  const { labels } = options;
  const years = comparison.years.flatMap((year, index) => (year ? [{ year, index }] : []));
  const columns: PrintedColumn[] = [
    { header: labels.answer, kind: 'text' },
    ...years.flatMap(({ year }): PrintedColumn[] => [
      { header: labels.countIn(year.grantYear), kind: 'integer' },
      { header: labels.shareIn(year.grantYear), kind: 'percent' },
    ]),
  ];
  return {
    key: `compare-${comparison.questionId}`,
    label: options.label,
    caption: comparison.title,
    base: null,
    note: years
      .map(({ year }) =>
        labels.baseIn(year.grantYear, options.baseText(year.base, year.respondents)),
      )
      .join('; '),
    columns,
    rows: comparison.rows.map((row) => [
      text(row.label),
      ...years.flatMap(({ index }) => {
        const cell = row.cells[index];
        return cell ? [integer(cell.count), share(cell.percent)] : [text('–'), text('–')];
      }),
    ]),
    totals: null,
    chart: years.length > 0 ? { labelColumn: 0, valueColumn: columns.length - 1 } : null,
    source: options.source,
  };
}
