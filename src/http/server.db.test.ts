import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { describeEachDatabase, openTestPglite } from '../db/testing';
import { signInAs } from './testing';
import type { Problem } from '../contracts/problem';
import { buildServer, type App } from './server';

describeEachDatabase('HTTP server', (getDb) => {
  let app: App;
  before(async () => {
    app = await buildServer({ db: getDb() });
  });
  after(() => app.close());

  it('serves its OpenAPI document with every operation of the contract', async () => {
    const response = await app.inject({ url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.equal(document.openapi, '3.0.3');
    const operations = Object.entries(document.paths as Record<string, object>).flatMap(
      ([route, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`),
    );
    for (const expected of [
      'GET /api/recipients',
      'POST /api/recipients/import',
      'GET /api/grants',
      'POST /api/grants',
      'GET /api/grants/{id}',
      'PUT /api/grants/{id}',
      'POST /api/grants/{id}/copy',
      'POST /api/grants/{id}/status',
      'GET /api/grants/{id}/audit',
      'GET /api/grants/{id}/allocations',
      'POST /api/grants/{id}/allocations/import',
      'POST /api/grants/{id}/allocations/formula',
      'GET /api/allocations/{id}',
      'POST /api/allocations/{id}/publish',
      'GET /api/allocations/{id}/export.csv',
      'GET /api/allocations/{id}/export.xlsx',
      'GET /api/allocations/{id}/export.pdf',
      'GET /api/allocations/{id}/model.json',
      'GET /api/allocations/{id}/inputs.csv',
      'GET /api/allocations/compare',
      'GET /api/allocations/compare.csv',
      'GET /api/allocations/compare.xlsx',
    ]) {
      assert.ok(operations.includes(expected), `${expected} is documented`);
    }
  });

  it('answers an unknown API address with a problem+json 404', async () => {
    const response = await app.inject({ url: '/api/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    const problem: Problem = response.json();
    assert.deepEqual(Object.keys(problem).sort(), ['detail', 'errors', 'status', 'title', 'type']);
    assert.equal(problem.type, 'urn:statsbidrag:problem:route.not_found');
  });

  it('answers a body that is not JSON with a 400 problem, not a stack trace', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    assert.equal(response.statusCode, 400);
    assert.equal((response.json() as Problem).errors[0]?.code, 'request.invalid');
  });
});

describe('HTTP server without its database', () => {
  it('answers an unexpected failure with a 500 that carries only a log id, and logs the details', async () => {
    const handle = await openTestPglite();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildServer({ db: handle.db, logger: { level: 'error', stream } });
    const session = await signInAs(handle.db, 'analyst', [{ role: 'analyst', grantId: null }], {
      now: new Date(),
    });
    await handle.close(); // every query fails from now on
    const response = await app.inject({
      url: '/api/grants',
      headers: { 'accept-language': 'en', ...session.headers },
    });
    await app.close();
    assert.equal(response.statusCode, 500);
    const problem: Problem = response.json();
    const logId = /error id ([0-9a-f-]{36})/.exec(problem.detail ?? '')?.[1];
    assert.ok(logId, problem.detail);
    assert.doesNotMatch(response.body, /PGlite|closed|stack|select/i);
    const logged = lines.map(
      (line) => JSON.parse(line) as { logId?: string; err?: { message?: string } },
    );
    const entry = logged.find((line) => line.logId === logId);
    assert.ok(entry?.err?.message, 'the log has the error behind the id');
  });
});

describe('the built web app', () => {
  let dir: string;
  let app: App;
  let handle: Awaited<ReturnType<typeof openTestPglite>>;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sb-web-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Statsbidrag</title>');
    await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    handle = await openTestPglite();
    app = await buildServer({ db: handle.db, webRoot: dir });
  });
  after(async () => {
    await app.close();
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves files, index.html for any page of the app, and problems for the API', async () => {
    const asset = await app.inject({ url: '/assets/app.js' });
    assert.equal(asset.body, 'console.log(1)');
    const page = await app.inject({
      url: '/grants/0b6f6f0c-0000-4000-8000-000000000000/allocation',
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<title>Statsbidrag<\/title>/);
    const api = await app.inject({ url: '/api/missing' });
    assert.equal(api.statusCode, 404);
    assert.match(String(api.headers['content-type']), /problem\+json/);
  });
});
