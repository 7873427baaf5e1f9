// Signing as a step-up (docs/decisions/0032), on PGlite and PostgreSQL: the signatory proves again
// who they are for the one act — by re-entering the password where no identity provider is
// configured, or at a real OpenID Connect provider (oidc-provider on a free port) with a fresh
// authentication at the level signing requires. Every refusal leaves the requisition as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { findUserByEmail, updateUser } from '../../../db/users';
import type { Receipt } from '../../../contracts/receipts';
import type { RequisitionView } from '../../../contracts/requisition';
import { SWEDISH_LOA } from '../../../domain/access/step-up';
import { inviteUser } from '../../../services/access/invite-user';
import { hashPassword } from '../../../services/access/password';
import { systemContext } from '../../../services/common/context';
import { publishKeyGrant } from '../../../services/grants/publish-key-grant';
import { requisitionEntityId } from '../../../services/requisition/requisition-common';
import type { Database } from '../../../db/client';
import { buildServer, type App } from '../../server';
import {
  apiCaller,
  grantInput,
  referenceFile,
  signInAs,
  stepUpProof,
  TEST_NOW,
} from '../../testing';
import {
  signInAtProvider,
  startIdentityProvider,
  type TestIdentityProvider,
} from '../../testing-oidc';
import { toGrantDraft } from '../grants/routes';

const [, LOA2, LOA3] = SWEDISH_LOA;
const PASSWORD = 'en lång och ovanlig fras för att skriva under';
const contact = { name: 'Sara Stockholm', email: 'sara@stockholm.se', phone: '08-508 290 00' };
const draft = (amountKr: number) => ({
  declines: false,
  amountKr,
  wantsMore: false,
  moreAmountKr: null,
  contact,
});

async function publishGrant(db: Database, name: string, requisitionDeadlineOn: string) {
  const ctx = systemContext(db, 'system:test', () => TEST_NOW);
  const grant = await publishKeyGrant(
    ctx,
    toGrantDraft(grantInput({ name, requisitionDeadlineOn })),
    {
      filename: 'welfare_tech_2018_allocation.csv',
      bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
    },
  );
  return grant.id;
}

