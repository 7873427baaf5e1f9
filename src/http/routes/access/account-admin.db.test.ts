// Account administration: deactivating and reactivating (sessions end at once), a new one-time
// password link (a reset), changing one's own password (the other sessions end), and scoping a
// case officer to one grant. Every change is audited.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext } from '../../../services/common/context';
import { createAccount } from '../../../services/access/create-account';
import { buildServer, type App } from '../../server';
import { grantInput, signInAs, TEST_NOW, type TestSession } from '../../testing';

const PASSWORD = 'ett långt lösenord';
const NEW_PASSWORD = 'ett helt annat långt lösenord';

describeEachDatabase('account administration', (getDb) => {
  let app: App;
  let admin: TestSession;

  before(async () => {
    app = await buildServer({ db: getDb(), now: () => TEST_NOW });
    admin = await signInAs(getDb(), 'admin', [{ role: 'admin', grantId: null }]);
  });

  async function account(email: string, recipientCode: string | null = null) {
    const role = recipientCode ? 'recipient_user' : 'analyst';
    const user = await createAccount(
      systemContext(getDb(), 'system:test', () => TEST_NOW),
      {
        email,
        name: email.split('@')[0] ?? email,
        password: PASSWORD,
        recipientCode,
        roles: [{ role, grantId: null }],
      },
    );
    return user.id;
  }

  async function signIn(email: string, password: string, ip = '10.1.0.1') {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: ip,
      payload: { email, password },
    });
    const cookie = response.cookies.find((c) => c.name === 'statsbidrag_session');
    const body = response.json() as { csrfToken?: string };
    return {
      status: response.statusCode,
      headers: {
        cookie: `statsbidrag_session=${cookie?.value ?? ''}`,
        'x-csrf-token': body.csrfToken ?? '',
      },
    };
  }

  const sessionStatus = async (headers: Record<string, string>) =>
    (await app.inject({ url: '/api/recipients?q=0180', headers })).statusCode;

  async function actions(userId: string) {
    return (await listAuditEventsForEntity(getDb(), 'user', userId)).map((e) => e.action);
  }

  it('deactivating ends the sessions at once and refuses sign-in; reactivating lets it in again', async () => {
    const email = 'avgar@myndighet.test';
    const userId = await account(email);
    const first = await signIn(email, PASSWORD);
    const second = await signIn(email, PASSWORD, '10.1.0.2');
    assert.equal(await sessionStatus(first.headers), 200);

    const off = await app.inject({
      method: 'PUT',
      url: `/api/users/${userId}/active`,
      headers: admin.headers,
      payload: { active: false },
    });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal(off.json().active, false);
    assert.equal(await sessionStatus(first.headers), 401);
    assert.equal(await sessionStatus(second.headers), 401);
    assert.equal((await signIn(email, PASSWORD)).status, 401);
    const events = await listAuditEventsForEntity(getDb(), 'user', userId);
    const deactivated = events.find((e) => e.action === 'user.deactivated');
    assert.equal(deactivated?.actor, admin.email);
    assert.deepEqual(
      { before: (deactivated?.before as { active: boolean }).active, after: deactivated?.after },
      { before: true, after: { ...off.json(), sessionsEnded: 2 } },
    );

    const on = await app.inject({
      method: 'PUT',
      url: `/api/users/${userId}/active`,
      headers: admin.headers,
      payload: { active: true },
    });
    assert.equal(on.json().active, true);
    assert.equal((await signIn(email, PASSWORD)).status, 200);
    assert.ok((await actions(userId)).includes('user.reactivated'));
  });

  it('lets a signatory deactivate a colleague, not another organisation’s account nor their own', async () => {
    const colleague = await account('kollega@stockholm.test', '0180');
    const stranger = await account('annan@upplandsvasby.test', '0114');
    const signatory = await signInAs(
      getDb(),
      'signatory-0180',
      [{ role: 'recipient_signatory', grantId: null }],
      { recipientCode: '0180' },
    );
    const put = (id: string, active: boolean) =>
      app.inject({
        method: 'PUT',
        url: `/api/users/${id}/active`,
        headers: signatory.headers,
        payload: { active },
      });
    assert.equal((await put(colleague, false)).statusCode, 200);
    assert.equal((await put(stranger, false)).statusCode, 404);
    const self = await put(signatory.userId, false);
    assert.equal(self.statusCode, 409);
    assert.equal(self.json().errors[0].code, 'user.cannot_deactivate_self');
    assert.equal(
      (await app.inject({ url: '/api/session', headers: signatory.headers })).json().user.email,
      signatory.email,
      'still signed in',
    );
    const bad = await app.inject({
      method: 'PUT',
      url: `/api/users/${colleague}/active`,
      headers: signatory.headers,
      payload: { active: 'no' },
    });
    assert.equal(bad.statusCode, 400);
  });

  it('issues a reset link (admin only): the old password works until it is used, then every session ends', async () => {
    const email = 'glomsk@myndighet.test';
    const userId = await account(email);
    const session = await signIn(email, PASSWORD);
    const signatory = await signInAs(
      getDb(),
      'signatory-0180',
      [{ role: 'recipient_signatory', grantId: null }],
      { recipientCode: '0180' },
    );
    const refused = await app.inject({
      method: 'POST',
      url: `/api/users/${userId}/password-link`,
      headers: signatory.headers,
    });
    assert.equal(refused.statusCode, 403);
    const missing = await app.inject({
      method: 'POST',
      url: '/api/users/00000000-0000-4000-8000-000000000000/password-link',
      headers: admin.headers,
    });
    assert.equal(missing.statusCode, 404);

    const issued = await app.inject({
      method: 'POST',
      url: `/api/users/${userId}/password-link`,
      headers: admin.headers,
    });
    assert.equal(issued.statusCode, 200, issued.body);
    const { passwordToken, passwordTokenExpiresAt } = issued.json();
    assert.match(passwordToken, /^[\w-]{43}$/);
    assert.equal(passwordTokenExpiresAt, '2026-03-09T09:30:00.000Z');
    assert.equal(await sessionStatus(session.headers), 200, 'issuing alone signs no one out');
    assert.equal((await signIn(email, PASSWORD)).status, 200, 'the old password still works');

    const set = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      payload: { token: passwordToken, password: NEW_PASSWORD },
    });
    assert.equal(set.statusCode, 204, set.body);
    assert.equal(await sessionStatus(session.headers), 401, 'every session ended');
    assert.equal((await signIn(email, PASSWORD)).status, 401);
    assert.equal((await signIn(email, NEW_PASSWORD)).status, 200);
    const used = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      payload: { token: passwordToken, password: NEW_PASSWORD },
    });
    assert.equal(used.statusCode, 422, 'the link is spent');
    const trail = await actions(userId);
    assert.ok(trail.includes('user.password_link_issued'));
    assert.ok(trail.includes('user.password_set'));
  });

  it('changing one’s password needs the current one and ends the other sessions, not this one', async () => {
    const email = 'byter@myndighet.test';
    const userId = await account(email);
    const here = await signIn(email, PASSWORD);
    const elsewhere = await signIn(email, PASSWORD, '10.1.0.9');
    const change = (currentPassword: string, newPassword: string) =>
      app.inject({
        method: 'PUT',
        url: '/api/me/password',
        headers: here.headers,
        remoteAddress: '10.1.0.1',
        payload: { currentPassword, newPassword },
      });

    const wrong = await change('fel lösenord', NEW_PASSWORD);
    assert.equal(wrong.statusCode, 422);
    assert.deepEqual(
      wrong.json().errors.map((e: { code: string; path: string }) => [e.code, e.path]),
      [['user.wrong_password', 'currentPassword']],
    );
    const short = await change(PASSWORD, 'kort');
    assert.equal(short.json().errors[0].code, 'user.password_too_short');
    assert.equal(await sessionStatus(elsewhere.headers), 200, 'nothing changed yet');
    assert.equal((await signIn(email, PASSWORD, '10.1.0.3')).status, 200);

    const ok = await change(PASSWORD, NEW_PASSWORD);
    assert.equal(ok.statusCode, 204, ok.body);
    assert.equal(await sessionStatus(here.headers), 200, 'this session goes on');
    assert.equal(await sessionStatus(elsewhere.headers), 401, 'the other one ended');
    assert.equal((await signIn(email, PASSWORD, '10.1.0.4')).status, 401);
    assert.equal((await signIn(email, NEW_PASSWORD, '10.1.0.5')).status, 200);
    const trail = await actions(userId);
    assert.ok(trail.includes('user.password_change_failed'));
    assert.ok(trail.includes('user.password_changed'));
    const withoutCsrf = await app.inject({
      method: 'PUT',
      url: '/api/me/password',
      headers: { cookie: here.headers.cookie ?? '' },
      payload: { currentPassword: NEW_PASSWORD, newPassword: PASSWORD },
    });
    assert.equal(withoutCsrf.statusCode, 403);
  });

  it('scopes a case officer to one grant and back to every grant, audited', async () => {
    const userId = await account('handlaggare.ett@myndighet.test');
    const grant = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: (await signInAs(getDb(), 'officer', [{ role: 'case_officer', grantId: null }]))
        .headers,
      payload: grantInput(),
    });
    assert.equal(grant.statusCode, 201, grant.body);
    const grantId = grant.json().id as string;
    const scoped = await app.inject({
      method: 'PUT',
      url: `/api/users/${userId}/roles`,
      headers: admin.headers,
      payload: { roles: [{ role: 'case_officer', grantId }] },
    });
    assert.equal(scoped.statusCode, 200, scoped.body);
    assert.deepEqual(scoped.json().roles, [{ role: 'case_officer', grantId }]);
    const events = await listAuditEventsForEntity(getDb(), 'user', userId);
    assert.deepEqual((events.at(-1)?.after as { roles: unknown }).roles, [
      { role: 'case_officer', grantId },
    ]);
  });
});
