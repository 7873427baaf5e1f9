// The password rule through the API: a guessable new password is refused with a message on its
// field and changes nothing, when changing one's own password and when setting one from a link.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext } from '../../../services/common/context';
import { createAccount } from '../../../services/access/create-account';
import { buildServer, type App } from '../../server';
import { signInAs, TEST_NOW, type TestSession } from '../../testing';

const PASSWORD = 'ett långt lösenord';
const OTHER_PASSWORD = 'ett helt annat långt lösenord';

describeEachDatabase('the password rule', (getDb) => {
  let app: App;
  let admin: TestSession;

  before(async () => {
    app = await buildServer({ db: getDb(), now: () => TEST_NOW });
    admin = await signInAs(getDb(), 'admin', [{ role: 'admin', grantId: null }]);
  });

  async function account(email: string) {
    const user = await createAccount(
      systemContext(getDb(), 'system:test', () => TEST_NOW),
      {
        email,
        name: 'Greta Gissbar',
        password: PASSWORD,
        recipientCode: null,
        roles: [{ role: 'analyst', grantId: null }],
      },
    );
    return user.id;
  }

  async function signIn(email: string, password: string) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
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

  const issues = (body: string) =>
    (JSON.parse(body) as { errors: { code: string; path?: string; message: string }[] }).errors;

  it('refuses aaaaaaaaaa as a new password on its field, in Swedish and English, and keeps the old one', async () => {
    const email = 'greta@myndighet.test';
    await account(email);
    const session = await signIn(email, PASSWORD);
    const change = (newPassword: string, language = 'sv') =>
      app.inject({
        method: 'PUT',
        url: '/api/me/password',
        headers: { ...session.headers, 'accept-language': language },
        payload: { currentPassword: PASSWORD, newPassword },
      });
    for (const guessable of ['aaaaaaaaaa', 'password123', 'gretagissbar1']) {
      const refused = await change(guessable);
      assert.equal(refused.statusCode, 422, guessable);
      const [issue] = issues(refused.body);
      assert.equal(issue?.code, 'user.password_guessable', guessable);
      assert.equal(issue?.path, 'newPassword');
      assert.match(issue?.message ?? '', /för lätt att gissa/);
    }
    const english = issues((await change('aaaaaaaaaa', 'en')).body)[0];
    assert.match(english?.message ?? '', /too easy to guess/);
    assert.equal((await signIn(email, 'aaaaaaaaaa')).status, 401);
    assert.equal((await signIn(email, PASSWORD)).status, 200, 'nothing changed');
  });

  it('refuses a guessable password from a one-time link and leaves the link usable', async () => {
    const email = 'gustav@myndighet.test';
    const userId = await account(email);
    const issued = await app.inject({
      method: 'POST',
      url: `/api/users/${userId}/password-link`,
      headers: admin.headers,
    });
    const { passwordToken } = issued.json() as { passwordToken: string };
    const set = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/session/password',
        payload: { token: passwordToken, password },
      });
    const refused = await set('1234567890');
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(
      issues(refused.body).map((issue) => [issue.code, issue.path]),
      [['user.password_guessable', 'password']],
    );
    assert.equal((await set(OTHER_PASSWORD)).statusCode, 204);
    assert.equal((await signIn(email, OTHER_PASSWORD)).status, 200);
  });

  it('does not count a changed password’s proof as a failed sign-in', async () => {
    const email = 'ofta@myndighet.test';
    await account(email);
    const session = await signIn(email, PASSWORD);
    let current = PASSWORD;
    for (let i = 0; i < 6; i++) {
      const next = current === PASSWORD ? OTHER_PASSWORD : PASSWORD;
      const changed = await app.inject({
        method: 'PUT',
        url: '/api/me/password',
        headers: session.headers,
        payload: { currentPassword: current, newPassword: next },
      });
      assert.equal(changed.statusCode, 204, changed.body);
      current = next;
    }
    assert.equal((await signIn(email, current)).status, 200);
  });
});
