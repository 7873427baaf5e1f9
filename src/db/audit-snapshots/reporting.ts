// The audit snapshots of follow-up reports and their form (report.*, report_form.*).
import { z } from 'zod';
import { PRIVATE_SHARE_BANDS, YES_NO_NA } from '../../domain/reporting/form-model';
import { created, JsonObject, KronorJson, LocalDateJson } from './common';
import { SignatureSnapshot } from './access';

const reportStatus = z.enum(['draft', 'submitted']);

/**
 * What a draft save changed, part by part, only the keys that differ: the survey's answers by
 * question, the economic part by field, the costs as `costs.<id>` (kronor).
 */
const contentChanges = {
  answers: JsonObject.optional(),
  economic: z
    .record(
      z.string(),
      z.union([KronorJson, z.enum(YES_NO_NA), z.enum(PRIVATE_SHARE_BANDS)]).nullable(),
    )
    .optional(),
};
export const ReportContentChanges = z.strictObject(contentChanges);
export type ReportContentChanges = z.infer<typeof ReportContentChanges>;

const DraftSaved = z.strictObject({
  version: z.number().int(),
  recipientCode: z.string(),
  formVersion: z.number().int(),
  ...contentChanges,
});
export type ReportDraftSnapshot = z.infer<typeof DraftSaved>;

const RecipientDeadline = z.strictObject({
  recipientCode: z.string(),
  deadlineOn: LocalDateJson.nullable(),
});

export const reportingAuditPayloads = {
  'report_form.created': created(
    z.strictObject({
      version: z.number().int(),
      templateId: z.string().nullable(),
      voluntary: z.boolean(),
    }),
  ),
  'report_form.saved': {
    before: z.strictObject({ version: z.number().int(), voluntary: z.boolean() }),
    after: z.strictObject({
      version: z.number().int(),
      voluntary: z.boolean(),
      definitionChanged: z.boolean(),
      templateId: z.string().nullable(),
    }),
  },
  'report.started': created(DraftSaved),
  'report.draft_saved': {
    before: z.strictObject({ version: z.number().int(), ...contentChanges }),
    after: DraftSaved,
  },
  'report.submitted': {
    before: z.strictObject({ status: reportStatus, version: z.number().int() }),
    after: z.strictObject({
      status: reportStatus,
      version: z.number().int(),
      revision: z.number().int(),
      recipientCode: z.string(),
      receivedKr: KronorJson,
      usedKr: KronorJson,
      unusedKr: KronorJson,
      repayment: z.strictObject({
        outcome: z.enum(['fully_used', 'repay', 'waived', 'kept']),
        toRepayKr: KronorJson,
        waivedKr: KronorJson,
        ocrReference: z.string().nullable(),
        dueOn: LocalDateJson.nullable(),
      }),
      signature: SignatureSnapshot.optional(),
    }),
  },
  'report.reopened': {
    before: z.strictObject({ status: reportStatus, revision: z.number().int() }),
    after: z.strictObject({
      status: reportStatus,
      revision: z.number().int(),
      recipientCode: z.string(),
    }),
  },
  'report.deadline_extended': { before: RecipientDeadline, after: RecipientDeadline },
};
