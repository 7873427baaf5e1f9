// The government report's tables in the contract's shapes (src/contracts/government-report.ts):
// kronor as JSON integers, exact sums as decimal strings, free text with the organisation's name,
// and for open data only aggregates.
import type {
  DistributionRowSchema,
  DistributionTotalsSchema,
  GovernmentReport,
  QuestionTableJson,
} from '../../contracts/government-report';
import type { z } from 'zod';
import type {
  DistributionRow,
  DistributionTotals,
} from '../../domain/government-report/distribution';
import type { QuestionTable, TextAnswer } from '../../domain/government-report/question-tables';
import { toCanonicalString, toDecimalString, type Rational } from '../../domain/rational';

export type Audience = GovernmentReport['audience'];

const kr = (value: bigint) => Number(value);
const krOrNull = (value: bigint | null) => (value === null ? null : Number(value));

/** A decimal when the number has one ("12.5"), the fraction otherwise ("1/3"). */
export function exactNumber(value: Rational): string {
  let den = value.den;
  let places = 0;
  while (den % 10n === 0n || den % 2n === 0n || den % 5n === 0n) {
    if (den % 10n === 0n) den /= 10n;
    else if (den % 2n === 0n) den /= 2n;
    else den /= 5n;
    places += 1;
  }
  if (den !== 1n) return toCanonicalString(value);
  const text = toDecimalString(value, places);
  return places === 0 ? text : text.replace(/\.?0+$/, '');
}

export function presentTotals(
  totals: DistributionTotals,
): z.infer<typeof DistributionTotalsSchema> {
  return {
    ...totals,
    allocationKr: kr(totals.allocationKr),
    requisitionedKr: kr(totals.requisitionedKr),
    usedKr: kr(totals.usedKr),
    unusedKr: kr(totals.unusedKr),
    toRepayKr: kr(totals.toRepayKr),
  };
}

export function presentDistributionRow(
  row: DistributionRow,
): z.infer<typeof DistributionRowSchema> {
  return {
    ...row,
    allocationKr: kr(row.allocationKr),
    requisitionedKr: krOrNull(row.requisitionedKr),
    usedKr: krOrNull(row.usedKr),
    unusedKr: krOrNull(row.unusedKr),
    toRepayKr: kr(row.toRepayKr),
  };
}

/**
 * One table in the contract's shape, or null when the audience may not see it (a free-text
 * question in open data). Open data never carries what was written under "other".
 */
export function presentTable(
  table: QuestionTable,
  source: string,
  audience: Audience,
  names: ReadonlyMap<string, string>,
): QuestionTableJson | null {
  const texts = (answers: TextAnswer[]) =>
    audience === 'open_data'
      ? []
      : answers.map((a) => ({
          ...a,
          recipientName: names.get(a.recipientCode) ?? a.recipientCode,
        }));
  switch (table.kind) {
    case 'choices':
      return { ...table, source, otherTexts: texts(table.otherTexts) };
    case 'scale':
    case 'scale_matrix':
      return { ...table, source };
    case 'sum':
      return { ...table, source, sum: exactNumber(table.sum) };
    case 'number_matrix':
      return {
        ...table,
        source,
        rows: table.rows.map((row) => ({
          ...row,
          cells: row.cells.map((c) => ({ ...c, sum: exactNumber(c.sum) })),
          total: exactNumber(row.total),
        })),
        totals: table.totals.map((c) => ({ ...c, sum: exactNumber(c.sum) })),
        total: exactNumber(table.total),
      };
    case 'text':
      return audience === 'open_data' ? null : { ...table, source, answers: texts(table.answers) };
  }
}
