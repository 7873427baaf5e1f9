// Where decided amounts come from. A decision is prepared from a source: a published performance
// result (one decision per registered recipient), and a signed requisition's first-round amount or a
// confirmed second-round amount (requisition-decision-source.ts). Each source lists what can be decided now; prepareDecisions turns the
// entries it has not decided yet into drafts. A new source is one entry in DECISION_SOURCES.
import type { Executor } from '../../db/client';
import type { DecisionKind } from '../../db/decisions';
import type { GrantRecord } from '../../db/grants';
import type { PayoutChannel } from '../../domain/decisions/payout-batch';
import { performanceDecisionSource } from './performance-decision-source';
import {
  requisitionDecisionSource,
  secondRoundDecisionSource,
} from './requisition-decision-source';

/** One amount to decide for one recipient, with its reasons and conditions in Swedish. */
export interface DecidableAmount {
  recipientCode: string;
  amountKr: bigint;
  /** What the amount was decided from (`performance_result`, `requisition`, …) and its id. */
  sourceType: string;
  sourceId: string;
  /** Skälen för beslutet (förvaltningslagen 32 §). */
  reasons: string;
  /** Villkor: what the recipient must do with the money; "" when none. */
  conditions: string;
}

export interface DecisionSource {
  kind: DecisionKind;
  /** How the decided amounts are paid: to the recipient's account, or as general funds. */
  payoutChannel: PayoutChannel;
  /** Whether the source fits the grant (its distribution method); the page offers only those. */
  appliesTo(grant: GrantRecord): boolean;
  /** What can be decided now; throws a DomainError when the source is not ready. */
  list(executor: Executor, grant: GrantRecord): Promise<DecidableAmount[]>;
}

/** The sources by decision kind. */
export const DECISION_SOURCES: Partial<Record<DecisionKind, DecisionSource>> = {
  performance: performanceDecisionSource,
  requisition: requisitionDecisionSource,
  second_round: secondRoundDecisionSource,
};

/** The kinds of decisions that can be prepared for the grant. */
export function sourceKindsFor(grant: GrantRecord): DecisionKind[] {
  return Object.values(DECISION_SOURCES)
    .filter((source) => source.appliesTo(grant))
    .map((source) => source.kind);
}
