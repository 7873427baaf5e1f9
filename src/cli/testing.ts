// For the CLI tests only: run `statsbidrag` as a user does, through bin/statsbidrag.js in a child
// process, so exit codes, stdout and stderr are checked for real rather than through a mock.
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI runs from here, and tests read docs/examples and reference/. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const BIN = join(ROOT, 'bin/statsbidrag.js');
// Results of the golden cases are a few MiB; the default 1 MiB buffer would cut them off.
const MAX_BUFFER = 64 * 2 ** 20;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `statsbidrag …args`, with `env` added to this process's environment. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: MAX_BUFFER },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The same, blocking, for the table-driven tests that check one command after another. */
export function runCliSync(args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
