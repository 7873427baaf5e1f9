// Shows a failed call the way the API describes it (application/problem+json): the title, the
// detail and every issue with its file, line and column (the API lists at most 100 and says how
// many more there were). Never a stack trace. Focus moves here
// when it appears, so the person hears what went wrong and can read the list straight away.
import { useEffect, useRef } from 'react';
import type { ProblemIssue } from '../../contracts/problem';
import type { ApiError } from '../api-client';
import type { Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';
import { useI18n } from '../i18n/i18n';

interface Props {
  error: ApiError;
  /** A heading that says what was being done ("Filen kunde inte läsas in"). */
  title?: string;
  headingLevel?: 2 | 3;
  /** Move focus here when shown (default true). */
  autoFocus?: boolean;
}

export function ProblemAlert({ error, title, headingLevel = 2, autoFocus = true }: Props) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [error, autoFocus]);

  const problem = error.problem;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const issues = problem?.errors ?? [];
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <Heading className="alert__title">{title ?? problemTitle(error, t)}</Heading>
      {title && problem ? <p>{problem.title}</p> : null}
      {problem?.detail ? <p>{problem.detail}</p> : null}
      {!problem ? <p>{t(fallbackMessageKey(error))}</p> : null}
      {issues.length > 0 ? (
        <>
          <p>
            {t('problem.issueCount', {
              count: new Intl.NumberFormat(locale).format(
                issues.length + (problem?.omittedErrors ?? 0),
              ),
            })}
            {problem?.omittedErrors
              ? ` ${t('problem.issuesOmitted', { shown: issues.length })}`
              : null}
          </p>
          <ul className="issue-list">
            {issues.map((issue, index) => (
              <li key={index}>
                {issueLocation(issue, t) ? (
                  <span className="issue-list__where">{issueLocation(issue, t)}: </span>
                ) : null}
                {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function problemTitle(error: ApiError, t: Translate): string {
  if (error.problem) return error.problem.title;
  return t('problem.genericTitle');
}

function fallbackMessageKey(error: ApiError): MessageKey {
  if (error.kind === 'network') return 'problem.network';
  if (error.status >= 500) return 'problem.server';
  return 'problem.unexpected';
}

/** "Fil nyckel.csv, rad 5, kolumn amount_kr" – only the parts the issue has. */
function issueLocation(issue: ProblemIssue, t: Translate): string {
  const parts: string[] = [];
  if (issue.file) parts.push(t('problem.file', { file: issue.file }));
  if (issue.row !== undefined) parts.push(t('problem.row', { row: issue.row }));
  if (issue.column) parts.push(t('problem.column', { column: issue.column }));
  if (issue.path && !issue.column) parts.push(t('problem.path', { path: issue.path }));
  return parts.join(', ');
}
