// The sign-in throttle under a burst, against the real HTTP server (a socket, not inject): parallel
// wrong passwords must not all be checked because they all read the count before any was recorded.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { findUserByEmail } from '../../../db/users';
import { systemContext } from '../../../services/common/context';
import { createAccount } from '../../../services/access/create-account';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from '../../../services/access/sign-in';
import { buildServer, type App } from '../../server';

const PASSWORD = 'ett långt lösenord';
const BURST = 30;

describeEachDatabase('the sign-in throttle under a burst', (getDb) => {
  let app: App;
  let baseUrl: string;

  before(async () => {
    app = await buildServer({ db: getDb() });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  after(() => app.close());

  const signIn = (email: string, password: string) =>
    fetch(`${baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it(`checks at most ${MAX_FAILURES_PER_ACCOUNT} of ${BURST} parallel wrong passwords for one account; the rest are 429 with Retry-After`, async () => {
    const email = 'burst@myndighet.test';
    await createAccount(
      systemContext(getDb(), 'system:test', () => new Date()),
      {
        email,
        name: 'Burst',
        password: PASSWORD,
        recipientCode: null,
        roles: [],
      },
    );
    const answers = await Promise.all(
      Array.from({ length: BURST }, (_, i) => signIn(email, `fel lösenord ${i}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((s) => s === 401).length, MAX_FAILURES_PER_ACCOUNT, `${statuses}`);
    assert.equal(statuses.filter((s) => s === 429).length, BURST - MAX_FAILURES_PER_ACCOUNT);
    for (const answer of answers.filter((a) => a.status === 429)) {
      const retryAfter = Number(answer.headers.get('retry-after'));
      assert.ok(retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
      assert.equal(
        ((await answer.json()) as { errors: { code: string }[] }).errors[0]?.code,
        'auth.too_many_attempts',
      );
    }
    // Only the checked passwords are audited as failed; the right one now is not even checked.
    const user = await findUserByEmail(getDb(), email);
    const failed = (await listAuditEventsForEntity(getDb(), 'user', user!.id)).filter(
      (event) => event.action === 'user.sign_in_failed',
    );
    assert.equal(failed.length, MAX_FAILURES_PER_ACCOUNT);
    assert.equal((await signIn(email, PASSWORD)).status, 429);
  });

  it(`checks at most ${MAX_FAILURES_PER_IP} of ${BURST} parallel sign-ins to different accounts from one address`, async () => {
    const answers = await Promise.all(
      Array.from({ length: BURST }, (_, i) => signIn(`guess${i}@myndighet.test`, 'fel lösenord')),
    );
    const statuses = answers.map((answer) => answer.status);
    // The first test's failures came from this address too.
    const checked = MAX_FAILURES_PER_IP - MAX_FAILURES_PER_ACCOUNT;
    assert.equal(statuses.filter((s) => s === 401).length, checked, `${statuses}`);
    assert.equal(statuses.filter((s) => s === 429).length, BURST - checked);
  });
});
