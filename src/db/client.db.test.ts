import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from './client';
import { queryRows } from './raw-query';
import { DatabaseLockedError, LOCK_FILE_NAME } from './directory-lock';
import { ensureReferenceData, GOTLAND } from './reference-data';
import { recipients } from './schema';
import { describeEachDatabase } from './testing';

describe('the embedded database in a data directory', () => {
  it('refuses a second opener while the first holds it, and reopens with the data kept', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sb-data-'));
    try {
      const first = await openDatabase({ dataDir });
      await assert.rejects(openDatabase({ dataDir }), DatabaseLockedError);
      await first.db.update(recipients).set({ name: 'Renamed' }).where(eq(recipients.code, '0114'));
      await first.close();

      const second = await openDatabase({ dataDir });
      const [row] = await second.db.select().from(recipients).where(eq(recipients.code, '0114'));
      assert.equal(row?.name, 'Renamed');
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sb-data-'));
    try {
      // pid 2^22 + 1 is above Linux's pid_max ceiling, so no process has it.
      await writeFile(path.join(dataDir, LOCK_FILE_NAME), String(2 ** 22 + 1));
      const handle = await openDatabase({ dataDir });
      await handle.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describeEachDatabase('reference recipients', (getDb) => {
  it('holds the 290 municipalities and 21 regions', async () => {
    const rows = await queryRows(
      getDb(),
      sql`select type, count(*)::int as n from recipients group by type order by type`,
    );
    assert.deepEqual(rows, [
      { type: 'municipality', n: 290 },
      { type: 'region', n: 21 },
    ]);
  });

  it('links Gotland municipality and Region Gotland as one organisation', async () => {
    const rows = await getDb()
      .select({ code: recipients.code, type: recipients.type, same: recipients.sameOrganisationAs })
      .from(recipients)
      .where(sql`${recipients.code} in (${GOTLAND.municipalityCode}, ${GOTLAND.regionCode})`)
      .orderBy(recipients.code);
    assert.deepEqual(rows, [
      { code: '09', type: 'region', same: '0980' },
      { code: '0980', type: 'municipality', same: '09' },
    ]);
  });

  it('inserts only what is missing and never overwrites later updates', async () => {
    const db = getDb();
    await db
      .update(recipients)
      .set({ name: 'Upplands Väsby kommun', orgNumber: '212000-0035' })
      .where(eq(recipients.code, '0114'));
    await ensureReferenceData(db);
    const [row] = await db.select().from(recipients).where(eq(recipients.code, '0114'));
    assert.equal(row?.name, 'Upplands Väsby kommun');
    assert.equal(row?.orgNumber, '212000-0035');
    const [count] = await queryRows(db, sql`select count(*)::int as n from recipients`);
    assert.deepEqual(count, { n: 311 });
  });
});
