import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { OPENAPI_PATH, renderOpenApiDocument } from './openapi';

it('docs/api/openapi.json is what the routes generate (run `npm run openapi` after changing a route)', async () => {
  const committed = await readFile(OPENAPI_PATH, 'utf8').catch(() => '');
  assert.equal(committed, await renderOpenApiDocument());
});
