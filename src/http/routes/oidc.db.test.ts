// OpenID Connect sign-in against a real identity provider (oidc-provider on a free port): the
// whole authorization code flow over HTTP, and what happens to an unknown or unverified email.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { listAuditEventsForEntity } from '../../db/audit';
import { describeEachDatabase } from '../../db/testing';
import { findUserByEmail, updateUser } from '../../db/users';
import { systemContext } from '../../services/context';
import { inviteUser } from '../../services/invite-user';
import { buildServer, type App } from '../server';
import { TEST_NOW } from '../testing';
import {
  signInAtProvider,
  startIdentityProvider,
  type TestIdentityProvider,
} from '../testing-oidc';

const REDIRECT_URI = 'http://localhost/api/session/oidc/callback';
const EMAIL = 'oidc.handlaggare@myndighet.test';

describeEachDatabase('OpenID Connect sign-in', (getDb) => {
  let idp: TestIdentityProvider;
  let app: App;

  before(async () => {
    idp = await startIdentityProvider({ redirectUri: REDIRECT_URI });
    // The clock is the real one: the provider's ID tokens are checked against it.
    app = await buildServer({
      db: getDb(),
      oidc: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        redirectUri: REDIRECT_URI,
        buttonLabel: 'Logga in med Myndighetens konto',
      },
    });
    await inviteUser(
      systemContext(getDb(), 'system:test', () => TEST_NOW),
      {
        email: EMAIL,
        name: 'Olle OIDC',
        recipientCode: null,
        roles: [{ role: 'case_officer', grantId: null }],
      },
    );
  });
  after(async () => {
    await app?.close();
    await idp?.close();
  });

  /** Start, the provider's pages, and the callback with the flow's cookie; the callback's answer. */
  async function signInThroughProvider(login: string, next = '/bidrag') {
    const start = await app.inject({
      url: `/api/session/oidc/start?next=${encodeURIComponent(next)}`,
    });
    assert.equal(start.statusCode, 303, start.body);
    const flowCookie = start.cookies.find((c) => c.name === 'statsbidrag_oidc');
    assert.ok(flowCookie);
    assert.equal(flowCookie.httpOnly, true);
    assert.equal(flowCookie.path, '/api/session/oidc');
    const authorization = new URL(String(start.headers.location));
    assert.equal(authorization.origin, idp.issuer);
    assert.equal(authorization.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(authorization.searchParams.get('state'));
    assert.ok(authorization.searchParams.get('nonce'));
    const callback = await signInAtProvider(authorization.href, login, REDIRECT_URI);
    assert.ok(callback.searchParams.get('code'));
    return app.inject({
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: `statsbidrag_oidc=${flowCookie.value}` },
    });
  }

  it('offers the provider on the sign-in page only when configured', async () => {
    const options = await app.inject({ url: '/api/session/sign-in-options' });
    assert.deepEqual(options.json(), {
      oidc: { buttonLabel: 'Logga in med Myndighetens konto', startUrl: '/api/session/oidc/start' },
    });
    const plain = await buildServer({ db: getDb() });
    assert.deepEqual((await plain.inject({ url: '/api/session/sign-in-options' })).json(), {
      oidc: null,
    });
    const refused = await plain.inject({ url: '/api/session/oidc/start' });
    assert.equal(refused.statusCode, 404);
    assert.equal(refused.json().errors[0].code, 'auth.oidc_not_configured');
    await plain.close();
  });

  it('signs an invited account in by its verified email: same session cookie, CSRF, audit', async () => {
    const response = await signInThroughProvider(EMAIL.toUpperCase());
    assert.equal(response.statusCode, 303, response.body);
    assert.equal(response.headers.location, '/bidrag');
    const cookie = response.cookies.find((c) => c.name === 'statsbidrag_session');
    assert.ok(cookie, 'the session cookie is set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    const cleared = response.cookies.find((c) => c.name === 'statsbidrag_oidc');
    assert.equal(cleared?.value, '', 'the flow cookie is spent');

    const headers = { cookie: `statsbidrag_session=${cookie.value}` };
    const session = (await app.inject({ url: '/api/session', headers })).json();
    assert.equal(session.user.email, EMAIL);
    assert.ok(session.csrfToken);
    assert.equal((await app.inject({ url: '/api/grants', headers })).statusCode, 200);
    const noCsrf = await app.inject({ method: 'DELETE', url: '/api/session', headers });
    assert.equal(noCsrf.statusCode, 403, 'state changes still need the CSRF token');

    const user = await findUserByEmail(getDb(), EMAIL);
    const events = await listAuditEventsForEntity(getDb(), 'user', user!.id);
    const signedIn = events.find((e) => e.action === 'user.signed_in_via_oidc');
    assert.ok(signedIn);
    assert.equal(signedIn.actor, EMAIL);
    assert.deepEqual(
      { issuer: (signedIn.after as { issuer: string }).issuer },
      { issuer: idp.issuer },
    );
  });

  it('refuses an email without an account: a clear error, no session, audited', async () => {
    const response = await signInThroughProvider('okand@myndighet.test');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/logga-in?oidc=auth.oidc_unknown_account');
    assert.equal(
      response.cookies.find((c) => c.name === 'statsbidrag_session'),
      undefined,
      'no session',
    );
    const events = await listAuditEventsForEntity(getDb(), 'user', 'okand@myndighet.test');
    assert.equal(events.at(-1)?.action, 'user.sign_in_failed');
  });

  it('refuses a deactivated account and an email the provider has not verified', async () => {
    const user = await findUserByEmail(getDb(), EMAIL);
    await updateUser(getDb(), user!.id, { active: false });
    const inactive = await signInThroughProvider(EMAIL);
    assert.equal(inactive.headers.location, '/logga-in?oidc=auth.oidc_unknown_account');
    await updateUser(getDb(), user!.id, { active: true });

    const unverified = await signInThroughProvider(`unverified.${EMAIL}`);
    assert.equal(unverified.headers.location, '/logga-in?oidc=auth.oidc_email_not_verified');
  });

  it('refuses a callback without its flow cookie, or with a forged state', async () => {
    const start = await app.inject({ url: '/api/session/oidc/start' });
    const flowCookie = start.cookies.find((c) => c.name === 'statsbidrag_oidc')!;
    const callback = await signInAtProvider(String(start.headers.location), EMAIL, REDIRECT_URI);
    const withoutCookie = await app.inject({ url: `${callback.pathname}${callback.search}` });
    assert.equal(withoutCookie.headers.location, '/logga-in?oidc=auth.oidc_failed');
    callback.searchParams.set('state', 'forged');
    const forged = await app.inject({
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: `statsbidrag_oidc=${flowCookie.value}` },
    });
    assert.equal(forged.headers.location, '/logga-in?oidc=auth.oidc_failed');
    assert.equal(
      forged.cookies.find((c) => c.name === 'statsbidrag_session'),
      undefined,
    );
  });

  it('sends the browser back to the sign-in page when the provider cannot be reached', async () => {
    const unreachable = await buildServer({
      db: getDb(),
      oidc: {
        issuer: 'http://127.0.0.1:9/',
        clientId: 'x',
        clientSecret: 'y',
        redirectUri: REDIRECT_URI,
        buttonLabel: 'Logga in',
      },
    });
    const response = await unreachable.inject({ url: '/api/session/oidc/start' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/logga-in?oidc=auth.oidc_failed');
    await unreachable.close();
  });

  it('refuses a next address outside the app', async () => {
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const response = await app.inject({
        url: `/api/session/oidc/start?next=${encodeURIComponent(next)}`,
      });
      assert.equal(response.statusCode, 400, next);
    }
  });
});
