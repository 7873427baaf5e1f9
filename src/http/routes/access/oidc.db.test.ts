// OpenID Connect sign-in against a real identity provider (oidc-provider on a free port): the
// whole authorization code flow over HTTP, and what happens to an unknown or unverified email.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { eq } from 'drizzle-orm';
import { sessionIdTokens } from '../../../db/schema';
import { hashToken } from '../../../services/access/resolve-session';
import { listIdentitiesOfUsers } from '../../../db/user-identities';
import { findUserByEmail, updateUser } from '../../../db/users';
import { systemContext } from '../../../services/common/context';
import { inviteUser } from '../../../services/access/invite-user';
import { buildServer, type App } from '../../server';
import { signInAs, TEST_NOW } from '../../testing';
import {
  signInAtProvider,
  startIdentityProvider,
  type TestIdentityProvider,
} from '../../testing-oidc';

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

  it('binds the account to the identity on the first sign-in and finds it by subject afterwards', async () => {
    const user = (await findUserByEmail(getDb(), EMAIL))!;
    const [binding] = await listIdentitiesOfUsers(getDb(), [user.id]);
    assert.ok(binding, 'bound by the first sign-in');
    assert.deepEqual([binding.issuer, binding.subject], [idp.issuer, EMAIL.toUpperCase()]);
    const bound = (await listAuditEventsForEntity(getDb(), 'user', user.id)).filter(
      (e) => e.action === 'user.identity_bound',
    );
    assert.equal(bound.length, 1);
    assert.deepEqual(bound[0]!.after, {
      identityId: binding.id,
      issuer: idp.issuer,
      subject: EMAIL.toUpperCase(),
      email: EMAIL,
    });

    // The email changed at the provider: the same subject still signs in the same account.
    idp.setEmail(EMAIL.toUpperCase(), 'olle@ny-myndighet.test');
    const moved = await signInThroughProvider(EMAIL.toUpperCase());
    assert.equal(moved.headers.location, '/bidrag', moved.body);
    const cookie = moved.cookies.find((c) => c.name === 'statsbidrag_session')!;
    const session = await app.inject({
      url: '/api/session',
      headers: { cookie: `statsbidrag_session=${cookie.value}` },
    });
    assert.equal(session.json().user.email, EMAIL);
    const signedIn = (await listAuditEventsForEntity(getDb(), 'user', user.id)).at(-1)!;
    assert.equal(signedIn.action, 'user.signed_in_via_oidc');
    assert.equal((signedIn.after as { matchedBy: string }).matchedBy, 'identity');
    assert.equal((await listIdentitiesOfUsers(getDb(), [user.id])).length, 1, 'no second binding');
  });

  it('refuses another subject presenting a bound account’s email, audited; an admin can unbind', async () => {
    const user = (await findUserByEmail(getDb(), EMAIL))!;
    idp.setEmail('someone-else', EMAIL);
    const response = await signInThroughProvider('someone-else');
    assert.equal(response.headers.location, '/logga-in?oidc=auth.oidc_identity_conflict');
    assert.equal(
      response.cookies.find((c) => c.name === 'statsbidrag_session'),
      undefined,
    );
    const refused = (await listAuditEventsForEntity(getDb(), 'user', user.id)).at(-1)!;
    assert.equal(refused.action, 'user.sign_in_failed');
    assert.deepEqual(
      [
        (refused.after as { reason: string }).reason,
        (refused.after as { subject: string }).subject,
        (refused.after as { boundSubject: string }).boundSubject,
      ],
      ['bound_to_other', 'someone-else', EMAIL.toUpperCase()],
    );

    // The administrator sees the binding on the users list and removes it.
    const admin = await signInAs(getDb(), 'oidc-admin', [{ role: 'admin', grantId: null }], {
      now: new Date(),
    });
    const list = await app.inject({ url: '/api/users', headers: admin.headers });
    const listed = list.json().items.find((u: { id: string }) => u.id === user.id);
    assert.equal(listed.identities.length, 1);
    assert.equal(listed.identities[0].subject, EMAIL.toUpperCase());
    const officer = await signInAs(
      getDb(),
      'oidc-officer',
      [{ role: 'case_officer', grantId: null }],
      {
        now: new Date(),
      },
    );
    const url = `/api/users/${user.id}/identities/${listed.identities[0].id}`;
    const forbidden = await app.inject({ method: 'DELETE', url, headers: officer.headers });
    assert.equal(forbidden.statusCode, 403);
    const removed = await app.inject({ method: 'DELETE', url, headers: admin.headers });
    assert.equal(removed.statusCode, 204, removed.body);
    const again = await app.inject({ method: 'DELETE', url, headers: admin.headers });
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().errors[0].code, 'user.identity_not_found');
    const unbound = (await listAuditEventsForEntity(getDb(), 'user', user.id)).at(-1)!;
    assert.equal(unbound.action, 'user.identity_unbound');
    assert.equal((unbound.before as { subject: string }).subject, EMAIL.toUpperCase());

    // Now the new subject binds on its sign-in with the verified email.
    const rebound = await signInThroughProvider('someone-else');
    assert.equal(rebound.headers.location, '/bidrag');
    const [binding] = await listIdentitiesOfUsers(getDb(), [user.id]);
    assert.equal(binding?.subject, 'someone-else');
  });

  it('signs out at the provider too: end_session_endpoint with id_token_hint, then the token is gone', async () => {
    const response = await signInThroughProvider('someone-else');
    const cookie = response.cookies.find((c) => c.name === 'statsbidrag_session')!;
    const headers = { cookie: `statsbidrag_session=${cookie.value}` };
    const { csrfToken } = (await app.inject({ url: '/api/session', headers })).json();
    const ownToken = () =>
      getDb()
        .select()
        .from(sessionIdTokens)
        .where(eq(sessionIdTokens.sessionTokenHash, hashToken(cookie.value)));
    const tokens = await ownToken();
    assert.equal(tokens.length, 1, 'the ID token waits with the session');
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { ...headers, 'x-csrf-token': csrfToken },
    });
    assert.equal(out.statusCode, 200, out.body);
    const endSession = new URL(out.json().endSessionUrl);
    assert.equal(endSession.origin, idp.issuer);
    assert.equal(endSession.searchParams.get('id_token_hint'), tokens[0]!.idToken);
    assert.equal(
      endSession.searchParams.get('post_logout_redirect_uri'),
      'http://localhost/logga-in?utloggad=1',
    );
    assert.equal(endSession.searchParams.get('client_id'), idp.clientId);
    assert.deepEqual(await ownToken(), [], 'deleted with the session');
    assert.equal((await app.inject({ url: '/api/session', headers })).json().user, null);
    // The provider accepts the request: its page asks to confirm signing out.
    const atProvider = await fetch(endSession, { redirect: 'manual' });
    assert.equal(atProvider.status, 200);
    assert.match(await atProvider.text(), /logout/i);
  });

  it('signs out locally when the provider has no end_session_endpoint; no ID token is kept', async () => {
    const plainIdp = await startIdentityProvider({ redirectUri: REDIRECT_URI, endSession: false });
    const local = await buildServer({
      db: getDb(),
      oidc: {
        issuer: plainIdp.issuer,
        clientId: plainIdp.clientId,
        clientSecret: plainIdp.clientSecret,
        redirectUri: REDIRECT_URI,
        buttonLabel: 'Logga in',
      },
    });
    try {
      const start = await local.inject({ url: '/api/session/oidc/start' });
      const flow = start.cookies.find((c) => c.name === 'statsbidrag_oidc')!;
      const callback = await signInAtProvider(String(start.headers.location), EMAIL, REDIRECT_URI);
      const signedIn = await local.inject({
        url: `${callback.pathname}${callback.search}`,
        headers: { cookie: `statsbidrag_oidc=${flow.value}` },
      });
      const cookie = signedIn.cookies.find((c) => c.name === 'statsbidrag_session');
      assert.ok(cookie, signedIn.headers.location as string);
      const kept = await getDb()
        .select()
        .from(sessionIdTokens)
        .where(eq(sessionIdTokens.sessionTokenHash, hashToken(cookie.value)));
      assert.deepEqual(kept, [], 'no ID token kept');
      const headers = { cookie: `statsbidrag_session=${cookie.value}` };
      const { csrfToken } = (await local.inject({ url: '/api/session', headers })).json();
      const out = await local.inject({
        method: 'DELETE',
        url: '/api/session',
        headers: { ...headers, 'x-csrf-token': csrfToken },
      });
      assert.equal(out.statusCode, 204);
    } finally {
      await local.close();
      await plainIdp.close();
    }
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
