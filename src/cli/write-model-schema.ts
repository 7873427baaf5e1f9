// Regenerates docs/model.schema.json from the zod schema of model.json:
//   npx tsx src/cli/write-model-schema.ts
// src/domain/allocation/model.test.ts fails when the committed file drifts from the schema.
import { writeFile } from 'node:fs/promises';
import { allocationModelJsonSchema } from '../domain/allocation/model';

const target = new URL('../../docs/model.schema.json', import.meta.url);
await writeFile(target, `${JSON.stringify(allocationModelJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
