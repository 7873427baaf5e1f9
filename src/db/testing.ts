// Runs a persistence test suite on every database the product supports: an embedded PGlite always,
// and a real PostgreSQL server when DATABASE_URL is set. Each suite gets a database of its own,
// migrated and holding the reference recipients, so suites never see each other's data.
//
// PGlite: initdb plus migrations cost ~3 s, so they run once per process into a template, and each
// suite loads a copy of it (~0.4 s). PostgreSQL: a fresh `sb_test_<random>` database per suite,
// created through the DATABASE_URL connection (the role needs CREATEDB) and dropped afterwards.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database, DatabaseHandle } from './client';
import { openDatabase, openPglite, prepareDatabase } from './client';

export type DatabaseKind = DatabaseHandle['kind'];

export interface SuiteDatabase {
  kind: DatabaseKind;
  /** The whole handle, for the few tests about the database itself (migrations). */
  getHandle(): DatabaseHandle;
}

let templatePromise: Promise<Blob> | undefined;

function pgliteTemplate(): Promise<Blob> {
  templatePromise ??= (async () => {
    const client = new PGlite();
    const handle = await openPglite(client);
    await prepareDatabase(handle);
    const dump = await client.dumpDataDir('none');
    await handle.close();
    return dump;
  })();
  return templatePromise;
}

/** A migrated in-memory PGlite with the reference data, loaded from the per-process template. */
export async function openTestPglite(): Promise<DatabaseHandle> {
  const client = new PGlite({ loadDataDir: await pgliteTemplate() });
  return openPglite(client);
}

/** A fresh database on the PostgreSQL server of `databaseUrl`, dropped again by `close()`. */
export async function openTestPostgres(databaseUrl: string): Promise<DatabaseHandle> {
  const name = `sb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: databaseUrl });
      await dropper.connect();
      try {
        // An autovacuum worker (a superuser's backend) may be in the fresh database; FORCE cannot
        // terminate it without pg_signal_backend (42501), but it leaves within moments: retry.
        for (let attempt = 1; ; attempt++) {
          try {
            await dropper.query(`drop database if exists ${name} with (force)`);
            break;
          } catch (error) {
            const code = (error as { code?: string }).code;
            if (code !== '42501' || attempt === 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * Registers `name` once per database. `getDb()` gives the suite's database inside tests and hooks.
 * Without DATABASE_URL the PostgreSQL variant is skipped locally and FAILS when CI=true, so CI cannot
 * pass without having run it.
 */
export function describeEachDatabase(
  name: string,
  fn: (getDb: () => Database, suite: SuiteDatabase) => void,
): void {
  registerSuite(`${name} [pglite]`, 'pglite', openTestPglite, fn);
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    registerSuite(`${name} [postgres]`, 'postgres', () => openTestPostgres(databaseUrl), fn);
  } else if (process.env.CI === 'true') {
    describe(`${name} [postgres]`, () => {
      it('runs on PostgreSQL in CI', () => {
        assert.fail(
          'CI=true but DATABASE_URL is not set: the PostgreSQL suite must run in CI (see .ci/run).',
        );
      });
    });
  } else {
    describe(`${name} [postgres]`, { skip: 'DATABASE_URL is not set' }, () => {});
  }
}

function registerSuite(
  title: string,
  kind: DatabaseKind,
  open: () => Promise<DatabaseHandle>,
  fn: (getDb: () => Database, suite: SuiteDatabase) => void,
): void {
  describe(title, () => {
    let handle: DatabaseHandle | undefined;
    before(async () => {
      handle = await open();
    });
    after(async () => {
      await handle?.close();
    });
    const getHandle = () => {
      assert.ok(handle, 'the database is opened in before(); use getDb() inside tests and hooks');
      return handle;
    };
    fn(() => getHandle().db, { kind, getHandle });
  });
}
