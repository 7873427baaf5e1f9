import { readFile } from 'node:fs/promises';
import { firstIssues, type Issue } from '../domain/issues';
import type { Table } from '../domain/table';
import { readTable } from '../files/read-table';

// Every statsbidrag command reports bad input the same way: parse and validate everything, then
// exit 1 with one `file:line:column: message` line per issue on stderr (never only the first).

/** Thrown inside a command to stop with exit code 1 and these issues on stderr. */
export class BadInput extends Error {
  constructor(readonly issues: Issue[]) {
    super('bad input');
  }
}

/** The file's bytes; a missing or unreadable file is bad input naming the file, not a crash. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch {
    throw new BadInput([{ file: path, code: 'file.not_found', params: {} }]);
  }
}

/** A CSV or XLSX file as a table, every cell issue reported with its line and column. */
export async function readTableFile(path: string): Promise<Table> {
  const read = await readTable(await readBytes(path), path);
  if (!read.ok) throw new BadInput(read.issues);
  return read.table;
}

/**
 * Runs a command's body and returns its exit code; a BadInput thrown inside becomes exit code 1
 * with its issues written to stderr, one line each (the first MAX_REPORTED_ISSUES, then a line
 * saying how many more). Any other error is a bug and is rethrown.
 */
export async function exitCodeReportingBadInput(
  body: () => Promise<number>,
  stderr: (text: string) => void,
  formatIssue: (issue: Issue) => string,
): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    const { shown, omitted } = firstIssues(error.issues);
    for (const issue of shown) stderr(`${formatIssue(issue)}\n`);
    if (omitted > 0)
      stderr(`${formatIssue({ code: 'issues.omitted', params: { count: omitted } })}\n`);
    return 1;
  }
}
