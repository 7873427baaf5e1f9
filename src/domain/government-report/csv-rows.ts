// The rows of `statsbidrag report-tables`' CSV files (docs/government-report.md): header
// question_id,choice_id,label,count,base,percent; one row per choice (zero counts included), per
// scale step, or per matrix row (its count rating it high), and with `spread` the matrix rows'
// full spread as `<row>_<step>` rows. Sums and free text have no CSV table.
import type { QuestionTable } from './question-tables';

export const TABLE_CSV_HEADER = ['question_id', 'choice_id', 'label', 'count', 'base', 'percent'];

export function tableCsvRows(
  table: QuestionTable,
  options: { spread: boolean },
): string[][] | null {
  const id = table.questionId;
  const base = String(table.base);
  switch (table.kind) {
    case 'choices':
      return table.rows.map((r) => [
        id,
        r.choiceId,
        r.label,
        String(r.count),
        base,
        r.percent ?? '',
      ]);
    case 'scale':
      return table.values.map((v) => [
        id,
        String(v.value),
        String(v.value),
        String(v.count),
        base,
        v.percent ?? '',
      ]);
    case 'scale_matrix':
      return table.rows.flatMap((r) => [
        [id, r.rowId, r.label, String(r.count), String(r.base), r.percent ?? ''],
        ...(options.spread
          ? r.values.map((v) => [
              id,
              `${r.rowId}_${v.value}`,
              `${r.label} – ${v.value}`,
              String(v.count),
              String(r.base),
              v.percent ?? '',
            ])
          : []),
      ]);
    default:
      return null;
  }
}
