// Golden tests: the engine reproduces published allocations from reference/ to the krona.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { allocate } from '../domain/allocation/allocate';
import { importedKeyAsFormula, validateKeyTable } from '../domain/allocation/key-table';
import { rational, toDecimalString } from '../domain/rational';
import { buildRecipientRegister } from '../domain/recipients/recipient-register';
import type { Table } from '../domain/table';
import { readTable } from './read-table';
import { readReferenceRecipients, REFERENCE_DIRECTORY } from './reference-recipients';

async function referenceTable(name: string): Promise<Table> {
  const result = await readTable(await readFile(new URL(name, REFERENCE_DIRECTORY)), name);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.table;
}

const reference = await readReferenceRecipients();
const register = buildRecipientRegister(reference.recipients, reference.aliases);
const municipalGrant = { register, eligibleTypes: ['municipality'] };

describe('2018 welfare technology annex (seed 003)', async () => {
  const annex = await referenceTable('welfare_tech_2018_allocation.csv');

  it('imported as a key and run as a one-component formula reproduces all 290 amounts and 350 000 000', () => {
    const key = validateKeyTable(annex, { ...municipalGrant, grantAmountKr: 350_000_000n });
    assert.ok(key.ok, JSON.stringify(!key.ok && key.issues.slice(0, 3)));
    const formula = importedKeyAsFormula(key.rows, 350_000_000n);
    const result = allocate(formula.model, formula.rows);
    assert.equal(result.rows.length, 290);
    assert.equal(result.totalKr, 350_000_000n);
    assert.equal(result.unallocatedKr, 0n);
    for (const row of annex.rows) {
      const allocated = result.rows.find(
        (candidate) => candidate.recipientCode === row.cells.kommunkod,
      );
      assert.equal(
        allocated?.amountKr.toString(),
        row.cells.amount_kr,
        `kommun ${row.cells.kommunkod}`,
      );
      assert.equal(allocated?.roundedUp, false, 'an imported key needs no rounding');
    }
  });

  it('prints each share_percent as amount / total, rounded half up to two decimals', () => {
    for (const row of annex.rows) {
      const share = rational(BigInt(row.cells.amount_kr ?? '0') * 100n, 350_000_000n);
      assert.equal(
        toDecimalString(share, 2),
        row.cells.share_percent,
        `kommun ${row.cells.kommunkod}`,
      );
    }
  });

  it('is matched by printed name when the code column is removed', () => {
    const byName: Table = {
      ...annex,
      headers: ['Kommun', 'Utfall, kr'],
      rows: annex.rows.map((row) => ({
        line: row.line,
        cells: { Kommun: row.cells.name ?? '', 'Utfall, kr': row.cells.amount_kr ?? '' },
      })),
    };
    const key = validateKeyTable(byName, { ...municipalGrant, grantAmountKr: 350_000_000n });
    assert.ok(key.ok, JSON.stringify(!key.ok && key.issues.slice(0, 3)));
    assert.deepEqual(
      key.rows.map((row) => row.recipientCode),
      annex.rows.map((row) => row.cells.kommunkod),
    );
  });

  it('reports a sum that differs from the grant, stating both sums', () => {
    const key = validateKeyTable(annex, { ...municipalGrant, grantAmountKr: 350_500_000n });
    assert.ok(!key.ok);
    assert.deepEqual(key.issues, [
      {
        file: 'welfare_tech_2018_allocation.csv',
        code: 'key.sum_mismatch',
        params: { sumKr: '350000000', expectedKr: '350500000', differenceKr: '-500000' },
      },
    ]);
  });
});

describe('2024 elderly care key (seed 000)', () => {
  it('sums to 3 998 500 000 over the 290 municipalities', async () => {
    const table = await referenceTable('elderly_care_2024_usage.csv');
    const key = validateKeyTable(table, { ...municipalGrant, grantAmountKr: 3_998_500_000n });
    assert.ok(key.ok, JSON.stringify(!key.ok && key.issues.slice(0, 3)));
    assert.equal(key.rows.length, 290);
    assert.equal(new Set(key.rows.map((row) => row.recipientCode)).size, 290);
    assert.equal(
      key.rows.reduce((sum, row) => sum + row.amountKr, 0n),
      3_998_500_000n,
    );
  });
});
