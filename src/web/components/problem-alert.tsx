// Shows a failed call the way the API describes it (application/problem+json): the title, and
// either the detail or every issue with its file, line and column (the API lists at most 100 and
// says how many more there were), each said once: the detail of a single issue is that issue's
// sentence, and the list needs no count above it. Never a stack trace or a field path: an issue
// about a form's field is said at that field and in the form's error summary (`atField`), not here.
// Focus moves here when it appears, so the person hears what went wrong straight away.
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
  /**
   * The issues the form shows at their fields (and in its ErrorSummary): left out here, and the
   * alert is not shown at all when every issue is one of them.
   */
  atField?: (issue: ProblemIssue) => boolean;
  /**
   * What the issue is about, named as the page names it ("Fråga Antal brukare"), for issues
   * about a part of what was sent that has no field of its own on the page.
   */
  where?: (issue: ProblemIssue) => string | undefined;
}

export function ProblemAlert({
  error,
  title,
  headingLevel = 2,
  autoFocus = true,
  atField,
  where,
}: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [error, autoFocus]);

  const problem = error.problem;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const allIssues = problem?.errors ?? [];
  const issues = atField ? allIssues.filter((issue) => !atField(issue)) : allIssues;
  const saidAtFields = allIssues.length > 0 && issues.length === 0;
  if (saidAtFields && !problem?.omittedErrors) return null;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <Heading className="alert__title">{title ?? problemTitle(error, t)}</Heading>
      {title && problem ? <p>{problem.title}</p> : null}
      {/* One issue's detail is its sentence, several issues' a count: the list says both, unless
          it is cut short, when the count and "the first 100 are shown" are worth saying. */}
      {problem?.detail && (allIssues.length === 0 || problem.omittedErrors) ? (
        <p>{problem.detail}</p>
      ) : null}
      {!problem ? <p>{t(fallbackMessageKey(error))}</p> : null}
      {issues.length > 0 ? (
        <ul className="issue-list">
          {issues.map((issue, index) => (
            // The sentence says where itself (file, line, column), as the API words it.
            <li key={index}>
              {where?.(issue) ? `${where(issue)}: ${issue.message}` : issue.message}
            </li>
          ))}
        </ul>
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
