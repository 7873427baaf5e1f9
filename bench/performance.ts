// Performance-based grants (src/domain/performance): evaluating conditions and splitting pools.
// Synthetic, deterministic data; the figures vary with the machine and nothing is asserted.
import { performance } from 'node:perf_hooks';
import { calculatePerformanceGrant } from '../src/domain/performance/calculate';
import { parsePerformanceModel } from '../src/domain/performance/model';
import type { FigureRow, KeyEntry, PerformanceModel } from '../src/domain/performance/types';
import { fromBigInt } from '../src/domain/rational';

const FIGURES = ['permanent_2022', 'hourly_2022', 'permanent_2023', 'hourly_2023', 'places'];

const CONDITIONS = [
  'share(hourly_2023, permanent_2023) <= 17%',
  'share(hourly_2022, permanent_2022) - share(hourly_2023, permanent_2023) >= (if share(hourly_2023, permanent_2023) <= 17% then 3pp else 5pp)',
  'ratio(permanent_2023, places) >= 0.041 or ratio(permanent_2023, places) > ratio(permanent_2022, places)',
  'max(hourly_2022, hourly_2023) - min(hourly_2022, hourly_2023) < 10 and not hourly_2023 > hourly_2022',
  'permanent_2023 + hourly_2023 > permanent_2022 + hourly_2022',
];

function model(conditionCount: number, pools: { fraction: string; conditions: number[] }[]) {
  const parsed = parsePerformanceModel({
    name: 'Benchmark',
    total_kr: 1998500000,
    measurement_points: [{ id: 'now', date: '2023-11-01' }],
    figures: FIGURES.map((name) => ({
      name,
      label: name,
      type: 'integer',
      unit: 'persons',
      min: 0,
      measurement_point: 'now',
    })),
    conditions: CONDITIONS.slice(0, conditionCount).map((expression, index) => ({
      id: `c${index}`,
      label: `Condition ${index}`,
      expression,
    })),
    pools: pools.map((pool, index) => ({
      id: `p${index}`,
      label: `Pool ${index}`,
      fraction: pool.fraction,
      conditions: pool.conditions.map((i) => `c${i}`),
    })),
    money_not_taken: 'reallocate_by_key_among_qualifiers',
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.model;
}

/** A linear congruential generator: the same figures on every run and machine. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

function inputs(count: number): { key: KeyEntry[]; rows: FigureRow[] } {
  const next = generator(count);
  const key: KeyEntry[] = [];
  const rows: FigureRow[] = [];
  for (let index = 0; index < count; index++) {
    const code = String(index).padStart(6, '0');
    key.push({ recipientCode: code, keyKr: BigInt(1_000_000 + (next() % 300_000_000)) });
    const permanent = 100 + (next() % 2000);
    const values = new Map(
      [
        ['permanent_2022', permanent],
        ['hourly_2022', next() % 600],
        ['permanent_2023', permanent + (next() % 200)],
        ['hourly_2023', next() % 500],
        ['places', 50 + (next() % 3000)],
      ].map(([name, value]) => [String(name), fromBigInt(BigInt(value ?? 0))]),
    );
    rows.push({ recipientCode: code, values });
  }
  return { key, rows };
}

function medianMs(runs: number, work: () => void): string {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return `${(times[Math.floor(runs / 2)] ?? 0).toFixed(1)} ms (median of ${runs})`;
}

function time(modelToRun: PerformanceModel, count: number, runs: number): string {
  const { key, rows } = inputs(count);
  return medianMs(runs, () => calculatePerformanceGrant(modelToRun, key, rows));
}

export async function benchPerformance(): Promise<{ name: string; value: string }[]> {
  const twoPools = model(2, [
    { fraction: '1/3', conditions: [0] },
    { fraction: '2/3', conditions: [1] },
  ]);
  const fiveConditions = model(5, [
    { fraction: '1/3', conditions: [0, 1] },
    { fraction: '1/3', conditions: [2, 3] },
    { fraction: '1/3', conditions: [4] },
  ]);
  return [
    { name: 'performance grant, 290 recipients × 2 pools', value: time(twoPools, 290, 9) },
    {
      name: 'performance grant, 100 000 recipients × 5 conditions, 3 pools',
      value: time(fiveConditions, 100_000, 3),
    },
  ];
}
