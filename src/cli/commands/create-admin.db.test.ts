// `statsbidrag create-admin` as an operator runs it, on an embedded database in a fresh directory.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../db/client';
import { DatabaseLockedError } from '../../db/directory-lock';
import { findUserByEmail, listRoleAssignments } from '../../db/users';
import { verifyPassword } from '../../services/access/password';
import { runCli } from '../testing';

// An empty DATABASE_URL keeps the command on the embedded database in the test's own directory.
const run = (args: string[], env: Record<string, string>) =>
  runCli(args, { DATABASE_URL: '', ...env });

describe('statsbidrag create-admin', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'statsbidrag-admin-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('creates an administrator with the password from the environment, once', async () => {
    const env = { DATA_DIR: dataDir, STATSBIDRAG_ADMIN_PASSWORD: 'ett bra lösenord' };
    const created = await run(['create-admin', '--email', 'IT@Myndighet.se', '--name', 'Ida'], env);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Created the administrator it@myndighet\.se/);
    const again = await run(['create-admin', '--email', 'it@myndighet.se'], env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /user\.email_taken/);
    const short = await run(['create-admin', '--email', 'b@myndighet.se'], {
      DATA_DIR: dataDir,
      STATSBIDRAG_ADMIN_PASSWORD: 'kort',
    });
    assert.equal(short.code, 1);

    const database = await openDatabase({ dataDir });
    try {
      const user = await findUserByEmail(database.db, 'it@myndighet.se');
      assert.ok(user?.passwordHash);
      assert.equal(await verifyPassword('ett bra lösenord', user.passwordHash), true);
      const roles = await listRoleAssignments(database.db, [user.id]);
      assert.deepEqual(
        roles.map((r) => [r.role, r.grantId]),
        [['admin', null]],
      );
    } finally {
      await database.close();
    }
  });

  it('says the data directory is in use, without a stack trace, while another process has it', async () => {
    const database = await openDatabase({ dataDir });
    try {
      const locked = await run(['create-admin', '--email', 'c@myndighet.se'], {
        DATA_DIR: dataDir,
        STATSBIDRAG_ADMIN_PASSWORD: 'ett bra lösenord',
      });
      assert.equal(locked.code, 1);
      // The same sentence the server prints when it cannot start on the directory.
      assert.equal(locked.stderr.trim(), new DatabaseLockedError(dataDir, process.pid).message);
      assert.doesNotMatch(locked.stderr, /\bat .*\(|node:internal/);
    } finally {
      await database.close();
    }
  });
});
