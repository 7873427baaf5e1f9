import type { IssueParams } from './issues';

/**
 * A single rule broken inside the domain: "the budget cannot cover the minimums". Thrown, not
 * returned, because the caller cannot go on; expected multi-issue outcomes (file imports) return
 * `Issue[]` instead. `code` is one of the documented codes in `issues.ts` (services add their own
 * under their own prefix); `describeIssue` turns code and params into a sentence.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly params: IssueParams;

  constructor(code: string, params: IssueParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
