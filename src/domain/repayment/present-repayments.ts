import type { Locale } from '../money';
import { explainRepayment, type RepaymentResult, type RepaymentRow } from './compute-repayments';

/**
 * The result as the CLI's table: one row per recipient, then a totals row with an EMPTY
 * recipient_code and the name `Summa`. An empty code can never be mistaken for a recipient (a
 * code `TOTAL` could be read back as one), and "Summa" is what the annexes print and what the key
 * import already recognises as a totals row.
 */
export const REPAYMENT_COLUMNS = [
  'recipient_code',
  'name',
  'received',
  'used',
  'unused',
  'waived',
  'to_repay',
] as const;

export const TOTALS_ROW_NAME = 'Summa';

const amounts = (
  row: Pick<RepaymentRow, 'receivedKr' | 'usedKr' | 'unusedKr' | 'waivedKr' | 'toRepayKr'>,
) => [row.receivedKr, row.usedKr, row.unusedKr, row.waivedKr, row.toRepayKr].map(String);

/** Headers and rows (text, kronor as digits), the totals row last. */
export function repaymentTable(
  result: RepaymentResult,
  names: ReadonlyMap<string, string>,
): { headers: string[]; rows: string[][] } {
  return {
    headers: [...REPAYMENT_COLUMNS],
    rows: [
      ...result.rows.map((row) => [
        row.recipientCode,
        names.get(row.recipientCode) ?? '',
        ...amounts(row),
      ]),
      ['', TOTALS_ROW_NAME, ...amounts(result.totals)],
    ],
  };
}

/** Everything as JSON (kronor as digit strings), with each row's explanation in `locale`. */
export function repaymentResultJson(
  result: RepaymentResult,
  names: ReadonlyMap<string, string>,
  locale: Locale,
): Record<string, unknown> {
  const { totals, rule } = result;
  return {
    rule: {
      repaymentRequired: rule.repaymentRequired,
      waiverThresholdKr: rule.waiverThresholdKr.toString(),
    },
    totals: {
      recipients: totals.recipients,
      recipientsWithUnused: totals.recipientsWithUnused,
      repayingRecipients: totals.repayingRecipients,
      waivedRecipients: totals.waivedRecipients,
      receivedKr: totals.receivedKr.toString(),
      usedKr: totals.usedKr.toString(),
      unusedKr: totals.unusedKr.toString(),
      waivedKr: totals.waivedKr.toString(),
      toRepayKr: totals.toRepayKr.toString(),
      keptKr: totals.keptKr.toString(),
    },
    rows: result.rows.map((row) => ({
      recipientCode: row.recipientCode,
      name: names.get(row.recipientCode) ?? '',
      outcome: row.outcome,
      receivedKr: row.receivedKr.toString(),
      usedKr: row.usedKr.toString(),
      unusedKr: row.unusedKr.toString(),
      waivedKr: row.waivedKr.toString(),
      toRepayKr: row.toRepayKr.toString(),
      keptKr: row.keptKr.toString(),
      explanation: explainRepayment(row, rule, locale),
    })),
  };
}
