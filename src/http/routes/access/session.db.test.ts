import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { findUserByEmail } from '../../../db/users';
import { systemContext } from '../../../services/common/context';
import { createAccount } from '../../../services/access/create-account';
import { hashPassword, verifyPassword } from '../../../services/access/password';
import { SESSION_IDLE_MS } from '../../../services/access/resolve-session';
import { buildServer, type App } from '../../server';
import { signInAs, TEST_NOW } from '../../testing';

const PASSWORD = 'ett långt lösenord';

describe('password hashes', () => {
  it('are scrypt with their parameters and a random salt, and verify only the right password', async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    assert.match(a, /^scrypt\$N=32768,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword(PASSWORD, a), true);
    assert.equal(await verifyPassword('ett långt lösenorD', a), false);
    assert.equal(await verifyPassword(PASSWORD, 'plaintext'), false);
  });
});

describeEachDatabase('sign-in, sessions and CSRF', (getDb) => {
  let app: App;
  let now = TEST_NOW;
  const email = 'hanna@myndighet.test';

  before(async () => {
    await createAccount(
      systemContext(getDb(), 'system:test', () => TEST_NOW),
      {
        email,
        name: 'Hanna',
        password: PASSWORD,
        recipientCode: null,
        roles: [{ role: 'case_officer', grantId: null }],
      },
    );
    app = await buildServer({ db: getDb(), now: () => now });
  });

  async function signIn(password: string, who = email, ip = '10.0.0.1') {
    return app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: ip,
      payload: { email: who, password },
    });
  }

  it('signs in with an httpOnly, SameSite=Lax cookie, reads the session and signs out, audited', async () => {
    now = TEST_NOW;
    const response = await signIn(PASSWORD, 'Hanna@Myndighet.test');
    assert.equal(response.statusCode, 200, response.body);
    const cookie = response.cookies.find((c) => c.name === 'statsbidrag_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.secure, undefined, 'plain http in the test: not Secure');
    const { user, csrfToken, permissions } = response.json();
    assert.equal(user.email, email);
    assert.ok(permissions.includes('grant.edit'));
    const headers = { cookie: `statsbidrag_session=${cookie.value}` };

    const session = await app.inject({ url: '/api/session', headers });
    assert.equal(session.json().user.email, email);
    assert.equal(session.json().csrfToken, csrfToken);
    assert.equal((await app.inject({ url: '/api/grants', headers })).statusCode, 200);

    const withoutToken = await app.inject({ method: 'DELETE', url: '/api/session', headers });
    assert.equal(withoutToken.statusCode, 403);
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { ...headers, 'x-csrf-token': csrfToken },
    });
    assert.equal(out.statusCode, 204);
    assert.equal((await app.inject({ url: '/api/grants', headers })).statusCode, 401);

    const user1 = await findUserByEmail(getDb(), email);
    const actions = (await listAuditEventsForEntity(getDb(), 'user', user1!.id)).map(
      (e) => e.action,
    );
    assert.deepEqual(actions.slice(-2), ['user.signed_in', 'user.signed_out']);
  });

  it('marks the cookie Secure behind a TLS proxy it trusts', async () => {
    const proxied = await buildServer({ db: getDb(), now: () => now, trustProxy: ['127.0.0.1'] });
    const response = await proxied.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email, password: PASSWORD },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.cookies[0]?.secure, true);
  });

  it('refuses a state-changing request from another origin or without the CSRF token', async () => {
    const session = await signInAs(getDb(), 'case_officer', [
      { role: 'case_officer', grantId: null },
    ]);
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/grants/00000000-0000-4000-8000-000000000000/copy',
      headers: { ...session.headers, origin: 'https://evil.example' },
      payload: { grantYear: 2030 },
    });
    assert.equal(foreign.statusCode, 403);
    assert.equal(foreign.json().errors[0].code, 'auth.csrf');
    const { cookie } = session.headers;
    const noToken = await app.inject({
      method: 'POST',
      url: '/api/grants/00000000-0000-4000-8000-000000000000/copy',
      headers: { cookie: cookie ?? '' },
      payload: { grantYear: 2030 },
    });
    assert.equal(noToken.statusCode, 403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/grants/00000000-0000-4000-8000-000000000000/copy',
      headers: { ...session.headers, origin: 'http://localhost:80' },
      payload: { grantYear: 2030 },
    });
    assert.equal(ok.statusCode, 404, 'past the checks: the grant does not exist');
  });

  it('ends a session after 60 idle minutes', async () => {
    now = TEST_NOW;
    const response = await signIn(PASSWORD);
    const headers = { cookie: `statsbidrag_session=${response.cookies[0]?.value}` };
    now = new Date(TEST_NOW.getTime() + SESSION_IDLE_MS - 1000);
    assert.equal((await app.inject({ url: '/api/grants', headers })).statusCode, 200);
    now = new Date(now.getTime() + SESSION_IDLE_MS + 1000);
    assert.equal((await app.inject({ url: '/api/grants', headers })).statusCode, 401);
    now = TEST_NOW;
  });

  it('answers 429 with Retry-After after 5 failures for one account in 15 minutes, audited', async () => {
    now = new Date('2026-03-03T10:00:00Z');
    const victim = 'throttled@myndighet.test';
    await createAccount(
      systemContext(getDb(), 'system:test', () => now),
      {
        email: victim,
        name: 'T',
        password: PASSWORD,
        recipientCode: null,
        roles: [],
      },
    );
    for (let i = 0; i < 5; i++) {
      const failed = await signIn('fel lösenord', victim, `10.0.1.${i}`);
      assert.equal(failed.statusCode, 401);
      assert.equal(failed.json().errors[0].code, 'auth.invalid_credentials');
    }
    const refused = await signIn(PASSWORD, victim, '10.0.2.1');
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.headers['retry-after'], String(15 * 60));
    now = new Date(now.getTime() + 15 * 60 * 1000 + 1000);
    assert.equal((await signIn(PASSWORD, victim, '10.0.2.1')).statusCode, 200);
    const user = await findUserByEmail(getDb(), victim);
    const actions = (await listAuditEventsForEntity(getDb(), 'user', user!.id)).map(
      (e) => e.action,
    );
    assert.equal(actions.filter((a) => a === 'user.sign_in_failed').length, 5);
    now = TEST_NOW;
  });

  it('lets an admin invite a person, who sets a password with the one-time link and signs in', async () => {
    now = TEST_NOW;
    const admin = await signInAs(getDb(), 'admin', [{ role: 'admin', grantId: null }]);
    const invited = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: {
        email: 'ny@stockholm.test',
        name: 'Nya Användaren',
        recipientCode: '0180',
        roles: [{ role: 'recipient_signatory', grantId: null }],
      },
    });
    assert.equal(invited.statusCode, 201, invited.body);
    const { passwordToken, user } = invited.json();
    assert.equal(user.hasPassword, false);
    const set = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      payload: { token: passwordToken, password: PASSWORD },
    });
    assert.equal(set.statusCode, 204, set.body);
    const again = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      payload: { token: passwordToken, password: PASSWORD },
    });
    assert.equal(again.statusCode, 422, 'the link works once');
    assert.equal((await signIn(PASSWORD, 'ny@stockholm.test')).statusCode, 200);
  });

  it('lets a signatory invite colleagues of their own organisation only, and not as agency staff', async () => {
    const signatory = await signInAs(
      getDb(),
      'signatory',
      [{ role: 'recipient_signatory', grantId: null }],
      { recipientCode: '0180' },
    );
    const invite = (recipientCode: string | null, role: string) =>
      app.inject({
        method: 'POST',
        url: '/api/users',
        headers: signatory.headers,
        payload: {
          email: `${role}-${recipientCode}@kommun.test`,
          name: 'Kollega',
          recipientCode,
          roles: [{ role, grantId: null }],
        },
      });
    assert.equal((await invite('0180', 'recipient_user')).statusCode, 201);
    assert.equal((await invite('0114', 'recipient_user')).statusCode, 403);
    assert.equal((await invite('0180', 'admin')).statusCode, 403);
    assert.equal((await invite(null, 'case_officer')).statusCode, 403);
    const listed = await app.inject({ url: '/api/users', headers: signatory.headers });
    assert.ok(
      listed.json().items.every((u: { recipientCode: string }) => u.recipientCode === '0180'),
    );
  });
});
