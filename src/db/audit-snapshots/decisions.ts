// The audit snapshots of decisions (decision.*, clawback.prepared).
import { z } from 'zod';
import type { DecisionRecord } from '../decisions';
import { decisionKinds, payoutChannels } from '../schema/decisions';
import {
  changed,
  created,
  InstantJson,
  instantOrNull,
  KronorJson,
  kronorJson,
  LocalDateJson,
} from './common';

export const DecisionSnapshot = z.strictObject({
  id: z.string(),
  referenceNumber: z.string().nullable(),
  kind: z.enum(decisionKinds),
  status: z.enum(['draft', 'issued']),
  grantId: z.string(),
  recipientCode: z.string(),
  amountKr: KronorJson,
  payoutChannel: z.enum(payoutChannels),
  legalBasis: z.string(),
  reasons: z.string(),
  conditions: z.string(),
  appealText: z.string(),
  sourceType: z.string(),
  sourceId: z.string(),
  supersedesDecisionId: z.string().nullable(),
  preparedBy: z.string(),
  decidedOn: LocalDateJson.nullable(),
  decisionMakerName: z.string().nullable(),
  issuedAt: InstantJson.nullable(),
});
export type DecisionSnapshot = z.infer<typeof DecisionSnapshot>;

export function decisionSnapshot(record: DecisionRecord): DecisionSnapshot {
  return {
    id: record.id,
    referenceNumber: record.referenceNumber,
    kind: record.kind,
    status: record.status,
    grantId: record.grantId,
    recipientCode: record.recipientCode,
    amountKr: kronorJson(record.amountKr),
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
    issuedAt: instantOrNull(record.issuedAt),
  };
}

const AppealTextSnapshot = z.strictObject({ appealText: z.string().nullable() });

export const decisionAuditPayloads = {
  'decision.prepared': created(DecisionSnapshot),
  'decision.draft_changed': changed(DecisionSnapshot),
  'decision.draft_discarded': { before: DecisionSnapshot, after: z.null() },
  'decision.issued': changed(DecisionSnapshot),
  'decision.correction_prepared': changed(DecisionSnapshot),
  'decision.appeal_text_set': changed(AppealTextSnapshot),
  'clawback.prepared': created(
    DecisionSnapshot.extend({
      ocrReference: z.string(),
      dueOn: LocalDateJson,
      sampleId: z.string(),
    }),
  ),
};
