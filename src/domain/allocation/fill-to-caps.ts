import { DomainError } from '../errors';

/**
 * Inputs of the minimum-and-caps step, all integers: key quotas are `keyNumerators[i] / D` for a
 * common denominator D that cancels out (only proportions matter here).
 */
export interface FillInput {
  budgetKr: bigint;
  minimumKr: bigint;
  keyNumerators: readonly bigint[];
  capsKr: readonly (bigint | undefined)[];
}

export type FillState = 'no_key' | 'capped' | 'shared';

export interface FillOutcome {
  states: FillState[];
  /** What the recipients in state `shared` split by key, on top of their minimum. */
  restKr: bigint;
  /** Budget left because every recipient with a key is capped. */
  unallocatedKr: bigint;
}

function initialStates(input: FillInput): FillState[] {
  return input.keyNumerators.map((key, index) => {
    if (key === 0n) return 'no_key';
    const cap = input.capsKr[index];
    // A cap below the minimum wins: the recipient gets its cap and takes no part in the rest.
    return cap !== undefined && cap < input.minimumKr ? 'capped' : 'shared';
  });
}

function checkMinimumsCovered(input: FillInput, states: readonly FillState[]): void {
  let requiredKr = 0n;
  let recipients = 0;
  states.forEach((state, index) => {
    if (state === 'no_key') return;
    recipients++;
    requiredKr += state === 'capped' ? (input.capsKr[index] ?? 0n) : input.minimumKr;
  });
  if (input.minimumKr > 0n && requiredKr > input.budgetKr) {
    throw new DomainError('allocation.budget_below_minimums', {
      budgetKr: input.budgetKr.toString(),
      requiredKr: requiredKr.toString(),
      recipients,
    });
  }
}

/**
 * Exact water-filling. Every recipient with a key gets min(cap, minimum + λ × key) where λ is the
 * single level at which the amounts use the whole budget; when even every cap is below that, the
 * leftover is unallocated. This is the fixed point of "cap those above their cap and redistribute
 * the excess by key among the rest, repeat until stable", found in one sorted pass: a recipient
 * hits its cap at the level t = (cap − minimum) / key, and λ only rises as recipients are capped,
 * so capping in ascending t is enough. O(n log n), integers only.
 */
export function fillToCaps(input: FillInput): FillOutcome {
  const states = initialStates(input);
  checkMinimumsCovered(input, states);
  let restKr = input.budgetKr;
  let sharedKeySum = 0n;
  const cappable: number[] = [];
  states.forEach((state, index) => {
    const cap = input.capsKr[index];
    if (state === 'capped') restKr -= cap ?? 0n;
    if (state !== 'shared') return;
    restKr -= input.minimumKr;
    sharedKeySum += input.keyNumerators[index] ?? 0n;
    if (cap !== undefined) cappable.push(index);
  });
  const headroom = (index: number): bigint => (input.capsKr[index] ?? 0n) - input.minimumKr;
  const key = (index: number): bigint => input.keyNumerators[index] ?? 0n;
  // Ascending t = headroom / key, compared by cross-multiplication to stay in integers.
  cappable.sort((a, b) => {
    const left = headroom(a) * key(b);
    const right = headroom(b) * key(a);
    return left < right ? -1 : left > right ? 1 : 0;
  });
  for (const index of cappable) {
    // The level λ = restKr / sharedKeySum; the recipient exceeds its cap when t < λ.
    if (headroom(index) * sharedKeySum >= restKr * key(index)) break;
    states[index] = 'capped';
    restKr -= headroom(index);
    sharedKeySum -= key(index);
  }
  // Nobody left below its cap: what the caps could not take stays unallocated.
  if (sharedKeySum === 0n) return { states, restKr: 0n, unallocatedKr: restKr };
  return { states, restKr, unallocatedKr: 0n };
}
