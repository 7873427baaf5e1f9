// Every cell of an uploaded table is a text that may be stored (a recipient's name, a figure's
// source): none may hold a control character (PostgreSQL cannot store U+0000) or be longer than a
// cell can sensibly be (docs/decisions/0023). Checked once here for CSV and XLSX alike.
import type { Issue } from '../domain/issues';
import { TEXT_LIMITS, textIssue } from '../domain/text';

// Enough to fix a file; a file full of them is refused just the same.
const MAX_ISSUES = 100;

/**
 * The issues of the cells of `rows` (the header row first), each with its line and column: the
 * header's name where it has a usable one, its number otherwise.
 */
export function cellTextIssues(
  file: string,
  rows: readonly { line: number; cells: readonly string[] }[],
): Issue[] {
  const issues: Issue[] = [];
  const header = rows[0]?.cells ?? [];
  for (const [rowIndex, row] of rows.entries()) {
    for (const [index, cell] of row.cells.entries()) {
      const issue = textIssue(cell, TEXT_LIMITS.cell);
      if (!issue) continue;
      const name = header[index]?.trim() ?? '';
      const named = rowIndex > 0 && name !== '' && textIssue(name, TEXT_LIMITS.name) === undefined;
      issues.push({
        file,
        row: row.line,
        ...(named && { column: name }),
        columnNumber: index + 1,
        ...issue,
      });
      if (issues.length === MAX_ISSUES) return issues;
    }
  }
  return issues;
}
