// The account rules of issue 12, through the API on PGlite and PostgreSQL: nobody changes their
// own roles (an administrator neither); an account an administrator deactivated is reactivated by
// an administrator only, not by the organisation's signatory; no password link is issued for a
// deactivated account, and one issued before the deactivation no longer works.
import assert from 'node:assert/strict';
import { before, after, it } from 'node:test';
import { findUser } from '../../../db/users';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext } from '../../../services/common/context';
import { createAccount } from '../../../services/access/create-account';
import { buildServer, type App } from '../../server';
import { apiCaller, signInAs, TEST_NOW, type TestSession } from '../../testing';

const PASSWORD = 'ett långt lösenord för testet';

describeEachDatabase('account rules: own roles, reactivation, password links', (getDb) => {
  let app: App;
  let admin: TestSession;
  let signatory: TestSession;
  const call = apiCaller(() => app);

  before(async () => {
    app = await buildServer({ db: getDb(), now: () => TEST_NOW });
    admin = await signInAs(getDb(), 'rules-admin', [{ role: 'admin', grantId: null }]);
    signatory = await signInAs(
      getDb(),
      'rules-signatory',
      [{ role: 'recipient_signatory', grantId: null }],
      { recipientCode: '0180' },
    );
  });
  after(() => app.close());

  const colleague = async (email: string) =>
    (
      await createAccount(
        systemContext(getDb(), 'system:test', () => TEST_NOW),
        {
          email,
          name: email.split('@')[0] ?? email,
          password: PASSWORD,
          recipientCode: '0180',
          roles: [{ role: 'recipient_user', grantId: null }],
        },
      )
    ).id;
  const setActive = (as: TestSession, userId: string, active: boolean) =>
    call(as.headers, 'PUT', `/api/users/${userId}/active`, { active });
  const codeOf = (response: { json: () => { errors: { code: string }[] } }) =>
    response.json().errors[0]?.code;

  it('refuses anyone changing their own roles, an administrator giving themselves a role too', async () => {
    const own = await call(admin.headers, 'PUT', `/api/users/${admin.userId}/roles`, {
      roles: [
        { role: 'admin', grantId: null },
        { role: 'decision_maker', grantId: null },
      ],
    });
    assert.equal(own.statusCode, 409, own.body);
    assert.equal(codeOf(own), 'user.cannot_change_own_roles');
    const ownSignatory = await call(
      signatory.headers,
      'PUT',
      `/api/users/${signatory.userId}/roles`,
      { roles: [{ role: 'recipient_user', grantId: null }] },
    );
    assert.equal(ownSignatory.statusCode, 409, ownSignatory.body);
    const session = await call(admin.headers, 'GET', '/api/session');
    assert.deepEqual(
      session.json<{ user: { roles: { role: string }[] } }>().user.roles.map((r) => r.role),
      ['admin'],
      'the roles are unchanged',
    );
    // Another's roles are still the administrator's to change.
    const other = await colleague('roller@stockholm.test');
    const changed = await call(admin.headers, 'PUT', `/api/users/${other}/roles`, {
      roles: [{ role: 'recipient_signatory', grantId: null }],
    });
    assert.equal(changed.statusCode, 200, changed.body);
  });

  it("keeps a signatory from undoing an administrator's deactivation, not their own", async () => {
    const lockedOut = await colleague('spärrad@stockholm.test');
    assert.equal((await setActive(admin, lockedOut, false)).statusCode, 200);
    const bySignatory = await setActive(signatory, lockedOut, true);
    assert.equal(bySignatory.statusCode, 403, bySignatory.body);
    assert.equal(codeOf(bySignatory), 'user.reactivation_needs_admin');
    assert.equal((await findUser(getDb(), lockedOut))?.active, false);
    assert.equal((await setActive(admin, lockedOut, true)).statusCode, 200);
    assert.equal((await findUser(getDb(), lockedOut))?.active, true);

    // What the signatory deactivated, the signatory may reactivate.
    const paused = await colleague('pausad@stockholm.test');
    assert.equal((await setActive(signatory, paused, false)).statusCode, 200);
    assert.equal((await setActive(signatory, paused, true)).statusCode, 200);
    assert.equal((await findUser(getDb(), paused))?.active, true);
  });

  it('refuses a password link for a deactivated account, and one issued before deactivating', async () => {
    const userId = await colleague('lank@stockholm.test');
    const issued = await call(admin.headers, 'POST', `/api/users/${userId}/password-link`);
    assert.equal(issued.statusCode, 200, issued.body);
    const { passwordToken } = issued.json<{ passwordToken: string }>();
    assert.equal((await setActive(admin, userId, false)).statusCode, 200);

    const again = await call(admin.headers, 'POST', `/api/users/${userId}/password-link`);
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(codeOf(again), 'user.inactive');
    const before = await findUser(getDb(), userId);
    const used = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      payload: { token: passwordToken, password: 'ett helt nytt långt lösenord' },
    });
    assert.equal(used.statusCode, 409, used.body);
    assert.equal(codeOf(used), 'user.inactive');
    assert.equal((await findUser(getDb(), userId))?.passwordHash, before?.passwordHash);
  });
});
