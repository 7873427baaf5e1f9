// Published allocation keys from reference/ imported as keys. Seed 003 prints only the amounts of
// the 2018 annex, not the figures they were computed from, so nothing here recomputes a published
// allocation: the annex is the key. What these tests check is the import (codes, names, sums) and
// that the engine keeps such a key's total to the krona, unchanged at its own sum and rounded by
// the documented largest-remainder rule at any other budget.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { allocate } from '../domain/allocation/allocate';
import { importedKeyAsFormula, validateKeyTable } from '../domain/allocation/key-table';
import { rational, toCanonicalString, toDecimalString } from '../domain/rational';
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

  function annexKey(grantAmountKr: bigint) {
    const key = validateKeyTable(annex, { ...municipalGrant, grantAmountKr });
    assert.ok(key.ok, JSON.stringify(!key.ok && key.issues.slice(0, 3)));
    return key.rows;
  }

  it('reads 290 municipalities whose amounts sum to the grant, 350 000 000 kr', () => {
    const rows = annexKey(350_000_000n);
    assert.equal(rows.length, 290);
    assert.deepEqual(
      rows.map((row) => [row.recipientCode, row.amountKr.toString()]),
      annex.rows.map((row) => [row.cells.kommunkod, row.cells.amount_kr]),
    );
    assert.equal(
      rows.reduce((sum, row) => sum + row.amountKr, 0n),
      350_000_000n,
    );
  });

  it('run at its own sum, every exact quota is the amount itself: nothing is rounded', () => {
    const formula = importedKeyAsFormula(annexKey(350_000_000n), 350_000_000n);
    const result = allocate(formula.model, formula.rows);
    assert.equal(result.totalKr, 350_000_000n);
    assert.equal(result.unallocatedKr, 0n);
    for (const row of annex.rows) {
      const allocated = result.rows.find((r) => r.recipientCode === row.cells.kommunkod);
      assert.ok(allocated, `kommun ${row.cells.kommunkod}`);
      assert.equal(toCanonicalString(allocated.exactQuotaKr), row.cells.amount_kr);
      assert.equal(allocated.amountKr.toString(), row.cells.amount_kr);
      assert.equal(allocated.roundedUp, false, `kommun ${row.cells.kommunkod} rounded up`);
    }
  });

  it('scaled to 100 000 000 kr, keeps the total to the krona and rounds up the largest remainders', () => {
    const budgetKr = 100_000_000n;
    const keyRows = annexKey(350_000_000n);
    // docs/allocation-engine.md, "Rounding" and "Tie-break", computed here in plain bigint: the
    // floor of amount × budget / 350 000 000, then one krona each to the largest remainders, ties
    // to the larger key, then the lower code.
    const exact = keyRows.map((row) => ({
      code: row.recipientCode,
      keyKr: row.amountKr,
      floorKr: (row.amountKr * budgetKr) / 350_000_000n,
      remainder: (row.amountKr * budgetKr) % 350_000_000n,
    }));
    const leftover = budgetKr - exact.reduce((sum, row) => sum + row.floorKr, 0n);
    assert.ok(leftover > 0n && leftover < 290n, `${leftover} kr left after the floors`);
    const roundedUp = new Set(
      [...exact]
        .sort(
          (a, b) =>
            Number(b.remainder - a.remainder) ||
            Number(b.keyKr - a.keyKr) ||
            (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
        )
        .slice(0, Number(leftover))
        .map((row) => row.code),
    );
    const formula = importedKeyAsFormula(keyRows, 350_000_000n);
    const result = allocate({ ...formula.model, budgetKr }, formula.rows);
    assert.equal(result.totalKr, budgetKr);
    assert.deepEqual(
      Object.fromEntries(result.rows.map((row) => [row.recipientCode, row.amountKr])),
      Object.fromEntries(
        exact.map((row) => [row.code, row.floorKr + (roundedUp.has(row.code) ? 1n : 0n)]),
      ),
    );
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
