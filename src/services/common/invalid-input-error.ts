import type { Issue } from '../../domain/issues';

/**
 * Input that cannot be accepted, with every issue found (not just the first): a bad file row by
 * row and cell by cell. Thrown after the whole input was checked and before anything was written,
 * so the transaction holds no change.
 */
export class InvalidInputError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`${issues.length} issue(s): ${issues.map((issue) => issue.code).join(', ')}`);
    this.name = 'InvalidInputError';
  }
}
