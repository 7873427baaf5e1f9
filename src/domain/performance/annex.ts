import { parseRational, rational, sub, toDecimalString, type Rational } from '../rational';
import type { PerformanceResult } from './calculate';
import type { RecipientEvaluation } from './evaluate-conditions';
import type { FigureRow, PerformanceModel } from './types';

export interface AnnexColumn {
  id: string;
  /** Swedish header, as the annex of a decision prints it. */
  header: string;
  /** The English header when the model gives an English label (issue 13 §3). */
  headerEn?: string;
  kind: 'text' | 'integer' | 'decimal' | 'percent' | 'points' | 'kronor';
}

/** Cells: text, or whole numbers as bigint (figures, whole %, percentage points, kronor). */
export type AnnexCell = string | bigint;

export interface AnnexTable {
  columns: AnnexColumn[];
  rows: AnnexCell[][];
  totalKr: bigint;
}

const SHARE_CALL = /^share\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*,\s*[A-Za-z_][A-Za-z0-9_]*\s*\)$/;

/** Half away from zero, like the printed reports ("avrunda uppåt vid 5"). */
function wholePercent(value: Rational): bigint {
  return BigInt(toDecimalString(rational(value.num * 100n, value.den), 0));
}

/**
 * The annex of a performance-based grant's decision, like seed 001's Bilaga 2: one row per
 * recipient that reported, with its raw figures, each share the conditions compute
 * (`share(a, b)`, in whole per cent, in order of measurement point), the change between the first
 * and the last share in percentage points (the exact difference rounded, as Bilaga 2 prints it:
 * 0140 has 45 % and 38 % but −6 pp), and the amount.
 * @example performanceAnnex(model, result, evaluations, figures, names).columns.map((c) => c.header)
 * // ["Kod", "Mottagare", "Antal tillsvidareanställda, februari 2022", …, "Andel februari 2022 (%)", …, "Belopp (kr)"]
 */
export function performanceAnnex(
  model: PerformanceModel,
  result: PerformanceResult,
  evaluations: readonly RecipientEvaluation[],
  figures: readonly FigureRow[],
  names: ReadonlyMap<string, string>,
): AnnexTable {
  const figureDates = new Map(
    model.figures.map((figure) => [
      figure.name,
      model.measurementPoints.find((point) => point.id === figure.measurementPoint),
    ]),
  );
  const shares = new Map<
    string,
    { expression: string; date: string; label: string; labelEn?: string }
  >();
  for (const evaluation of evaluations)
    for (const condition of evaluation.conditions)
      for (const step of condition.steps) {
        const match = SHARE_CALL.exec(step.expression);
        if (!match || shares.has(step.expression)) continue;
        const point = figureDates.get(match[1] ?? '');
        shares.set(step.expression, {
          expression: step.expression,
          date: point?.date ?? '',
          label: point?.label ?? point?.date ?? step.expression,
          ...(point?.labelEn === undefined ? {} : { labelEn: point.labelEn }),
        });
      }
  const shareColumns = [...shares.values()].sort((a, b) => a.date.localeCompare(b.date));
  const hasChange = shareColumns.length >= 2;
  const columns: AnnexColumn[] = [
    { id: 'recipient_code', header: 'Kod', kind: 'text' },
    { id: 'name', header: 'Mottagare', kind: 'text' },
    ...model.figures.map((figure) => ({
      id: figure.name,
      header: figure.label,
      ...(figure.labelEn === undefined ? {} : { headerEn: figure.labelEn }),
      kind: figure.type === 'integer' ? ('integer' as const) : ('decimal' as const),
    })),
    ...shareColumns.map((share, index) => ({
      id: `share_${index + 1}`,
      header: `Andel ${share.label} (%)`,
      ...(share.labelEn === undefined ? {} : { headerEn: `Share ${share.labelEn} (%)` }),
      kind: 'percent' as const,
    })),
    ...(hasChange
      ? [{ id: 'change_pp', header: 'Förändring (procentenheter)', kind: 'points' as const }]
      : []),
    { id: 'amount_kr', header: 'Belopp (kr)', kind: 'kronor' },
  ];
  const stepsByCode = new Map(
    evaluations.map((evaluation) => [
      evaluation.recipientCode,
      new Map(
        evaluation.conditions.flatMap((c) => c.steps.map((s) => [s.expression, s.value.exact])),
      ),
    ]),
  );
  const figuresByCode = new Map(figures.map((row) => [row.recipientCode, row.values]));
  const rows = result.recipients
    .filter((recipient) => recipient.status !== 'not_reported')
    .map((recipient) => {
      const steps = stepsByCode.get(recipient.recipientCode);
      const values = figuresByCode.get(recipient.recipientCode);
      const exactShares = shareColumns.map((share) => {
        const parsed = parseRational(steps?.get(share.expression) ?? '');
        return parsed.ok ? parsed.value : undefined;
      });
      const percents = exactShares.map((value) =>
        value === undefined ? undefined : wholePercent(value),
      );
      const first = exactShares[0];
      const last = exactShares[exactShares.length - 1];
      return [
        recipient.recipientCode,
        names.get(recipient.recipientCode) ?? '',
        ...model.figures.map((figure) => {
          const value = values?.get(figure.name);
          if (value === undefined) return '';
          return value.den === 1n ? value.num : toDecimalString(value, 6);
        }),
        ...percents.map((percent) => percent ?? ''),
        ...(hasChange
          ? [first !== undefined && last !== undefined ? wholePercent(sub(last, first)) : '']
          : []),
        recipient.amountKr,
      ];
    });
  return {
    columns,
    rows,
    totalKr: result.recipients.reduce((sum, recipient) => sum + recipient.amountKr, 0n),
  };
}
