// Requisitions for `npm run bench`: the recipient's start page API (GET /api/me/grants) under
// autocannon, and 290 municipalities submitting at once: each creates its requisition twice at the
// same moment (a double click) and then its signatory signs it. Every failed request is counted
// (there must be none) and the rows are counted afterwards (nothing lost, nothing doubled). The
// real server on a loopback port; PGlite always, PostgreSQL too when DATABASE_URL is set.
import { performance } from 'node:perf_hooks';
import { readFile } from 'node:fs/promises';
import { and, count, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../src/db/client';
import { requisitions, requisitionVersions } from '../src/db/schema';
import { openTestPglite, openTestPostgres } from '../src/db/testing';
import { buildServer } from '../src/http/server';
import { signBody, signInAs } from '../src/http/testing';
import { DEMO_ACTOR, systemContext } from '../src/services/common/context';
import { loadDemoData } from '../src/services/demo/load-demo-data';
import { requisitionDemoDraft } from '../src/services/demo/load-requisition-demo';
import { publishKeyGrant } from '../src/services/grants/publish-key-grant';
import { autocannon } from './api';

const DURATION_S = 5;
const CONNECTIONS = 10;
const KEY_FILE = 'elderly_care_2024_usage.csv';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function benchDatabase(label: string, open: () => Promise<DatabaseHandle>) {
  const database = await open();
  const now = new Date('2027-06-01T08:00:00Z');
  const ctx = systemContext(database.db, DEMO_ACTOR, () => now);
  try {
    await loadDemoData(ctx);
    // A grant of its own, so all 290 start from nothing.
    const draft = { ...requisitionDemoDraft(), name: 'Bänktest: rekvisition 290 kommuner' };
    const grant = await publishKeyGrant(ctx, draft, {
      filename: KEY_FILE,
      bytes: await readFile(new URL(`../reference/${KEY_FILE}`, import.meta.url)),
    });
    const codes = (await readFile(new URL(`../reference/${KEY_FILE}`, import.meta.url), 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0] ?? '');
    const app = await buildServer({ db: database.db, now: () => now });
    try {
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const stockholm = await signInAs(
        database.db,
        'bench-stockholm',
        [{ role: 'recipient_user', grantId: null }],
        { recipientCode: '0180', now },
      );
      const url = `${address}/api/me/grants`;
      await autocannon({ url, connections: CONNECTIONS, duration: 1, headers: stockholm.headers });
      const start = await autocannon({
        url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: stockholm.headers,
      });

      const sessions = await Promise.all(
        codes.map((code) =>
          signInAs(database.db, `bench-${code}`, [{ role: 'recipient_signatory', grantId: null }], {
            recipientCode: code,
            now,
          }),
        ),
      );
      const mine = `${address}/api/me/grants/${grant.id}/requisition`;
      let failed = 0;
      const latencies: number[] = [];
      const timed = async (run: () => Promise<Response>) => {
        const t0 = performance.now();
        const response = await run();
        latencies.push(performance.now() - t0);
        if (!response.ok) failed++;
        return response;
      };
      const post = (headers: Record<string, string>, path: string, body: unknown) =>
        fetch(`${mine}${path}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const wall0 = performance.now();
      await Promise.all(
        sessions.map(async (session, index) => {
          const body = {
            declines: false,
            amountKr: 1_000 + index,
            wantsMore: index % 3 === 0,
            moreAmountKr: index % 3 === 0 ? 50_000 : null,
            contact: { name: `Kontakt ${index}`, email: `k${index}@kommun.se`, phone: '08-123 45' },
          };
          // A double click: the same create twice at once.
          const [first] = await Promise.all([
            timed(() => post(session.headers, '', body)),
            timed(() => post(session.headers, '', body)),
          ]);
          const created = (await first.json()) as { requisition?: { version: number } };
          // The signatory's step-up proof is made beforehand, as signInAs makes the session.
          const signing = await signBody(
            database.db,
            session.headers,
            grant.id,
            created.requisition?.version ?? 0,
            now,
          );
          await timed(() => post(session.headers, '/sign', signing));
        }),
      );
      const wallMs = performance.now() - wall0;
      const rows = async (table: typeof requisitions | typeof requisitionVersions) =>
        (await database.db.select({ n: count() }).from(table).where(eq(table.grantId, grant.id)))[0]
          ?.n ?? 0;
      const [signed] = await database.db
        .select({ n: count() })
        .from(requisitions)
        .where(and(eq(requisitions.grantId, grant.id), eq(requisitions.status, 'signed')));
      const sorted = [...latencies].sort((a, b) => a - b);
      const startFailed = start.non2xx + start.errors;
      return [
        {
          name: `${label}: GET /api/me/grants (recipient start page), ${CONNECTIONS} connections, ${DURATION_S} s`,
          value: `${start.requests.average.toFixed(0)} requests/s (${start.requests.total} requests, ${startFailed} failed)`,
        },
        {
          name: `${label}: start page latency p50 / p99`,
          value: `${start.latency.p50} ms / ${start.latency.p99} ms`,
        },
        {
          name: `${label}: ${codes.length} organisations at once, each creating twice (double click) and signing`,
          value: `${latencies.length} requests in ${ms(wallMs)}: ${((latencies.length / wallMs) * 1000).toFixed(0)} requests/s, ${failed} failed`,
        },
        {
          name: `${label}: submission latency p50 / p99`,
          value: `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 99))}`,
        },
        {
          name: `${label}: rows afterwards (requisitions / signed / signed versions)`,
          value: `${await rows(requisitions)} / ${signed?.n ?? 0} / ${await rows(requisitionVersions)} (expected ${codes.length} each)`,
        },
      ];
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

export async function benchRequisitions(): Promise<{ name: string; value: string }[]> {
  const figures = await benchDatabase('PGlite (in memory)', openTestPglite);
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl)
    figures.push(...(await benchDatabase('PostgreSQL', () => openTestPostgres(databaseUrl))));
  return figures;
}
