// Where a grant is in its lifecycle: published → requisition → decisions → payouts → follow-up →
// closed. Read from its status, its requisition deadline and what its decisions and payout batches
// have reached, so the grant page can show one step indicator instead of every section at once.
import type { GrantStatus } from '../../../contracts/grants';

export const LIFECYCLE_STEPS = [
  'draft',
  'published',
  'requisition',
  'decisions',
  'payouts',
  'reporting',
  'closed',
] as const;
export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];

export interface LifecycleFacts {
  status: GrantStatus;
  distributionMethod: 'allocation_key' | 'performance';
  requisitionDeadlineOn: string | null;
  /** Today in Europe/Stockholm (YYYY-MM-DD). */
  today: string;
  issuedDecisions: number;
  paidBatches: number;
}

/** The steps that apply to the grant: a performance-based grant has no requisition. */
export function lifecycleSteps(facts: Pick<LifecycleFacts, 'distributionMethod'>): LifecycleStep[] {
  return LIFECYCLE_STEPS.filter(
    (step) => step !== 'requisition' || facts.distributionMethod === 'allocation_key',
  );
}

/** The step the grant is at now. */
export function currentStep(facts: LifecycleFacts): LifecycleStep {
  switch (facts.status) {
    case 'draft':
      return 'draft';
    case 'closed':
    case 'finished':
      return 'closed';
    case 'follow_up':
      return 'reporting';
    case 'published':
      if (facts.paidBatches > 0) return 'reporting';
      if (facts.issuedDecisions > 0) return 'payouts';
      if (
        facts.distributionMethod === 'allocation_key' &&
        facts.requisitionDeadlineOn !== null &&
        facts.today <= facts.requisitionDeadlineOn
      )
        return 'requisition';
      return 'decisions';
  }
}

/** Today's date in Stockholm, where every last day of the grants is reckoned. */
export function todayInStockholm(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** Each step's name in the grant page's address (`/grants/:id?steg=beslut`): Swedish, as the UI. */
const STEP_SLUG: Record<LifecycleStep, string> = {
  draft: 'utkast',
  published: 'publicerat',
  requisition: 'rekvisition',
  decisions: 'beslut',
  payouts: 'utbetalning',
  reporting: 'aterrapportering',
  closed: 'avslutat',
};

export function stepSlug(step: LifecycleStep): string {
  return STEP_SLUG[step];
}

/** The step an address names, if the grant has that step; otherwise none (show the current one). */
export function stepFromSlug(slug: string | null, steps: LifecycleStep[]): LifecycleStep | null {
  if (slug === null) return null;
  return steps.find((step) => STEP_SLUG[step] === slug) ?? null;
}
