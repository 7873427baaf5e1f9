/** How a grant's money is distributed (the grants.distribution_method column). */
export const DISTRIBUTION_METHODS = ['allocation_key', 'performance'] as const;
export type DistributionMethod = (typeof DISTRIBUTION_METHODS)[number];

/** The stored text as a method; anything else in the column is a corrupted row. */
export function toDistributionMethod(value: string): DistributionMethod {
  const method = DISTRIBUTION_METHODS.find((m) => m === value);
  if (method === undefined) throw new Error(`unknown distribution method ${JSON.stringify(value)}`);
  return method;
}
