import type { Issue } from '../../domain/issues';

/**
 * Input that cannot be accepted, with every issue found (not just the first): a bad file row by
 * row and cell by cell. Thrown after the whole input was checked and before anything was written,
 * so the transaction holds no change.
 */
export class InvalidInputError extends Error {
  constructor(readonly issues: Issue[]) {
    // The message is for logs: a few codes say what kind of input it was, not all 600 000.
    const codes = [...new Set(issues.slice(0, 100).map((issue) => issue.code))].join(', ');
    super(`${issues.length} issue(s): ${codes}`);
    this.name = 'InvalidInputError';
  }
}
