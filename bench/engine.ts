// Timings of the pure allocation engine, for `npm run bench` (bench/run.ts writes docs/benchmarks.md).
// Inputs are generated from a fixed seed so every run measures the same work. No assertions here:
// correctness is the tests' job (src/domain/allocation/*.test.ts).
import { allocate } from '../src/domain/allocation/allocate';
import { splitByWeights, type WeightedEntry } from '../src/domain/allocation/split-by-weights';
import type { AllocationInputRow, AllocationModel } from '../src/domain/allocation/types';
import { rational } from '../src/domain/rational';

const RECIPIENTS = 100_000;
const RUNS = 5;

/** A small deterministic generator (mulberry32), so the benchmark input never changes. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateRows(): AllocationInputRow[] {
  const random = seededRandom(2025);
  return Array.from({ length: RECIPIENTS }, (_, index) => {
    // Population-like integers and a decimal indicator with two places; every tenth row capped.
    const population = BigInt(Math.floor(random() * 1_000_000));
    const places = rational(BigInt(Math.floor(random() * 100_000)), 100n);
    const capKr = index % 10 === 0 ? BigInt(20_000 + Math.floor(random() * 40_000)) : undefined;
    return {
      recipientCode: `R${String(index).padStart(6, '0')}`,
      indicators: { population: rational(population, 1n), places },
      ...(capKr === undefined ? {} : { capKr }),
    };
  });
}

const MODEL: AllocationModel = {
  budgetKr: 3_998_500_000n,
  minimumKr: 10_000n,
  components: [
    { name: 'population', indicator: 'population', amountKr: 2_998_500_000n },
    { name: 'places', indicator: 'places', fraction: rational(1_000_000_000n, 3_998_500_000n) },
  ],
};

function medianMs(action: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function benchEngine(): Promise<{ name: string; value: string }[]> {
  const rows = generateRows();
  const entries: WeightedEntry[] = rows.map((row) => ({
    id: row.recipientCode,
    weight: row.indicators.population ?? rational(0n, 1n),
  }));
  const allocateMs = medianMs(() => allocate(MODEL, rows));
  const splitMs = medianMs(() => splitByWeights(MODEL.budgetKr, entries));
  return [
    {
      name: `allocate(): ${RECIPIENTS.toLocaleString('en')} recipients, 2 components, minimum amount, 10 % capped`,
      value: `${allocateMs.toFixed(0)} ms (median of ${RUNS})`,
    },
    {
      name: `splitByWeights(): ${RECIPIENTS.toLocaleString('en')} integer weights`,
      value: `${splitMs.toFixed(0)} ms (median of ${RUNS})`,
    },
  ];
}
