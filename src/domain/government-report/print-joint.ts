// The joint report (several grants side by side: seed 001's six grants, seed 002's years of one
// programme) as printed: the distribution and use per grant with the sums over all, every
// question compared across the grants, and every recipient's figures per grant. The page shows
// the comparisons and the XLSX holds all three, printed by this one function so they agree.
import {
  distributionFigures,
  ENGLISH_DISTRIBUTION_LABELS,
  printComparison,
  SWEDISH_DISTRIBUTION_LABELS,
  type DistributionLabels,
  type PrintableComparison,
  type PrintableDistributionRow,
  type PrintableDistributionTotals,
} from './print-distribution';
import {
  baseText,
  kronorCell as kronor,
  textCell as text,
  type PrintedCell,
  type PrintedColumn,
  type PrintedReport,
  type PrintedTable,
} from './printed-table';
import type { Locale } from '../money';

export interface PrintableJointReport {
  grants: readonly { name: string; grantYear: number; totals: PrintableDistributionTotals }[];
  total: PrintableDistributionTotals;
  recipients: readonly {
    recipientCode: string;
    name: string;
    byGrant: readonly (PrintableDistributionRow | null)[];
  }[];
  questions: readonly PrintableComparison[];
}

export interface JointLabels {
  distribution: DistributionLabels;
  title: string;
  grant: string;
  year: string;
  /** "Användning per statsbidrag" */
  distributionLabel: string;
  distributionCaption: string;
  /** "Jämförelse {number}" */
  comparisonLabel(number: number): string;
  recipientsLabel: string;
  recipientsCaption: string;
  /** "Rekvirerat belopp, Äldreomsorg (2024)" */
  figureOf(figure: string, grant: string): string;
  /** "Äldreomsorg (2024)" */
  grantColumn(name: string, year: number): string;
  /** "Statsbidrag: A (2023), B (2024)" */
  grantsFact(grants: string): string;
  source: string;
}

export const JOINT_LABELS: Record<Locale, JointLabels> = {
  sv: {
    distribution: SWEDISH_DISTRIBUTION_LABELS,
    title: 'Jämförelse mellan statsbidrag',
    grant: 'Statsbidrag',
    year: 'År',
    distributionLabel: 'Användning per statsbidrag',
    distributionCaption: 'Rekvirerat och använt per statsbidrag, med summan över alla.',
    comparisonLabel: (number) => `Jämförelse ${number}`,
    recipientsLabel: 'Per mottagare',
    recipientsCaption: 'Rekvirerat, använt och ej använt per mottagare och statsbidrag.',
    figureOf: (figure, grant) => `${figure}, ${grant}`,
    grantColumn: (name, year) => `${name} (${year})`,
    grantsFact: (grants) => `Statsbidrag: ${grants}`,
    source: 'Källa: Kommunernas återrapportering av de valda statsbidragen.',
  },
  en: {
    distribution: ENGLISH_DISTRIBUTION_LABELS,
    title: 'Comparison of grants',
    grant: 'Grant',
    year: 'Year',
    distributionLabel: 'Use per grant',
    distributionCaption: 'Requisitioned and used per grant, with the sum over all.',
    comparisonLabel: (number) => `Comparison ${number}`,
    recipientsLabel: 'Per recipient',
    recipientsCaption: 'Requisitioned, used and unused per recipient and grant.',
    figureOf: (figure, grant) => `${figure}, ${grant}`,
    grantColumn: (name, year) => `${name} (${year})`,
    grantsFact: (grants) => `Grants: ${grants}`,
    source: "Source: the municipalities' follow-up reports on the chosen grants.",
  },
};

/** The joint report's tables, in the given language (the XLSX is Swedish). */
export function printJointReport(joint: PrintableJointReport, locale: Locale): PrintedReport {
  const labels = JOINT_LABELS[locale];
  const d = labels.distribution;
  const totalsCells = (totals: PrintableDistributionTotals): PrintedCell[] =>
    distributionFigures(totals, d).map((figure) => figure.cell);
  const distribution: PrintedTable = {
    key: 'joint-distribution',
    label: labels.distributionLabel,
    caption: labels.distributionCaption,
    base: null,
    note: null,
    columns: [
      { header: labels.grant, kind: 'text' },
      { header: labels.year, kind: 'text' },
      ...distributionFigures(joint.total, d).map(({ header, kind }): PrintedColumn => ({
        header,
        kind,
      })),
    ],
    rows: joint.grants.map((grant) => [
      text(grant.name),
      text(String(grant.grantYear)),
      ...totalsCells(grant.totals),
    ]),
    totals: [text(d.total), text(''), ...totalsCells(joint.total)],
    chart: null,
    source: labels.source,
  };
  const comparisons = joint.questions
    .filter((question) => question.rows.length > 0)
    .map((question, index) =>
      printComparison(question, {
        label: labels.comparisonLabel(index + 1),
        caption: question.title,
        source: labels.source,
        labels: d,
        baseText: (base, respondents) =>
          baseText({ symbol: base === respondents ? 'N' : 'n', value: base }, locale),
      }),
    );
  const grantNames = joint.grants.map((grant) => labels.grantColumn(grant.name, grant.grantYear));
  const recipients: PrintedTable = {
    key: 'joint-recipients',
    label: labels.recipientsLabel,
    caption: labels.recipientsCaption,
    base: null,
    note: null,
    columns: [
      { header: d.code, kind: 'text' },
      { header: d.recipient, kind: 'text' },
      ...grantNames.flatMap((grant): PrintedColumn[] => [
        { header: labels.figureOf(d.requisitioned, grant), kind: 'kronor' },
        { header: labels.figureOf(d.used, grant), kind: 'kronor' },
        { header: labels.figureOf(d.unused, grant), kind: 'kronor' },
      ]),
    ],
    rows: joint.recipients.map((recipient) => [
      text(recipient.recipientCode),
      text(recipient.name),
      ...joint.grants.flatMap((_, index) => {
        const row = recipient.byGrant[index] ?? null;
        return [
          kronor(row?.requisitionedKr ?? null),
          kronor(row?.usedKr ?? null),
          kronor(row?.unusedKr ?? null),
        ];
      }),
    ]),
    totals: null,
    chart: null,
    source: labels.source,
  };
  return {
    title: labels.title,
    facts: [labels.grantsFact(grantNames.join(', '))],
    tables: [distribution, ...comparisons, recipients],
  };
}
