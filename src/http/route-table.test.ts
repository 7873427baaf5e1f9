// The route table (src/contracts/routes.ts) and the server agree: every route the server registers
// has exactly one entry, and every entry is registered, with the entry's method, path and schemas;
// and the paths the web builds from an entry.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { drizzle } from 'drizzle-orm/pglite';
import * as schema from '../db/schema';
import { z } from 'zod';
import { pathOf, route, routeEntries } from '../contracts/route';
import { allRouteEntries } from '../contracts/routes';
import { buildServer, type App } from './server';

let app: App;
before(async () => {
  // Registering the routes needs no database; a mock that cannot run queries is enough.
  app = await buildServer({ db: drizzle.mock({ schema }) });
});
after(() => app.close());

const key = (method: string, path: string) => `${method} ${path}`;

it('has no two entries for the same method and path', () => {
  const keys = allRouteEntries.map((entry) => key(entry.method, entry.path));
  const repeated = keys.filter((k, index) => keys.indexOf(k) !== index);
  assert.deepEqual(repeated, []);
});

it('registers every entry of the table, and no API route that is not in it', () => {
  const registered = app.apiRoutes.map((r) => key(r.method, r.url.replace(/^\/api/, ''))).sort();
  const entries = allRouteEntries.map((entry) => key(entry.method, entry.path)).sort();
  assert.deepEqual(registered, entries);
  assert.ok(entries.length > 100, `only ${entries.length} entries`);
});

it('registers each route once', () => {
  const registered = app.apiRoutes.map((r) => key(r.method, r.url));
  assert.equal(new Set(registered).size, registered.length);
});

it('registers each route with its entry’s own schemas', () => {
  const byKey = new Map(app.apiRoutes.map((r) => [key(r.method, r.url), r.schema]));
  for (const entry of allRouteEntries) {
    const schema = byKey.get(key(entry.method, `/api${entry.path}`));
    const where = key(entry.method, entry.path);
    assert.equal(schema?.params, entry.params, `${where}: params`);
    assert.equal(schema?.querystring, entry.querystring, `${where}: querystring`);
    assert.equal(schema?.body, entry.body, `${where}: body`);
    const response = (schema?.response ?? {}) as Record<string, unknown>;
    for (const [status, answer] of Object.entries(entry.response ?? {})) {
      assert.equal(response[status], answer, `${where}: response ${status}`);
    }
    if (entry.file) assert.ok(response['200'], `${where}: the file is documented`);
  }
});

const report = route({
  method: 'GET',
  path: '/grants/:id/reports/:code',
  params: z.object({ id: z.string(), code: z.string() }),
});

it('fills every path parameter, each encoded as one segment', () => {
  assert.equal(pathOf(report, { id: 'a/b?c', code: '0180' }), '/grants/a%2Fb%3Fc/reports/0180');
});

it('adds the query, leaving out what is undefined', () => {
  const compare = route({ method: 'GET', path: '/allocations/compare.csv' });
  assert.equal(pathOf(compare, {}, { a: 'x y', b: undefined }), '/allocations/compare.csv?a=x+y');
  assert.equal(pathOf(compare, {}, {}), '/allocations/compare.csv');
});

it('refuses a path whose parameter has no value (a call the types would not allow)', () => {
  assert.throws(() => pathOf(report, { id: 'x' } as never), /no value for :code/);
});

it('lists the entries of a nested table in order', () => {
  const csv = route({ method: 'GET', path: '/x.csv' });
  const entries = routeEntries({ report, export: { csv }, note: 'not an entry' });
  assert.deepEqual(entries, [report, csv]);
});
