// A decision as the API shows it (kronor as JSON integers); the audit log keeps its own snapshot.
import type { DecisionRecord, DecisionWithRecipient } from '../../db/decisions';
import { krToJson } from '../allocation/present';

export interface DecisionJson {
  [key: string]: unknown;
  id: string;
  referenceNumber: string | null;
  kind: DecisionRecord['kind'];
  status: DecisionRecord['status'];
  grantId: string;
  recipientCode: string;
  amountKr: number;
  payoutChannel: DecisionRecord['payoutChannel'];
  legalBasis: string;
  reasons: string;
  conditions: string;
  appealText: string;
  sourceType: string;
  sourceId: string;
  supersedesDecisionId: string | null;
  preparedBy: string;
  decidedOn: string | null;
  decisionMakerName: string | null;
  issuedAt: string | null;
}

export interface DecisionWithRecipientJson extends DecisionJson {
  grantName: string;
  recipientName: string;
  orgNumber: string | null;
  payout: DecisionWithRecipient['payout'];
}

export function decisionToJson(record: DecisionRecord): DecisionJson {
  return {
    id: record.id,
    referenceNumber: record.referenceNumber,
    kind: record.kind,
    status: record.status,
    grantId: record.grantId,
    recipientCode: record.recipientCode,
    amountKr: krToJson(record.amountKr),
    payoutChannel: record.payoutChannel,
    legalBasis: record.legalBasis,
    reasons: record.reasons,
    conditions: record.conditions,
    appealText: record.appealText,
    sourceType: record.sourceType,
    sourceId: record.sourceId,
    supersedesDecisionId: record.supersedesDecisionId,
    preparedBy: record.preparedBy,
    decidedOn: record.decidedOn,
    decisionMakerName: record.decisionMakerName,
    issuedAt: record.issuedAt?.toISOString() ?? null,
  };
}

export function decisionWithRecipientToJson(
  record: DecisionWithRecipient,
): DecisionWithRecipientJson {
  return {
    ...decisionToJson(record),
    grantName: record.grantName,
    recipientName: record.recipientName,
    orgNumber: record.orgNumber,
    payout: record.payout,
  };
}
