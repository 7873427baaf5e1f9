// Follow-up reporting under load for `npm run bench`: all 290 municipalities' signatories autosave
// their 2024 report's draft at once, then submit it at once (the synthetic answers of seed 000),
// each saving the draft once more and then submitting it, through the real HTTP API on a loopback
// port. PGlite always; PostgreSQL too when DATABASE_URL is set. Reports the throughput, p50/p99
// of the autosaves and the submissions, errors (there must be none) and what the database holds
// afterwards (nothing lost: 290 submitted, 290 kept).
import { count, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../src/db/client';
import { reports, reportSubmissions } from '../src/db/schema';
import { openTestPglite, openTestPostgres } from '../src/db/testing';
import { buildServer } from '../src/http/server';
import { signInAs, stepUpProof } from '../src/http/testing';
import { systemContext } from '../src/services/common/context';
import {
  setUpReportingGrant,
  synthetic2024Reports,
  syntheticReportJson,
} from '../src/services/demo/load-reporting-demo';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function benchDatabase(label: string, open: () => Promise<DatabaseHandle>) {
  const database = await open();
  try {
    const grantId = await setUpReportingGrant(
      systemContext(database.db, 'system:bench', () => new Date()),
      null,
    );
    const all = await synthetic2024Reports();
    const sessions = await Promise.all(
      all.map((r) =>
        signInAs(
          database.db,
          `signatory-${r.recipientCode}`,
          [{ role: 'recipient_signatory', grantId: null }],
          {
            recipientCode: r.recipientCode,
            now: new Date(),
          },
        ),
      ),
    );
    const app = await buildServer({ db: database.db });
    try {
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      const latencies: number[] = [];
      const saveLatencies: number[] = [];
      const submitLatencies: number[] = [];
      let errors = 0;
      const headersOf = (i: number) => ({
        ...sessions[i]!.headers,
        'content-type': 'application/json',
      });
      const urlOf = (code: string) => `${base}/api/grants/${grantId}/reports/${code}`;
      // First every recipient's autosave at once (a draft with everything typed), alone.
      const autosaveLatencies: number[] = [];
      const autosaveStarted = performance.now();
      const versions = await Promise.all(
        all.map(async (report, i) => {
          const t0 = performance.now();
          const saved = await fetch(urlOf(report.recipientCode), {
            method: 'PUT',
            headers: headersOf(i),
            body: JSON.stringify(syntheticReportJson(report, 0)),
          });
          if (!saved.ok) errors++;
          const { version } = (await saved.json()) as { version: number };
          autosaveLatencies.push(performance.now() - t0);
          return version;
        }),
      );
      const autosaveSeconds = (performance.now() - autosaveStarted) / 1000;
      // Then the last save and the submission, all at once.
      const started = performance.now();
      await Promise.all(
        all.map(async (report, i) => {
          const headers = headersOf(i);
          const url = urlOf(report.recipientCode);
          // The signatory's step-up proof is made beforehand (and not timed), as signInAs makes
          // the session.
          const stepUp = await stepUpProof(
            database.db,
            sessions[i]!.headers,
            { kind: 'report.submit', grantId },
            new Date(),
          );
          const t0 = performance.now();
          const saved = await fetch(url, {
            method: 'PUT',
            headers,
            body: JSON.stringify(syntheticReportJson(report, versions[i]!)),
          });
          if (!saved.ok) {
            errors++;
            return;
          }
          const { version } = (await saved.json()) as { version: number };
          const t1 = performance.now();
          saveLatencies.push(t1 - t0);
          const submitted = await fetch(`${url}/submit`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ version, stepUpProof: stepUp }),
          });
          await submitted.arrayBuffer();
          if (!submitted.ok) errors++;
          const t2 = performance.now();
          submitLatencies.push(t2 - t1);
          latencies.push(t2 - t0);
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const [submittedCount] = await database.db
        .select({ n: count() })
        .from(reports)
        .where(eq(reports.status, 'submitted'));
      const [kept] = await database.db.select({ n: count() }).from(reportSubmissions);
      const p50p99 = (values: number[]) => {
        values.sort((a, b) => a - b);
        return `${percentile(values, 50).toFixed(0)} ms / ${percentile(values, 99).toFixed(0)} ms`;
      };
      return [
        {
          name: `${label}: 290 autosaves of a draft at once`,
          value: `${(all.length / autosaveSeconds).toFixed(1)} saves/s (${autosaveSeconds.toFixed(1)} s in all), p50 / p99 ${p50p99(autosaveLatencies)}`,
        },
        {
          name: `${label}: 290 signatories save and submit the 2024 report at once`,
          value: `${(all.length / seconds).toFixed(1)} reports/s (${seconds.toFixed(1)} s in all), ${errors} errors`,
        },
        {
          name: `${label}: save + submit latency p50 / p99`,
          value: p50p99(latencies),
        },
        {
          name: `${label}: of which the draft save (autosave), p50 / p99`,
          value: p50p99(saveLatencies),
        },
        { name: `${label}: of which the submission, p50 / p99`, value: p50p99(submitLatencies) },
        {
          name: `${label}: in the database afterwards`,
          value: `${submittedCount?.n ?? 0} submitted reports, ${kept?.n ?? 0} submissions kept`,
        },
      ];
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

export async function benchReporting(): Promise<{ name: string; value: string }[]> {
  const figures = await benchDatabase('PGlite (in memory)', openTestPglite);
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl)
    figures.push(...(await benchDatabase('PostgreSQL', () => openTestPostgres(databaseUrl))));
  return figures;
}
