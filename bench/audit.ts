// Receivables and audit for `npm run bench`: the repayment outcomes of 290 submitted reports
// (pure domain code, then the receivables list over the database after 290 submissions), and
// drawing a stratified audit sample from the 290 (pure, then through the use case with storage).
import { localDate } from '../src/domain/dates';
import { drawAuditSample } from '../src/domain/audit-sample/sampler';
import { repaymentDemand } from '../src/domain/reporting/repayment-demand';
import type { DatabaseHandle } from '../src/db/client';
import { openTestPglite, openTestPostgres } from '../src/db/testing';
import { systemContext } from '../src/services/common/context';
import { drawSample } from '../src/services/receivables/draw-audit-sample';
import { getReceivables } from '../src/services/receivables/get-receivables';
import {
  submitSyntheticReports,
  setUpReportingGrant,
  synthetic2024Reports,
} from '../src/services/demo/load-reporting-demo';
import { registerPayment } from '../src/services/receivables/register-payment';

const STRATA = [
  { fromKr: 0n, size: 10 },
  { fromKr: 10_000_000n, size: 10 },
  { fromKr: 50_000_000n, size: 5 },
];

function timed<T>(runs: number, work: () => T): number {
  const started = performance.now();
  for (let i = 0; i < runs; i++) work();
  return (performance.now() - started) / runs;
}

async function timedAsync(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function benchDatabase(label: string, open: () => Promise<DatabaseHandle>) {
  const database = await open();
  try {
    const now = new Date('2025-02-20T10:00:00.000Z');
    const ctx = systemContext(database.db, 'system:bench', () => now);
    const grantId = await setUpReportingGrant(ctx, '2025-02-28');
    const reports = await synthetic2024Reports();
    const submitting = await timedAsync(async () => {
      await submitSyntheticReports(ctx, grantId, reports);
    });
    let demands = 0;
    const listing = await timedAsync(async () => {
      demands = (await getReceivables(ctx, grantId)).rows.length;
    });
    const rows = (await getReceivables(ctx, grantId)).rows;
    const paying = await timedAsync(async () => {
      for (const row of rows)
        await registerPayment(ctx, {
          grantId,
          target: { recipientCode: row.recipientCode },
          paidOn: '2025-02-20',
          amountKr: row.amountKr / 2n,
          payerReference: row.ocrReference,
        });
    });
    let sampled = 0;
    const sampling = await timedAsync(async () => {
      sampled = (await drawSample(ctx, { grantId, seed: 20251123, strata: STRATA })).items.length;
    });
    return [
      {
        name: `${label}: 290 reports saved and submitted one after the other (use cases), demands registered`,
        value: `${(submitting / 1000).toFixed(1)} s (${(submitting / 290).toFixed(0)} ms per report)`,
      },
      {
        name: `${label}: the receivables list (${demands} demands over 290 submissions)`,
        value: `${listing.toFixed(0)} ms`,
      },
      {
        name: `${label}: a partial payment registered on each of the ${rows.length} demands`,
        value: `${(paying / Math.max(rows.length, 1)).toFixed(0)} ms per payment`,
      },
      {
        name: `${label}: a stratified sample of ${sampled} drawn from 290 and stored`,
        value: `${sampling.toFixed(0)} ms`,
      },
    ];
  } finally {
    await database.close();
  }
}

export async function benchAudit(): Promise<{ name: string; value: string }[]> {
  const reports = await synthetic2024Reports();
  const grant = {
    grantYear: 2024,
    repaymentRequired: true,
    waiverThresholdKr: 1_000n,
    repaymentDeadlineOn: null,
  };
  const submittedOn = localDate('2025-02-20');
  const outcomes = timed(200, () =>
    reports.map((r) =>
      repaymentDemand({
        grant,
        recipientCode: r.recipientCode,
        revision: 1,
        receivedKr: r.receivedKr,
        usedKr: r.economic.usedKr!,
        submittedOn,
      }),
    ),
  );
  const population = reports.map((r) => ({ key: r.recipientCode, amountKr: r.receivedKr }));
  const sample = timed(1000, () => drawAuditSample(population, STRATA, 20251123));
  const figures = [
    {
      name: 'Repayment outcomes of 290 reports (pure domain code, OCR references included)',
      value: `${outcomes.toFixed(2)} ms`,
    },
    {
      name: 'A stratified sample (10 + 10 + 5) drawn from 290 (pure domain code)',
      value: `${(sample * 1000).toFixed(0)} µs`,
    },
    ...(await benchDatabase('PGlite (in memory)', openTestPglite)),
  ];
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl)
    figures.push(...(await benchDatabase('PostgreSQL', () => openTestPostgres(databaseUrl))));
  return figures;
}