describeEachDatabase('signing as a step-up', (getDb) => {
  describe('without an identity provider: the password again', () => {
    let clock = TEST_NOW;
    let app: App;
    let grantId: string;
    let otherGrantId: string;
    let headers: Record<string, string>;
    let userId: string;
    const call = apiCaller(() => app);
    const mine = (id = grantId) => `/api/me/grants/${id}/requisition`;
    const act = (id = grantId) => ({
      kind: 'requisition.sign',
      grantId: id,
      recipientCode: '0180',
    });
    const stepUp = (password: string, id = grantId) =>
      call(headers, 'POST', '/api/session/step-up', { act: act(id), password });
    const requisition = async (id = grantId) =>
      (await call(headers, 'GET', mine(id))).json<RequisitionView>().requisition;
    const sign = async (stepUpProofValue: string, id = grantId) =>
      call(headers, 'POST', `${mine(id)}/sign`, {
        version: (await requisition(id))?.version,
        stepUpProof: stepUpProofValue,
      });

    before(async () => {
      const db = getDb();
      grantId = await publishGrant(db, 'Stegvis underskrift A', '2026-03-31');
      otherGrantId = await publishGrant(db, 'Stegvis underskrift B', '2026-03-31');
      const session = await signInAs(
        db,
        'step-up-signatory',
        [{ role: 'recipient_signatory', grantId: null }],
        { recipientCode: '0180' },
      );
      headers = session.headers;
      userId = session.userId;
      await updateUser(db, userId, { passwordHash: await hashPassword(PASSWORD) });
      app = await buildServer({ db, now: () => clock });
      for (const id of [grantId, otherGrantId])
        assert.equal((await call(headers, 'POST', mine(id), draft(1_000_000))).statusCode, 201);
    });
    after(() => app.close());

    it('says the password is the way to sign here', async () => {
      const method = await call(headers, 'GET', '/api/session/signing-method');
      assert.deepEqual(method.json(), { method: 'password', acr: null });
    });

    it('refuses signing without a proof, or with one that was never made', async () => {
      const without = await call(headers, 'POST', `${mine()}/sign`, {
        version: (await requisition())?.version,
      });
      assert.equal(without.statusCode, 400, without.body);
      const forged = await sign('x'.repeat(43));
      assert.equal(forged.statusCode, 403, forged.body);
      assert.equal(forged.json().errors[0].code, 'auth.step_up_required');
      assert.equal((await requisition())?.state, 'draft');
    });

    it('refuses a wrong password, audits it, and signs nothing', async () => {
      const refused = await stepUp('fel lösenord');
      assert.equal(refused.statusCode, 422, refused.body);
      assert.deepEqual(
        refused.json().errors.map((e: { code: string; path?: string }) => [e.code, e.path]),
        [['auth.step_up_wrong_password', 'password']],
      );
      const events = await listAuditEventsForEntity(getDb(), 'user', userId);
      const failed = events.filter((e) => e.action === 'user.step_up_failed');
      assert.equal(failed.length, 1);
      assert.deepEqual(failed[0]?.after, {
        ip: '127.0.0.1',
        act: `requisition.sign:${grantId}:0180`,
        method: 'password',
        reason: 'password',
      });
      assert.equal((await requisition())?.state, 'draft');
    });

    it('signs with the proof of the right password; the receipt says how', async () => {
      const proof = await stepUp(PASSWORD);
      assert.equal(proof.statusCode, 201, proof.body);
      const { stepUpProof: value, expiresAt } = proof.json<{
        stepUpProof: string;
        expiresAt: string;
      }>();
      assert.equal(new Date(expiresAt).getTime() - clock.getTime(), 5 * 60 * 1000);
      const signed = await sign(value);
      assert.equal(signed.statusCode, 200, signed.body);
      assert.equal(signed.json<RequisitionView>().requisition?.state, 'signed');

      const events = await listAuditEventsForEntity(
        getDb(),
        'requisition',
        requisitionEntityId(grantId, '0180'),
      );
      const event = events.find((e) => e.action === 'requisition.signed');
      assert.deepEqual((event?.after as { signature?: unknown }).signature, {
        method: 'password',
        issuer: null,
        subject: null,
        acr: null,
        amr: [],
        authenticatedAt: clock.toISOString(),
      });
      const receipt = await call(
        headers,
        'GET',
        `/api/receipts?action=requisition.signed&grantId=${grantId}&recipientCode=0180`,
      );
      assert.deepEqual(receipt.json<Receipt>().signature, {
        method: 'password',
        acr: null,
        amr: [],
        authenticatedAt: clock.toISOString(),
      });
    });

    it('refuses a proof used once already', async () => {
      // Changed after signing, the requisition is a draft again and needs a new signature.
      const changed = await call(headers, 'PUT', mine(), {
        ...draft(900_000),
        version: (await requisition())?.version,
      });
      assert.equal(changed.statusCode, 200, changed.body);
      const value = (await stepUp(PASSWORD)).json<{ stepUpProof: string }>().stepUpProof;
      assert.equal((await sign(value)).statusCode, 200);
      const again = await call(headers, 'PUT', mine(), {
        ...draft(800_000),
        version: (await requisition())?.version,
      });
      assert.equal(again.statusCode, 200, again.body);
      const reused = await sign(value);
      assert.equal(reused.statusCode, 403, reused.body);
      assert.equal(reused.json().errors[0].code, 'auth.step_up_required');
      assert.equal((await requisition())?.state, 'draft');
    });

    it("refuses a proof made for another act: another grant's requisition, or a report", async () => {
      const forOther = (await stepUp(PASSWORD, otherGrantId)).json<{ stepUpProof: string }>();
      const refused = await sign(forOther.stepUpProof);
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(refused.json().errors[0].code, 'auth.step_up_required');
      assert.equal((await requisition())?.state, 'draft');
      // The proof was not spent by the refusal: it still signs the requisition it was made for.
      assert.equal((await sign(forOther.stepUpProof, otherGrantId)).statusCode, 200);

      const forReport = await stepUpProof(getDb(), headers, {
        kind: 'report.submit',
        grantId,
        recipientCode: '0180',
      });
      const notThisAct = await sign(forReport);
      assert.equal(notThisAct.statusCode, 403, notThisAct.body);
      assert.equal((await requisition())?.state, 'draft');
    });

    it('refuses a proof after its five minutes', async () => {
      const value = (await stepUp(PASSWORD)).json<{ stepUpProof: string }>().stepUpProof;
      clock = new Date(TEST_NOW.getTime() + 5 * 60 * 1000 + 1);
      try {
        const late = await sign(value);
        assert.equal(late.statusCode, 403, late.body);
        assert.equal(late.json().errors[0].code, 'auth.step_up_required');
      } finally {
        clock = TEST_NOW;
      }
      assert.equal((await requisition())?.state, 'draft');
    });

    it("refuses a step-up for another organisation's act", async () => {
      const refused = await call(headers, 'POST', '/api/session/step-up', {
        act: { kind: 'requisition.sign', grantId, recipientCode: '0114' },
        password: PASSWORD,
      });
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(refused.json().errors[0].code, 'auth.forbidden');
    });

    it('is throttled like signing in: after five wrong passwords even the right one waits', async () => {
      // One wrong password is counted above already.
      for (let i = 0; i < 4; i++) assert.equal((await stepUp('fel igen')).statusCode, 422);
      const throttled = await stepUp(PASSWORD);
      assert.equal(throttled.statusCode, 429, throttled.body);
      assert.equal(throttled.json().errors[0].code, 'auth.too_many_attempts');
    });
  });

  describe('with an identity provider: a fresh authentication at the level required', () => {
    const REDIRECT_URI = 'http://localhost/api/session/oidc/callback';
    const EMAIL = 'firmatecknare.stegupp@stockholm.test';
    let idp: TestIdentityProvider;
    let app: App;
    let grantId: string;
    let headers: Record<string, string>;
    // The provider's tokens are checked against the real clock; `skew` moves the server's.
    let skewMs = 0;
    const call = apiCaller(() => app);
    const mine = () => `/api/me/grants/${grantId}/requisition`;
    const requisition = async () =>
      (await call(headers, 'GET', mine())).json<RequisitionView>().requisition;
    const next = () => `/mina-bidrag/${grantId}/rekvisition`;

    /** The step-up: start, the provider's login, and our callback; where the callback sends. */
    async function stepUpAtProvider(login = EMAIL): Promise<URL> {
      const query = new URLSearchParams({
        kind: 'requisition.sign',
        grantId,
        recipientCode: '0180',
        next: next(),
      });
      const start = await call(headers, 'GET', `/api/session/oidc/step-up?${query}`);
      assert.equal(start.statusCode, 303, start.body);
      const authorization = new URL(String(start.headers.location));
      assert.equal(authorization.origin, idp.issuer);
      assert.equal(authorization.searchParams.get('prompt'), 'login');
      assert.equal(authorization.searchParams.get('max_age'), '0');
      assert.equal(authorization.searchParams.get('acr_values'), LOA3);
      const flow = start.cookies.find((c) => c.name === 'statsbidrag_stepup');
      assert.ok(flow);
      assert.equal(flow.httpOnly, true);
      const callback = await signInAtProvider(authorization.href, login, REDIRECT_URI);
      const back = await app.inject({
        url: `${callback.pathname}${callback.search}`,
        headers: { cookie: `${headers.cookie}; statsbidrag_stepup=${flow.value}` },
      });
      assert.equal(back.statusCode, 303, back.body);
      return new URL(String(back.headers.location), 'http://localhost');
    }
    const signWith = async (proof: string) =>
      call(headers, 'POST', `${mine()}/sign`, {
        version: (await requisition())?.version,
        stepUpProof: proof,
      });
    const refusals = async () => {
      const user = await findUserByEmail(getDb(), EMAIL);
      return (await listAuditEventsForEntity(getDb(), 'user', user!.id))
        .filter((e) => e.action === 'user.step_up_failed')
        .map((e) => (e.after as { reason: string }).reason);
    };

    before(async () => {
      const db = getDb();
      idp = await startIdentityProvider({ redirectUri: REDIRECT_URI });
      grantId = await publishGrant(db, 'Stegvis underskrift med e-legitimation', '2099-12-31');
      app = await buildServer({
        db,
        now: () => new Date(Date.now() + skewMs),
        oidc: {
          issuer: idp.issuer,
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          redirectUri: REDIRECT_URI,
          buttonLabel: 'Logga in med e-legitimation',
          signingAcr: LOA3,
        },
      });
      await inviteUser(
        systemContext(db, 'system:test', () => new Date()),
        {
          email: EMAIL,
          name: 'Fia Firmatecknare',
          recipientCode: '0180',
          roles: [{ role: 'recipient_signatory', grantId: null }],
        },
      );
      // Signed in at the provider once: the account is bound to that identity (its subject).
      const start = await app.inject({ url: '/api/session/oidc/start?next=/' });
      const flow = start.cookies.find((c) => c.name === 'statsbidrag_oidc');
      const callback = await signInAtProvider(String(start.headers.location), EMAIL, REDIRECT_URI);
      const signedIn = await app.inject({
        url: `${callback.pathname}${callback.search}`,
        headers: { cookie: `statsbidrag_oidc=${flow?.value}` },
      });
      const cookie = signedIn.cookies.find((c) => c.name === 'statsbidrag_session');
      assert.ok(cookie, signedIn.body);
      const session = (
        await app.inject({
          url: '/api/session',
          headers: { cookie: `statsbidrag_session=${cookie.value}` },
        })
      ).json<{ csrfToken: string }>();
      headers = {
        cookie: `statsbidrag_session=${cookie.value}`,
        'x-csrf-token': session.csrfToken,
      };
      assert.equal((await call(headers, 'POST', mine(), draft(1_500_000))).statusCode, 201);
    });
    after(async () => {
      await app?.close();
      await idp?.close();
    });

    it('says signing is done at the provider, and refuses the password', async () => {
      const method = await call(headers, 'GET', '/api/session/signing-method');
      assert.deepEqual(method.json(), { method: 'oidc', acr: LOA3 });
      const password = await call(headers, 'POST', '/api/session/step-up', {
        act: { kind: 'requisition.sign', grantId, recipientCode: '0180' },
        password: 'vad som helst',
      });
      assert.equal(password.statusCode, 409, password.body);
      assert.equal(password.json().errors[0].code, 'auth.step_up_use_provider');
    });

    it('refuses an authentication below the level required, audited', async () => {
      idp.setAuthentication(EMAIL, { acr: LOA2, amr: ['pwd'] });
      try {
        const back = await stepUpAtProvider();
        assert.equal(back.pathname, next());
        assert.equal(back.searchParams.get('stegupp-fel'), 'auth.step_up_level');
        assert.equal(back.searchParams.get('stegupp'), null);
      } finally {
        idp.setAuthentication(EMAIL, { acr: LOA3, amr: ['mfa'] });
      }
      assert.deepEqual(await refusals(), ['level']);
      assert.equal((await requisition())?.state, 'draft');
    });

    it("refuses someone else's authentication (another subject), audited", async () => {
      idp.setLoginAs(EMAIL, 'nagon.annan@stockholm.test');
      try {
        const back = await stepUpAtProvider();
        assert.equal(back.searchParams.get('stegupp-fel'), 'auth.step_up_subject');
      } finally {
        idp.setLoginAs(EMAIL, null);
      }
      assert.deepEqual(await refusals(), ['level', 'subject']);
      assert.equal((await requisition())?.state, 'draft');
    });

    it('refuses an authentication older than the request (stale auth_time), audited', async () => {
      // The server's clock runs ten minutes ahead: the provider's auth_time is before the start.
      skewMs = 10 * 60 * 1000;
      try {
        const back = await stepUpAtProvider();
        assert.equal(back.searchParams.get('stegupp-fel'), 'auth.step_up_stale');
      } finally {
        skewMs = 0;
      }
      assert.deepEqual(await refusals(), ['level', 'subject', 'stale']);
      assert.equal((await requisition())?.state, 'draft');
    });

    it('signs after a fresh authentication at the level; the receipt has acr, amr and when', async () => {
      const startedAt = Date.now();
      const back = await stepUpAtProvider();
      assert.equal(back.pathname, next());
      const proof = back.searchParams.get('stegupp');
      assert.ok(proof, back.href);
      const signed = await signWith(proof);
      assert.equal(signed.statusCode, 200, signed.body);
      assert.equal(signed.json<RequisitionView>().requisition?.state, 'signed');

      const receipt = (
        await call(
          headers,
          'GET',
          `/api/receipts?action=requisition.signed&grantId=${grantId}&recipientCode=0180`,
        )
      ).json<Receipt>();
      assert.equal(receipt.actorEmail, EMAIL);
      assert.equal(receipt.signature?.method, 'oidc');
      assert.equal(receipt.signature?.acr, LOA3);
      assert.deepEqual(receipt.signature?.amr, ['mfa']);
      const authenticatedAt = new Date(receipt.signature?.authenticatedAt ?? 0).getTime();
      // auth_time is in whole seconds.
      assert.ok(
        authenticatedAt >= Math.floor(startedAt / 1000) * 1000,
        receipt.signature?.authenticatedAt,
      );
      assert.ok(authenticatedAt <= Date.now());

      // The same proof again, on the requisition changed back to a draft: refused.
      const changed = await call(headers, 'PUT', mine(), {
        ...draft(1_400_000),
        version: (await requisition())?.version,
      });
      assert.equal(changed.statusCode, 200, changed.body);
      const reused = await signWith(proof);
      assert.equal(reused.statusCode, 403, reused.body);
      assert.equal((await requisition())?.state, 'draft');
    });
  });
});
