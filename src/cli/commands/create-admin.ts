import type { Command } from 'commander';
import { openDatabase, type DatabaseHandle } from '../../db/client';
import { DatabaseLockedError } from '../../db/directory-lock';
import { isDomainError } from '../../domain/errors';
import { systemContext } from '../../services/common/context';
import { createAccount } from '../../services/access/create-account';
import { passwordRefusal } from '../../services/access/password';
import { ACCESS_MESSAGES } from '../../services/access/messages';

// Exit codes, as for every statsbidrag command: 0 done, 1 bad input, 2 usage error.
const EXIT_BAD_INPUT = 1;

const EXAMPLES = `
The password comes from STATSBIDRAG_ADMIN_PASSWORD or, without it, from stdin (never an argument,
which would end up in the shell history and the process list). The database is the server's:
DATABASE_URL, or the embedded one in DATA_DIR (default ./data; stop the server first).

Example:
  $ read -rs PW && printf '%s' "$PW" | statsbidrag create-admin --email it@myndighet.se --name "Ida IT"`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** `statsbidrag create-admin`: the first administrator of a production installation. */
export function registerCreateAdminCommand(program: Command): Command {
  return program
    .command('create-admin')
    .description('Create a system administrator account (production has no other way in).')
    .requiredOption('--email <email>', 'the administrator’s email address (the sign-in name)')
    .option('--name <name>', 'the name shown in the app and the audit log', 'Administratör')
    .addHelpText('after', EXAMPLES)
    .action(async (options: { email: string; name: string }) => {
      const password = process.env.STATSBIDRAG_ADMIN_PASSWORD ?? (await readStdin());
      const refusal = passwordRefusal(password, options);
      if (refusal) {
        process.stderr.write(`${ACCESS_MESSAGES[refusal.code].en(refusal.params)}\n`);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      let database: DatabaseHandle;
      try {
        database = await openDatabase({
          databaseUrl: process.env.DATABASE_URL || undefined,
          dataDir: process.env.DATA_DIR || './data',
        });
      } catch (error) {
        // The running server holds the embedded database: say so as the server does, no stack.
        if (!(error instanceof DatabaseLockedError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      try {
        const ctx = systemContext(database.db, 'system:cli', () => new Date());
        const user = await createAccount(ctx, {
          email: options.email,
          name: options.name,
          password,
          recipientCode: null,
          roles: [{ role: 'admin', grantId: null }],
        });
        process.stdout.write(`Created the administrator ${user.email}.\n`);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        process.stderr.write(`${error.code}: ${JSON.stringify(error.params)}\n`);
        process.exitCode = EXIT_BAD_INPUT;
      } finally {
        await database.close();
      }
    });
}
