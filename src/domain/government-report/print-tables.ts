// The tables of the report to the government as they are printed (printed-table.ts), from the
// question tables the domain computes (question-tables.ts). Written over the tables' shape with
// integers as number or bigint, so the server (bigint) and the web (the API's JSON numbers) print
// the same table from the same function. Headers come from the caller: Swedish in the files,
// the reader's language on the page.
import {
  integerCell as integer,
  shareCell as share,
  textCell as text,
  type PrintedCell,
  type PrintedColumn,
  type PrintedTable,
} from './printed-table';

type Integer = number | bigint;
/** A sum: an integer, or the API's exact number string ("1234", "12.5", "1/3"). */
type Exact = Integer | string;
type Share = string | null;

/** The API names the organisation; the domain's own tables carry only its code. */
interface TextAnswer {
  recipientCode: string;
  recipientName?: string;
  text: string;
}

interface Head {
  questionId: string;
  title: string;
  respondents: number;
  base: number;
  note: string | null;
}

/** A question table as the domain builds it or the API sends it (integers either way). */
export type PrintableQuestionTable = Head &
  (
    | {
        kind: 'choices';
        rows: readonly { label: string; count: number; percent: Share; other?: boolean }[];
        /** What was written under the free-text alternative (the agency's report only). */
        otherTexts?: readonly TextAnswer[];
      }
    | {
        kind: 'scale';
        values: readonly { value: number; count: number; percent: Share }[];
        high: { values: readonly number[]; label: string; count: number; percent: Share };
      }
    | {
        kind: 'scale_matrix';
        min: number;
        max: number;
        high: { values: readonly number[]; label: string };
        rows: readonly {
          label: string;
          base: number;
          count: number;
          percent: Share;
          /** The row's full spread: a count and share per step. */
          values: readonly { value: number; count: number; percent: Share }[];
        }[];
      }
    | { kind: 'sum'; sum: Exact; unit: 'kr' | null }
    | {
        kind: 'number_matrix';
        columns: readonly { columnId: string; label: string }[];
        rows: readonly {
          label: string;
          cells: readonly { columnId: string; sum: Exact; percent: Share }[];
          total: Exact;
        }[];
        totals: readonly { columnId: string; sum: Exact; percent: Share }[];
        total: Exact;
      }
    | {
        kind: 'text';
        answers: readonly TextAnswer[];
      }
  );

/** The column headers and row labels a printed table needs, in one language. */
export interface PrintLabels {
  answer: string;
  count: string;
  share: string;
  /** "Andel {column}" */
  shareOf(column: string): string;
  /** "Antal {column}" */
  countOf(column: string): string;
  total: string;
  sum: string;
  step: string;
  /** "Antal som svarat 4–5" */
  highCount(values: string): string;
  rated: string;
  area: string;
  recipientCode: string;
  recipient: string;
  freeText: string;
  /** "Tabell {number}" */
  tableLabel(number: number): string;
  /** "Tabell 8, hela fördelningen" */
  spreadLabel(tableLabel: string): string;
  /** "Tabell 5, svar under ”Övrig personal”" */
  otherTextsLabel(tableLabel: string, choice: string): string;
}

export const SWEDISH_PRINT_LABELS: PrintLabels = {
  answer: 'Svarsalternativ',
  count: 'Antal',
  share: 'Andel',
  shareOf: (column) => `Andel ${column.toLocaleLowerCase('sv')}`,
  countOf: (column) => `Antal ${column.toLocaleLowerCase('sv')}`,
  total: 'Totalt',
  sum: 'Summa',
  step: 'Svar',
  highCount: (values) => `Antal som svarat ${values}`,
  rated: 'Antal som svarat',
  area: 'Område',
  recipientCode: 'Kod',
  recipient: 'Mottagare',
  freeText: 'Svar',
  tableLabel: (number) => `Tabell ${number}`,
  spreadLabel: (tableLabel) => `${tableLabel}, hela fördelningen`,
  otherTextsLabel: (tableLabel, choice) => `${tableLabel}, svar under ”${choice}”`,
};

