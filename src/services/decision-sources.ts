// Where decided amounts come from. A decision is prepared from a source: a published performance
// result (one decision per registered recipient), and (issue 4) a requisition's first-round amount
// or a second-round amount. Each source lists what can be decided now; prepareDecisions turns the
// entries it has not decided yet into drafts. A new source is one entry in DECISION_SOURCES.
import type { Executor } from '../db/client';
import type { DecisionKind } from '../db/decisions';
import type { GrantRecord } from '../db/grants';
import type { PayoutChannel } from '../domain/decisions/payout-batch';
import { performanceDecisionSource } from './performance-decision-source';

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
  /** What can be decided now; throws a DomainError when the source is not ready. */
  list(executor: Executor, grant: GrantRecord): Promise<DecidableAmount[]>;
}

/** The sources by decision kind. TODO(#4): requisition and second_round from the requisitions. */
export const DECISION_SOURCES: Partial<Record<DecisionKind, DecisionSource>> = {
  performance: performanceDecisionSource,
};
