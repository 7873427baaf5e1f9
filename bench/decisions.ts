// Decisions (src/services/issue-decisions.ts, export-decision-letters.ts): issuing a draft decision
// for each of the 290 municipalities as one batch (one transaction: a reference number, an update
// and an audit event each), then printing the 290 letters as one PDF. On PGlite and, with
// DATABASE_URL, on PostgreSQL. Nothing is asserted; the figures vary with the machine.
import { performance } from 'node:perf_hooks';
import type { DatabaseHandle } from '../src/db/client';
import { insertDecisions } from '../src/db/decisions';
import { listAllRecipients } from '../src/db/recipients';
import { openTestPglite, openTestPostgres } from '../src/db/testing';
import { insertUser } from '../src/db/users';
import { grantInput } from '../src/http/testing';
import { toGrantDraft } from '../src/http/routes/grants/routes';
import { systemContext } from '../src/services/common/context';
import { createGrant } from '../src/services/grants/create-grant';
import { exportGrantDecisionLetters } from '../src/services/decisions/export-decision-letters';
import { issueDecisions } from '../src/services/decisions/issue-decisions';
import { DEFAULT_APPEAL_TEXT } from '../src/domain/decisions/agency';

const ROUNDS = 3;

async function round(database: DatabaseHandle, index: number) {
  const ctx = systemContext(database.db, 'system:bench', () => new Date('2026-03-02T09:30:00Z'));
  const grant = await createGrant(ctx, toGrantDraft(grantInput({ name: `Bench ${index}` })));
  const municipalities = (await listAllRecipients(database.db)).filter(
    (r) => r.type === 'municipality',
  );
  await insertDecisions(
    database.db,
    municipalities.map((recipient, position) => ({
      kind: 'requisition' as const,
      grantId: grant.id,
      recipientCode: recipient.code,
      amountKr: BigInt(1_000_000 + position * 1_234),
      payoutChannel: 'bank_transfer' as const,
      legalBasis: 'Förordning (2018:1234) om statsbidrag',
      reasons: 'Kommunen har rekvirerat medel inom ramen för fördelningen och uppfyller villkoren.',
      conditions: 'Medlen ska användas under året och redovisas senast den 31 mars året efter.',
      appealText: DEFAULT_APPEAL_TEXT,
      sourceType: 'requisition',
      sourceId: `bench-${index}-${recipient.code}`,
      preparedBy: 'system:bench',
    })),
  );
  const user = await insertUser(database.db, {
    email: `decider-${index}@bench.test`,
    name: 'Bertil Beslutsfattare',
    recipientCode: null,
  });
  const decider = {
    ...ctx,
    actor: user.email,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      recipientCode: null,
      roles: [{ role: 'decision_maker' as const, grantId: null }],
    },
  };
  let start = performance.now();
  const issued = await issueDecisions(decider, { grantId: grant.id, decisionIds: null });
  const issueMs = performance.now() - start;
  start = performance.now();
  const file = await exportGrantDecisionLetters(ctx, grant.id);
  const pdfMs = performance.now() - start;
  return { count: issued.length, issueMs, pdfMs, bytes: file.body.length };
}

async function benchDatabase(label: string, open: () => Promise<DatabaseHandle>) {
  const database = await open();
  try {
    const rounds = [];
    for (let index = 0; index < ROUNDS; index++) rounds.push(await round(database, index));
    const median = (values: number[]) =>
      values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const count = rounds[0]?.count ?? 0;
    return [
      {
        name: `${label}: issue ${count} decisions as one batch (one transaction)`,
        value: `${median(rounds.map((r) => r.issueMs)).toFixed(0)} ms (median of ${ROUNDS})`,
      },
      {
        name: `${label}: batch PDF of ${count} decision letters`,
        value: `${median(rounds.map((r) => r.pdfMs)).toFixed(0)} ms (median of ${ROUNDS}), ${Math.round((rounds[0]?.bytes ?? 0) / 1024)} KiB`,
      },
    ];
  } finally {
    await database.close();
  }
}

export async function benchDecisions(): Promise<{ name: string; value: string }[]> {
  const figures = await benchDatabase('PGlite (in memory)', openTestPglite);
  const url = process.env.DATABASE_URL;
  if (url) figures.push(...(await benchDatabase('PostgreSQL', () => openTestPostgres(url))));
  return figures;
}