export const ENGLISH_PRINT_LABELS: PrintLabels = {
  answer: 'Answer',
  count: 'Number',
  share: 'Share',
  shareOf: (column) => `Share ${column.toLocaleLowerCase('en')}`,
  countOf: (column) => `Number ${column.toLocaleLowerCase('en')}`,
  total: 'Total',
  sum: 'Sum',
  step: 'Answer',
  highCount: (values) => `Number answering ${values}`,
  rated: 'Number answering',
  area: 'Area',
  recipientCode: 'Code',
  recipient: 'Recipient',
  freeText: 'Answer',
  tableLabel: (number) => `Table ${number}`,
  spreadLabel: (tableLabel) => `${tableLabel}, full distribution`,
  otherTextsLabel: (tableLabel, choice) => `${tableLabel}, answers under “${choice}”`,
};

/** A sum as a number cell; a sum that is not whole (never from whole-number questions) as text. */
function exact(value: Exact, unit: 'kr' | null = null): PrintedCell {
  if (typeof value === 'string' && !/^-?\d+$/.test(value)) return text(value.replace('.', ','));
  return { kind: unit === 'kr' ? 'kronor' : 'integer', value: BigInt(value) };
}

/** "4–5" for the steps counted as high. */
function stepsText(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

const textAnswerRow = (answer: TextAnswer): PrintedCell[] => [
  text(answer.recipientCode),
  text(answer.recipientName ?? ''),
  text(answer.text),
];

interface Body {
  columns: PrintedColumn[];
  rows: PrintedCell[][];
  totals: PrintedCell[] | null;
  chart: PrintedTable['chart'];
}

function body(table: PrintableQuestionTable, labels: PrintLabels): Body {
  switch (table.kind) {
    case 'choices':
      return {
        columns: [
          { header: labels.answer, kind: 'text' },
          { header: labels.count, kind: 'integer' },
          { header: labels.share, kind: 'percent' },
        ],
        rows: table.rows.map((row) => [text(row.label), integer(row.count), share(row.percent)]),
        totals: null,
        chart: { labelColumn: 0, valueColumn: 2 },
      };
    case 'scale':
      return {
        columns: [
          { header: labels.step, kind: 'text' },
          { header: labels.count, kind: 'integer' },
          { header: labels.share, kind: 'percent' },
        ],
        rows: table.values.map((step) => [
          text(String(step.value)),
          integer(step.count),
          share(step.percent),
        ]),
        totals: [
          text(`${stepsText(table.high.values)} ${table.high.label}`.trim()),
          integer(table.high.count),
          share(table.high.percent),
        ],
        chart: { labelColumn: 0, valueColumn: 2 },
      };
    case 'scale_matrix':
      return {
        columns: [
          { header: labels.area, kind: 'text' },
          { header: labels.highCount(stepsText(table.high.values)), kind: 'integer' },
          { header: labels.share, kind: 'percent' },
          { header: labels.rated, kind: 'integer' },
        ],
        rows: table.rows.map((row) => [
          text(row.label),
          integer(row.count),
          share(row.percent),
          integer(row.base),
        ]),
        totals: null,
        chart: { labelColumn: 0, valueColumn: 2 },
      };
    case 'sum':
      return {
        columns: [
          { header: '', kind: 'text' },
          { header: labels.sum, kind: table.unit === 'kr' ? 'kronor' : 'integer' },
        ],
        rows: [[text(labels.sum), exact(table.sum, table.unit)]],
        totals: null,
        chart: null,
      };
    case 'number_matrix': {
      const cellsOf = (
        cells: readonly { columnId: string; sum: Exact; percent: Share }[],
      ): PrintedCell[] =>
        table.columns.flatMap((column) => {
          const cell = cells.find((candidate) => candidate.columnId === column.columnId);
          return [exact(cell?.sum ?? 0), share(cell?.percent ?? null)];
        });
      return {
        columns: [
          { header: '', kind: 'text' },
          ...table.columns.flatMap((column): PrintedColumn[] => [
            { header: column.label, kind: 'integer' },
            { header: labels.shareOf(column.label), kind: 'percent' },
          ]),
          { header: labels.total, kind: 'integer' },
        ],
        rows: table.rows.map((row) => [text(row.label), ...cellsOf(row.cells), exact(row.total)]),
        totals: [text(labels.total), ...cellsOf(table.totals), exact(table.total)],
        chart: null,
      };
    }
    case 'text':
      return {
        columns: [
          { header: labels.recipientCode, kind: 'text' },
          { header: labels.recipient, kind: 'text' },
          { header: labels.freeText, kind: 'text' },
        ],
        rows: table.answers.map(textAnswerRow),
        totals: null,
        chart: null,
      };
  }
}

/** One question's table as printed, "Tabell {number}", with its base, note and source line. */
export function printQuestionTable(
  table: PrintableQuestionTable,
  options: { number: number; source: string; labels: PrintLabels },
): PrintedTable {
  return {
    key: table.questionId,
    label: options.labels.tableLabel(options.number),
    caption: table.title,
    base:
      table.kind === 'text'
        ? null
        : {
            symbol: table.base === table.respondents ? 'N' : 'n',
            value: table.base,
          },
    note: table.note,
    ...body(table, options.labels),
    source: options.source,
  };
}

/**
 * The full spread of a 1–5 matrix (every row's count and share per step, and the row's base),
 * printed beside the table of 4–5 counts: behind "Visa hela fördelningen" on the page, a sheet of
 * its own in the XLSX. Rows in the order of the table it belongs to; null for other tables.
 */
export function printSpreadTable(
  table: PrintableQuestionTable,
  printed: PrintedTable,
  labels: PrintLabels,
): PrintedTable | null {
  if (table.kind !== 'scale_matrix') return null;
  const steps: number[] = [];
  for (let step = table.min; step <= table.max; step++) steps.push(step);
  return {
    key: `${table.questionId}-spread`,
    label: labels.spreadLabel(printed.label),
    caption: printed.caption,
    base: printed.base,
    note: printed.note,
    columns: [
      { header: labels.area, kind: 'text' },
      ...steps.flatMap((step): PrintedColumn[] => [
        { header: labels.countOf(String(step)), kind: 'integer' },
        { header: labels.shareOf(String(step)), kind: 'percent' },
      ]),
      { header: labels.rated, kind: 'integer' },
    ],
    rows: table.rows.map((row) => [
      text(row.label),
      ...steps.flatMap((step) => {
        const value = row.values.find((candidate) => candidate.value === step);
        return [integer(value?.count ?? 0), share(value ? value.percent : null)];
      }),
      integer(row.base),
    ]),
    totals: null,
    chart: null,
    source: printed.source,
  };
}

/**
 * What was written under a choice table's free-text alternative ("Övrig personal: …"), listed by
 * organisation for the case officer to read under the question; null where nothing was written
 * (open data never carries these texts).
 */
export function printOtherTextsTable(
  table: PrintableQuestionTable,
  printed: PrintedTable,
  labels: PrintLabels,
): PrintedTable | null {
  if (table.kind !== 'choices' || !table.otherTexts || table.otherTexts.length === 0) return null;
  const choice = table.rows.find((row) => row.other)?.label ?? labels.freeText;
  return {
    key: `${table.questionId}-other`,
    label: labels.otherTextsLabel(printed.label, choice),
    caption: printed.caption,
    base: null,
    note: null,
    columns: [
      { header: labels.recipientCode, kind: 'text' },
      { header: labels.recipient, kind: 'text' },
      { header: labels.freeText, kind: 'text' },
    ],
    rows: table.otherTexts.map(textAnswerRow),
    totals: null,
    chart: null,
    source: printed.source,
  };
}
