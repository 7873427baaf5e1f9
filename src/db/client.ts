// Opens the database: an embedded PGlite in a data directory (the default, no server needed), or a
// real PostgreSQL server when DATABASE_URL is set. Both speak the same SQL, get the same migrations
// and are used through the same drizzle API, so nothing above this file knows which one it has.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireDirectoryLock } from './directory-lock';
import { ensureReferenceData } from './reference-data';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database or a transaction: query functions take it first (`findGrant(executor, id)`). */
export type Executor = PgDatabase<PgQueryResultHKT, Schema>;
export type Database = Executor;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Applies the migrations in src/db/migrations that are not applied yet (drizzle's migrator). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenDatabaseOptions {
  /** postgres://… — use this PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
  /** Where the embedded database lives (default ./data); one process at a time. */
  dataDir?: string;
  /** An embedded database in memory only (tests, benchmarks). */
  inMemory?: boolean;
  /** Skip migrations and reference data (the caller does them, e.g. the test template). */
  skipSetup?: boolean;
  /** PostgreSQL only: how long to wait before giving up (tests shorten them). */
  timeouts?: Partial<PoolTimeouts>;
}

/**
 * How long a PostgreSQL request may wait, so a server that is frozen or unreachable makes a
 * request fail (503) instead of hang. Without them node-postgres waits forever.
 */
export interface PoolTimeouts {
  /** To open a connection: a stopped server refuses at once, a frozen one never answers. */
  connectMs: number;
  /** The server cancels a statement running longer (statement_timeout). */
  statementMs: number;
  /** The client gives up on an answer (a frozen server cannot cancel anything itself). */
  queryMs: number;
  /** An idle pooled connection is closed after this, so dead ones do not linger. */
  idleMs: number;
  /** The server ends a session left idle inside a transaction (a crashed request's lock holder). */
  idleInTransactionMs: number;
}

export const DEFAULT_POOL_TIMEOUTS: PoolTimeouts = {
  connectMs: 5_000,
  statementMs: 30_000,
  queryMs: 35_000,
  idleMs: 30_000,
  idleInTransactionMs: 60_000,
};

/** Opens the database, applies the migrations and inserts the reference data that is missing. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const handle = options.databaseUrl
    ? openPostgres(options.databaseUrl, { ...DEFAULT_POOL_TIMEOUTS, ...options.timeouts })
    : options.inMemory
      ? await openPglite(new PGlite())
      : await openPgliteDirectory(options.dataDir ?? './data');
  if (!options.skipSetup) {
    try {
      await prepareDatabase(handle);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}

export async function prepareDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.migrate();
  await ensureReferenceData(handle.db);
}

export function openPostgres(
  databaseUrl: string,
  timeouts: PoolTimeouts = DEFAULT_POOL_TIMEOUTS,
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    idleTimeoutMillis: timeouts.idleMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    // A peer that vanishes without closing (a cut network) is noticed by TCP keepalive.
    keepAlive: true,
  });
  // An idle connection the server ends (a restart, pg_terminate_backend, DROP DATABASE … FORCE
  // racing pool.end()) emits 'error' on the pool; unhandled, that would crash the process. The
  // pool drops the connection and opens a new one on the next query, so a warning is enough.
  pool.on('error', (error) => {
    console.warn(`PostgreSQL connection lost: ${error.message}`);
  });
  const db = drizzlePg({ client: pool, schema });
  return {
    db,
    kind: 'postgres',
    migrate: () => migrateWithoutStatementLimits(databaseUrl, timeouts),
    close: () => pool.end(),
  };
}

/**
 * Migrations run on connections of their own without the statement limits: rewriting a large
 * table may rightly take longer than any request should.
 */
async function migrateWithoutStatementLimits(
  databaseUrl: string,
  timeouts: PoolTimeouts,
): Promise<void> {
  // Two connections: one holds the advisory lock, the migrator uses the other.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 2,
    connectionTimeoutMillis: timeouts.connectMs,
  });
  pool.on('error', (error) => {
    console.warn(`PostgreSQL connection lost while migrating: ${error.message}`);
  });
  try {
    await migratePostgres(pool, drizzlePg({ client: pool, schema }));
  } finally {
    await pool.end();
  }
}

// Any fixed number: instances of the app starting together take turns to migrate.
const MIGRATION_LOCK_KEY = 7_211_840_001;

/**
 * Two app instances starting at once against one server would both apply the same migration and
 * one would fail half-way; a session advisory lock makes the second wait and then find nothing to do.
 */
async function migratePostgres(pool: pg.Pool, db: Parameters<typeof migratePg>[0]): Promise<void> {
  const lockHolder = await pool.connect();
  try {
    await lockHolder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lockHolder
      .query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    lockHolder.release();
  }
}

/** Wraps an already created PGlite instance (e.g. one loaded from a test template). */
export async function openPglite(client: PGlite, onClose?: () => void): Promise<DatabaseHandle> {
  await client.waitReady;
  const db = drizzlePglite({ client, schema });
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        onClose?.();
      }
    },
  };
}

async function openPgliteDirectory(dataDir: string): Promise<DatabaseHandle> {
  mkdirSync(dataDir, { recursive: true });
  // PGlite takes no lock of its own: two processes on one directory would corrupt it. The lock makes
  // the second one stop with a clear message instead.
  const release = acquireDirectoryLock(dataDir);
  try {
    const client = new PGlite(path.join(dataDir, 'pglite'));
    return await openPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}
