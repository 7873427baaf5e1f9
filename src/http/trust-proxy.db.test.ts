// Behind a reverse proxy, the client's address is the one the trusted proxy saw, not whatever the
// client wrote into X-Forwarded-For: forged addresses get no quota of their own and never reach
// the audit log.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { listAuditEventsForEntity } from '../db/audit';
import { describeEachDatabase } from '../db/testing';
import { findUserByEmail } from '../db/users';
import { createAccount } from '../services/access/create-account';
import { MAX_FAILURES_PER_IP } from '../services/access/sign-in';
import { systemContext } from '../services/common/context';
import { readConfig } from './config';
import { buildServer } from './server';
import { TEST_NOW } from './testing';

const PROXY = '10.0.0.2';
const CLIENT = '198.51.100.7';

describeEachDatabase('TRUST_PROXY and forged X-Forwarded-For', (getDb) => {
  const email = 'proxad@myndighet.test';

  before(async () => {
    await createAccount(
      systemContext(getDb(), 'system:test', () => TEST_NOW),
      {
        email,
        name: 'Proxad',
        password: 'ett långt lösenord',
        recipientCode: null,
        roles: [],
      },
    );
  });

  const signIn = (
    app: Awaited<ReturnType<typeof buildServer>>,
    who: string,
    from: string,
    forwardedFor: string,
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: from,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email: who, password: 'fel lösenord' },
    });

  it('with TRUST_PROXY at the proxy takes the address it added: forged ones share its quota', async () => {
    const app = await buildServer({
      db: getDb(),
      now: () => TEST_NOW,
      trustProxy: readConfig({ TRUST_PROXY: PROXY }).trustProxy,
    });
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES_PER_IP + 5; i++) {
      // The client forges a new address each time; the proxy appends the one it really saw.
      const answer = await signIn(
        app,
        `gissning${i}@myndighet.test`,
        PROXY,
        `203.0.113.${i}, ${CLIENT}`,
      );
      statuses.push(answer.statusCode);
    }
    assert.deepEqual(statuses.slice(0, MAX_FAILURES_PER_IP), Array(MAX_FAILURES_PER_IP).fill(401));
    assert.deepEqual(statuses.slice(MAX_FAILURES_PER_IP), Array(5).fill(429));
    // Another client behind the same proxy has its own quota.
    assert.equal((await signIn(app, 'annan@myndighet.test', PROXY, '192.0.2.9')).statusCode, 401);
    await app.close();
  });

  it('with a list of proxies believes only those, and audits the real client', async () => {
    const app = await buildServer({
      db: getDb(),
      now: () => TEST_NOW,
      trustProxy: readConfig({ TRUST_PROXY: `${PROXY},10.9.0.0/16` }).trustProxy,
    });
    await signIn(app, email, PROXY, '203.0.113.99, 198.51.100.8');
    await signIn(app, email, '10.9.4.4', '203.0.113.98, 192.0.2.44');
    // Not a trusted proxy: its header is ignored and its own address counts.
    await signIn(app, email, '192.0.2.200', '203.0.113.97');
    const user = await findUserByEmail(getDb(), email);
    const ips = (await listAuditEventsForEntity(getDb(), 'user', user!.id))
      .filter((event) => event.action === 'user.sign_in_failed')
      .map((event) => (event.after as { ip: string }).ip);
    assert.deepEqual(ips, ['198.51.100.8', '192.0.2.44', '192.0.2.200']);
    await app.close();
  });
});
