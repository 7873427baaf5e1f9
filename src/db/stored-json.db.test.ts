// Stored JSON is parsed on read (docs/decisions/0018): a row whose JSON no longer fits its
// column's schema fails where it is read, with an error that says which table, column and row.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'drizzle-orm';
import { insertGrant } from './grants';
import { findPerformanceSetup, upsertPerformanceSetup } from './performance';
import { StoredJsonError } from './stored-json';
import { describeEachDatabase } from './testing';

describeEachDatabase('stored JSON', (getDb) => {
  const now = new Date('2026-03-02T09:00:00.000Z');

  async function performanceGrant(): Promise<string> {
    const grant = await insertGrant(getDb(), {
      name: 'Färre timanställningar',
      grantYear: 2026,
      legalBasis: 'Förordning (2023:000)',
      totalAmountKr: 1_000_000n,
      eligibleRecipientTypes: ['municipality'],
      distributionMethod: 'performance',
      repaymentRequired: false,
      privateProvidersShareRequired: false,
      createdAt: now,
      updatedAt: now,
    });
    return grant.id;
  }

  it('reads a key in its stored shape (kronor as digit strings)', async () => {
    const grantId = await performanceGrant();
    const key = [{ recipientCode: '0114', keyKr: '1500' }];
    await upsertPerformanceSetup(getDb(), grantId, { key }, now);
    assert.deepEqual((await findPerformanceSetup(getDb(), grantId))?.key, key);
  });

  it('refuses a key of another shape, naming the table, column and row', async () => {
    const grantId = await performanceGrant();
    // Kronor as a JSON number: not how a key is stored (digit strings keep every krona exact).
    await getDb().execute(
      sql`insert into performance_setups (grant_id, key) values (${grantId}, ${JSON.stringify([{ recipientCode: '0114', keyKr: 1500 }])}::jsonb)`,
    );
    await assert.rejects(findPerformanceSetup(getDb(), grantId), (error) => {
      assert.ok(error instanceof StoredJsonError);
      assert.deepEqual(error.at, { table: 'performance_setups', column: 'key', row: grantId });
      assert.match(error.message, /^performance_setups\.key of row .+ at 0\.keyKr: /);
      return true;
    });
  });
});
