// The sentences of the allocation use cases' codes (declared in src/domain/errors.ts); the
// allocation engine's own codes are in src/domain/issues.ts.
import type { AllocationCode } from '../../domain/errors';
import { type MessageCatalogue, paramKronor } from '../../domain/issues';

const kronor = paramKronor;

export const ALLOCATION_MESSAGES = {
  /** No allocation has this id. Params: allocationId. */
  'allocation.not_found': {
    sv: () => 'Fördelningen finns inte.',
    en: () => 'The allocation does not exist.',
  },
  /** A published allocation is frozen. Params: allocationId. */
  'allocation.already_published': {
    sv: () => 'Fördelningen är redan publicerad och kan inte ändras.',
    en: () => 'The allocation is already published and cannot be changed.',
  },
  /** The model's budget must be the grant's amount. Params: budgetKr, totalAmountKr. */
  'allocation.budget_differs_from_grant': {
    sv: (p) =>
      `Modellens budget är ${kronor(p, 'budgetKr', 'sv')} men bidragets belopp är ${kronor(p, 'totalAmountKr', 'sv')}.`,
    en: (p) =>
      `The model's budget is ${kronor(p, 'budgetKr', 'en')} but the grant's amount is ${kronor(p, 'totalAmountKr', 'en')}.`,
  },
} satisfies MessageCatalogue<AllocationCode>;
