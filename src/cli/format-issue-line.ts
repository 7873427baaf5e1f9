import { describeIssueLocation, describeIssueMessage, type Issue } from '../domain/issues';
import type { Locale } from '../domain/money';

/**
 * One issue as a compiler-style line, `file:line:column: message`, so editors and CI logs can
 * jump to the cell. Parts that are unknown are left out (`model.json: …`, `data.csv:14: …`); the
 * message still names the column or JSON path in words. A command whose codes have their own
 * table (performance, repayments) passes its `describe…IssueMessage`.
 * @example "data.csv:14:3: Kolumn population: \"12x\" är inte ett tal."
 */
export function formatIssueLine(
  issue: Issue,
  locale: Locale,
  describeMessage: (issue: Issue, locale: Locale) => string = describeIssueMessage,
): string {
  const location = [issue.file, issue.row, issue.row === undefined ? undefined : issue.columnNumber]
    .filter((part) => part !== undefined)
    .join(':');
  const { file: _file, row: _row, ...rest } = issue;
  const where = describeIssueLocation(rest, locale);
  const message = describeMessage(issue, locale);
  const text = where === '' ? message : `${where}: ${message}`;
  return location === '' ? text : `${location}: ${text}`;
}
