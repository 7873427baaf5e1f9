// HTTP API throughput for `npm run bench`: the real server on a loopback port, with the demo data,
// answering GET /api/allocations/:id for the 290-row 2024 allocation (every row with its
// explanation). PGlite always; PostgreSQL too when DATABASE_URL is set (in a database of its own,
// dropped afterwards). Only loopback traffic, and no assertions: correctness is the tests' job.
import { createRequire } from 'node:module';
import type { DatabaseHandle } from '../src/db/client';
import { openTestPglite, openTestPostgres } from '../src/db/testing';
import { buildServer } from '../src/http/server';
import { signInAs } from '../src/http/testing';
import { DEMO_ACTOR, systemContext } from '../src/services/common/context';
import { listGrants } from '../src/services/grants/list-grants';
import { loadDemoData } from '../src/services/demo/load-demo-data';

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}
export type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

// autocannon ships no type declarations; this is the part of its API used here.
export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const DURATION_S = 5;
const CONNECTIONS = 10;

async function benchDatabase(label: string, open: () => Promise<DatabaseHandle>) {
  const database = await open();
  const ctx = systemContext(database.db, DEMO_ACTOR, () => new Date());
  try {
    await loadDemoData(ctx);
    const grant = (await listGrants(ctx)).find((g) => g.grantYear === 2024);
    if (!grant?.publishedAllocationId) throw new Error('the demo data has no 2024 allocation');
    const app = await buildServer({ db: database.db });
    try {
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const url = `${address}/api/allocations/${grant.publishedAllocationId}`;
      // Every request carries a session, as in use: the cookie is looked up on each one.
      const { headers } = await signInAs(
        database.db,
        'analyst',
        [{ role: 'analyst', grantId: null }],
        {
          now: new Date(),
        },
      );
      await autocannon({ url, connections: CONNECTIONS, duration: 1, headers }); // warm-up
      const result = await autocannon({
        url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers,
      });
      const failed = result.non2xx + result.errors;
      return [
        {
          name: `${label}: GET /api/allocations/:id (290 rows), ${CONNECTIONS} connections, ${DURATION_S} s`,
          value: `${result.requests.average.toFixed(0)} requests/s (${result.requests.total} requests${failed ? `, ${failed} failed` : ''})`,
        },
        {
          name: `${label}: latency p50 / p99`,
          value: `${result.latency.p50} ms / ${result.latency.p99} ms`,
        },
      ];
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

export async function benchApi(): Promise<{ name: string; value: string }[]> {
  const figures = await benchDatabase('PGlite (in memory)', openTestPglite);
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    figures.push(...(await benchDatabase('PostgreSQL', () => openTestPostgres(databaseUrl))));
  }
  return figures;
}
