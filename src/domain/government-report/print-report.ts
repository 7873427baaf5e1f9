// The whole report to the government as printed: Tabell 1 (distribution and use), one table per
// question with counts (in the form's order), the free-text answers apart (read, not published),
// and the annex per recipient. From the report as the API sends it (or the domain builds it), so
// the page and the files number and caption every table alike.
import {
  ENGLISH_DISTRIBUTION_LABELS,
  printDistributionAnnex,
  printDistributionSummary,
  SWEDISH_DISTRIBUTION_LABELS,
  type DistributionLabels,
  type PrintableDistributionRow,
  type PrintableDistributionTotals,
} from './print-distribution';
import {
  ENGLISH_PRINT_LABELS,
  printOtherTextsTable,
  printQuestionTable,
  printSpreadTable,
  SWEDISH_PRINT_LABELS,
  type PrintableQuestionTable,
  type PrintLabels,
} from './print-tables';
import type { PrintedReport, PrintedTable } from './printed-table';
import type { Locale } from '../money';

export interface PrintableReport {
  grant: { name: string; grantYear: number };
  source: string;
  respondents: number;
  distribution: {
    rows: readonly PrintableDistributionRow[];
    totals: PrintableDistributionTotals;
  };
  tables: readonly PrintableQuestionTable[];
}

export interface ReportLabels {
  tables: PrintLabels;
  distribution: DistributionLabels;
  /** "Återrapportering till regeringen: {grant}" */
  title(grantName: string): string;
  distributionCaption(grantYear: number): string;
  annexLabel: string;
  annexCaption(grantYear: number): string;
  /** "Fritextsvar {number}" */
  freeTextLabel(number: number): string;
  /** "Antal inskickade återrapporter: 290" */
  respondents(count: number): string;
  /** "{title} (fråga {number} i återrapporteringen)": a caption another question shares. */
  sharedTitle(title: string, number: number): string;
}

export const REPORT_LABELS: Record<Locale, ReportLabels> = {
  sv: {
    tables: SWEDISH_PRINT_LABELS,
    distribution: SWEDISH_DISTRIBUTION_LABELS,
    title: (grantName) => `Återrapportering till regeringen: ${grantName}`,
    distributionCaption: (year) => `Rekvirerat och använt statsbidrag under ${year}.`,
    annexLabel: 'Bilaga 1',
    annexCaption: (year) => `Fördelning och användning av statsbidraget ${year}`,
    freeTextLabel: (number) => `Fritextsvar ${number}`,
    respondents: (count) => `Antal inskickade återrapporter: ${count}`,
    sharedTitle: (title, number) => `${title} (fråga ${number} i återrapporteringen)`,
  },
  en: {
    tables: ENGLISH_PRINT_LABELS,
    distribution: ENGLISH_DISTRIBUTION_LABELS,
    title: (grantName) => `Report to the government: ${grantName}`,
    distributionCaption: (year) => `Grant requisitioned and used in ${year}.`,
    annexLabel: 'Annex 1',
    annexCaption: (year) => `Distribution and use of the grant ${year}`,
    freeTextLabel: (number) => `Free-text answers ${number}`,
    respondents: (count) => `Submitted reports: ${count}`,
    sharedTitle: (title, number) => `${title} (question ${number} of the follow-up)`,
  },
};

export interface PrintedGovernmentReport {
  /** Tabell 1 and the question tables: what the PDF prints. */
  report: PrintedReport;
  /** The free-text answers, one table per question: read, not published. */
  freeText: readonly PrintedTable[];
  /** Bilaga 1: every recipient's distribution and use. */
  annex: PrintedTable;
}

export function printGovernmentReport(
  report: PrintableReport,
  locale: Locale,
  facts: readonly string[] = [],
): PrintedGovernmentReport {
  const labels = REPORT_LABELS[locale];
  const year = report.grant.grantYear;
  const tables: PrintedTable[] = [
    printDistributionSummary(report.distribution.totals, {
      label: labels.tables.tableLabel(1),
      caption: labels.distributionCaption(year),
      source: report.source,
      labels: labels.distribution,
    }),
  ];
  const freeText: PrintedTable[] = [];
  // Tables are numbered as they are printed here (Tabell 1, then each question with counts), so a
  // number is this report's own; the caption is the question's own text, and where two questions
  // share a text, its place among the form's questions tells them apart (docs/government-report.md).
  const titles = new Map<string, number>();
  for (const table of report.tables) titles.set(table.title, (titles.get(table.title) ?? 0) + 1);
  for (const [index, asked] of report.tables.entries()) {
    const table =
      (titles.get(asked.title) ?? 0) > 1
        ? { ...asked, title: labels.sharedTitle(asked.title, index + 1) }
        : asked;
    if (table.kind === 'text') {
      const printed = printQuestionTable(table, {
        number: freeText.length + 1,
        source: report.source,
        labels: labels.tables,
      });
      freeText.push({ ...printed, label: labels.freeTextLabel(freeText.length + 1) });
    } else {
      const printed = printQuestionTable(table, {
        number: tables.length + 1,
        source: report.source,
        labels: labels.tables,
      });
      const spread = printSpreadTable(table, printed, labels.tables);
      const otherTexts = printOtherTextsTable(table, printed, labels.tables);
      tables.push({
        ...printed,
        ...(spread && { spread }),
        ...(otherTexts && { otherTexts }),
      });
    }
  }
  return {
    report: {
      title: labels.title(report.grant.name),
      facts: [labels.respondents(report.respondents), ...facts],
      tables,
    },
    freeText,
    annex: printDistributionAnnex(report.distribution, {
      label: labels.annexLabel,
      caption: labels.annexCaption(year),
      source: report.source,
      labels: labels.distribution,
    }),
  };
}
