// The same question across grant years (seed 001 compares 2022 and 2023, seed 002 2021–2023):
// each year's table side by side, rows matched by choice, scale step or matrix row id, in the
// order of the latest year, then any row only earlier years had.
import type { PrintedShare } from './percent';
import type { QuestionTable } from './question-tables';
import type { GrantColumn } from './distribution';

export interface YearCell {
  count: number;
  base: number;
  percent: PrintedShare;
}

export interface QuestionComparison {
  questionId: string;
  title: string;
  years: ((GrantColumn & { base: number; baseLabel: string; respondents: number }) | null)[];
  rows: { id: string; label: string; cells: (YearCell | null)[] }[];
}

interface CountRow {
  id: string;
  label: string;
  cell: YearCell;
}

/** A table's rows as counts over a base; null for a kind without counts (sums, text). */
function countRows(table: QuestionTable): CountRow[] | null {
  switch (table.kind) {
    case 'choices':
      return table.rows.map((r) => ({
        id: r.choiceId,
        label: r.label,
        cell: { count: r.count, base: table.base, percent: r.percent },
      }));
    case 'scale':
      return [
        {
          id: 'high',
          label: table.high.label,
          cell: { count: table.high.count, base: table.base, percent: table.high.percent },
        },
        ...table.values.map((v) => ({
          id: String(v.value),
          label: String(v.value),
          cell: { count: v.count, base: table.base, percent: v.percent },
        })),
      ];
    case 'scale_matrix':
      return table.rows.map((r) => ({
        id: r.rowId,
        label: r.label,
        cell: { count: r.count, base: r.base, percent: r.percent },
      }));
    default:
      return null;
  }
}

/**
 * One question compared over grants (oldest first, as given). A year without the question, or
 * whose question is of a kind without counts, has null cells.
 */
export function compareQuestion(
  questionId: string,
  entries: readonly (GrantColumn & { table: QuestionTable | null })[],
): QuestionComparison {
  const perYear = entries.map((e) => (e.table ? countRows(e.table) : null));
  const order: { id: string; label: string }[] = [];
  const seen = new Set<string>();
  for (const rows of [...perYear].reverse())
    for (const row of rows ?? [])
      if (!seen.has(row.id)) {
        seen.add(row.id);
        order.push({ id: row.id, label: row.label });
      }
  const latest = [...entries].reverse().find((e) => e.table !== null);
  return {
    questionId,
    title: latest?.table?.title ?? questionId,
    years: entries.map(({ table, ...column }) =>
      table
        ? {
            ...column,
            base: table.base,
            baseLabel: table.baseLabel,
            respondents: table.respondents,
          }
        : null,
    ),
    rows: order.map(({ id, label }) => ({
      id,
      label,
      cells: perYear.map((rows) => rows?.find((r) => r.id === id)?.cell ?? null),
    })),
  };
}
