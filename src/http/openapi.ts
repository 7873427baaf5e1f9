// `npm run openapi` writes docs/api/openapi.json from the running routes' zod schemas, so the
// committed document cannot drift from the code (openapi.test.ts fails when it does).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { drizzle } from 'drizzle-orm/pglite';
import * as schema from '../db/schema';
import { buildServer } from './server';

export const OPENAPI_PATH = fileURLToPath(new URL('../../docs/api/openapi.json', import.meta.url));

/** The OpenAPI document as committed: pretty JSON with a final newline. */
export async function renderOpenApiDocument(): Promise<string> {
  // Building the routes needs no database; a mock that cannot run queries is enough.
  const app = await buildServer({ db: drizzle.mock({ schema }) });
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(OPENAPI_PATH, await renderOpenApiDocument());
  console.log(`Wrote ${OPENAPI_PATH}`);
}
