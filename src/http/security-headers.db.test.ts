// Every answer carries the browser security headers; the API's are never stored; HSTS only over
// TLS (directly or from a trusted proxy).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../db/testing';
import { buildServer, type App } from './server';
import { signInAs, TEST_NOW } from './testing';

describeEachDatabase('browser security headers', (getDb) => {
  let app: App;
  let proxied: App;
  let webRoot: string;

  before(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'web-'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>x</title>');
    app = await buildServer({ db: getDb(), now: () => TEST_NOW, webRoot });
    proxied = await buildServer({ db: getDb(), now: () => TEST_NOW, trustProxy: ['10.0.0.2'] });
  });
  after(() => rmSync(webRoot, { recursive: true }));

  function assertBrowserHeaders(headers: Record<string, unknown>, what: string) {
    const csp = String(headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ])
      assert.ok(csp.split(';').includes(directive), `${what}: ${directive} in ${csp}`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, what);
    assert.equal(headers['x-frame-options'], 'DENY', what);
    assert.equal(headers['x-content-type-options'], 'nosniff', what);
    assert.equal(headers['referrer-policy'], 'no-referrer', what);
  }

  it('gives the page, the session answer and an API error the CSP, frame, sniffing and referrer headers', async () => {
    const page = await app.inject({ url: '/beslut' });
    assert.equal(page.statusCode, 200);
    assertBrowserHeaders(page.headers, 'page');
    assert.equal(page.headers['cache-control'], 'no-cache', 'the page itself may be kept');
    const session = await app.inject({ url: '/api/session' });
    assertBrowserHeaders(session.headers, 'session');
    const missing = await app.inject({ url: '/api/nothing-here' });
    assertBrowserHeaders(missing.headers, 'problem');
  });

  it('marks every API answer no-store: the session (CSRF token), personal data, errors', async () => {
    const officer = await signInAs(getDb(), 'officer', [{ role: 'case_officer', grantId: null }]);
    for (const [url, headers] of [
      ['/api/session', officer.headers],
      ['/api/grants', officer.headers],
      ['/api/users', officer.headers],
      ['/api/recipients?q=0180', officer.headers],
      ['/api/grants', {}],
    ] as const) {
      const answer = await app.inject({ url, headers });
      assert.equal(answer.headers['cache-control'], 'no-store', `${url} ${answer.statusCode}`);
    }
  });

  it('sends HSTS over TLS from a trusted proxy only, never over plain HTTP', async () => {
    const direct = await app.inject({
      url: '/api/session',
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.equal(direct.headers['strict-transport-security'], undefined, 'an untrusted header');
    const viaProxy = await proxied.inject({
      url: '/api/session',
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.equal(
      viaProxy.headers['strict-transport-security'],
      'max-age=31536000; includeSubDomains',
    );
    const plain = await proxied.inject({ url: '/api/session', remoteAddress: '10.0.0.2' });
    assert.equal(plain.headers['strict-transport-security'], undefined);
  });
});
