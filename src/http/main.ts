// `npm start`: opens the database (PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL), applies the
// migrations, loads the demo data on a first start, and serves the API and the built web app.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/client';
import { DEMO_ACTOR, systemContext } from '../services/common/context';
import { loadDemoAccounts } from '../services/demo/load-demo-accounts';
import { loadDemoData } from '../services/demo/load-demo-data';
import { PURGE_EXPIRED_SESSIONS_EVERY_MS } from '../services/access/purge-expired-sessions';
import { readConfig } from './config';
import { buildServer } from './server';

const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const now = () => new Date();
  if (config.demoData) {
    const loaded = await loadDemoData(systemContext(database.db, DEMO_ACTOR, now));
    if (loaded)
      console.log(
        'Loaded the demo grants (2024 elderly care with its 290 reports, its 2025 round being reported, 2018 welfare technology, 2023 hourly employment, 2027 open for requisition).',
      );
    if (await loadDemoAccounts(systemContext(database.db, DEMO_ACTOR, now)))
      console.log('Created the demo accounts (README.md lists them).');
  }
  const webRoot = existsSync(WEB_ROOT) ? WEB_ROOT : undefined;
  const app = await buildServer({
    db: database.db,
    now,
    logger: { level: config.logLevel },
    webRoot,
    trustProxy: config.trustProxy,
    oidc: config.oidc,
    purgeExpiredSessionsEveryMs: PURGE_EXPIRED_SESSIONS_EVERY_MS,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: stopping`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const where =
    database.kind === 'pglite'
      ? `embedded database in ${config.dataDir}`
      : 'PostgreSQL (DATABASE_URL)';
  console.log(`Statsbidrag is running on http://${shownHost}:${port}/ (${where})`);
  if (!webRoot)
    console.log('The web app is not built: run `npm run build` (the API works without it).');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
