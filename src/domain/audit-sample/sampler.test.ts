import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawAuditSample, mulberry32, type SampleUnit } from './sampler';

const population: SampleUnit[] = Array.from({ length: 290 }, (_, i) => ({
  key: String(1000 + i),
  amountKr: BigInt(i) * 100_000n,
}));

describe('mulberry32', () => {
  it('gives the published sequence for seed 0 and refuses a bad seed', () => {
    const next = mulberry32(0);
    // The first output for seed 0 is the commonly quoted 0.26642920868471265 × 2^32.
    assert.deepEqual([next(), next(), next()], [1144304738, 1416247, 958946056]);
    assert.throws(() => mulberry32(-1), { code: 'audit_sample.invalid_seed' });
    assert.throws(() => mulberry32(2 ** 32), { code: 'audit_sample.invalid_seed' });
    assert.throws(() => mulberry32(1.5), { code: 'audit_sample.invalid_seed' });
  });
});

describe('drawAuditSample', () => {
  it('is reproducible: same seed and population, in any order, give the same sample', () => {
    const strata = [{ fromKr: 0n, size: 20 }];
    const a = drawAuditSample(population, strata, 20251123);
    const b = drawAuditSample([...population].reverse(), strata, 20251123);
    assert.deepEqual(a, b);
    assert.equal(new Set(a.keys).size, 20);
    assert.notDeepEqual(drawAuditSample(population, strata, 20251124).keys, a.keys);
  });

  it('draws the asked number from each stratum, each key inside its bounds', () => {
    const sample = drawAuditSample(
      population,
      [
        { fromKr: 0n, size: 5 },
        { fromKr: 10_000_000n, size: 10 },
        { fromKr: 25_000_000n, size: 4 },
      ],
      7,
    );
    assert.deepEqual(
      sample.strata.map((s) => [s.populationSize, s.size, s.keys.length, s.toKr]),
      [
        [100, 5, 5, 10_000_000n],
        [150, 10, 10, 25_000_000n],
        [40, 4, 4, null],
      ],
    );
    const amount = new Map(population.map((u) => [u.key, u.amountKr]));
    for (const stratum of sample.strata)
      for (const key of stratum.keys) {
        const kr = amount.get(key)!;
        assert.ok(kr >= stratum.fromKr && (stratum.toKr === null || kr < stratum.toKr));
      }
    assert.equal(sample.keys.length, 19);
    assert.equal(sample.populationSize, 290);
  });

  it('draws a whole stratum when the size equals it, and nothing for size 0', () => {
    const sample = drawAuditSample(
      population,
      [
        { fromKr: 0n, size: 0 },
        { fromKr: 28_500_000n, size: 5 },
      ],
      1,
    );
    assert.deepEqual([...sample.strata[1]!.keys].sort(), ['1285', '1286', '1287', '1288', '1289']);
    assert.deepEqual(sample.strata[0]!.keys, []);
  });

  it('refuses strata out of order, too large a size, duplicate keys', () => {
    assert.throws(() => drawAuditSample(population, [{ fromKr: 5n, size: 1 }], 1), {
      code: 'audit_sample.strata_not_ascending',
    });
    assert.throws(
      () =>
        drawAuditSample(
          population,
          [
            { fromKr: 0n, size: 1 },
            { fromKr: 0n, size: 1 },
          ],
          1,
        ),
      { code: 'audit_sample.strata_not_ascending' },
    );
    assert.throws(() => drawAuditSample(population, [{ fromKr: 0n, size: 291 }], 1), {
      code: 'audit_sample.stratum_too_small',
    });
    assert.throws(
      () => drawAuditSample([population[0]!, population[0]!], [{ fromKr: 0n, size: 1 }], 1),
      {
        code: 'audit_sample.duplicate_unit',
      },
    );
  });
});
