import { z } from 'zod';
import { LocalDateSchema } from './grants';
import { IssueSchema } from './problem';
import { route } from './route';
import { StepUpProofSchema } from './step-up';
import { EXPORT_TYPES, GrantRecipientParamsSchema, IdParamsSchema } from './shared';

const Kronor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export { GrantRecipientParamsSchema };

const DefinitionSchema = z
  .unknown()
  .describe(
    'The form definition `{ economic: { costCategories: [{ id, label }], askPrivateProviders }, survey: SurveyJS JSON }` (docs/reporting.md). Checked on save: 422 lists every issue with its JSON path.',
  );

export const ReportFormInputSchema = z.object({
  definition: DefinitionSchema,
  voluntary: z.boolean().describe('Reporting is voluntary: missing reports are not late'),
  revision: z
    .number()
    .int()
    .nullable()
    .describe('The form revision read (optimistic concurrency); null when there is no form yet'),
});
export type ReportFormInput = z.infer<typeof ReportFormInputSchema>;

export const ReportFormTemplateInputSchema = z.object({ templateId: z.string().min(1).max(100) });

export const ReportFormSchema = z.object({
  grantId: z.uuid(),
  usageAreas: z.array(z.string()),
  form: z
    .object({
      currentVersion: z.number().int(),
      voluntary: z.boolean(),
      revision: z.number().int(),
    })
    .nullable(),
  definition: DefinitionSchema.nullable(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      templateId: z.string().nullable(),
      createdAt: z.iso.datetime(),
      createdBy: z.string(),
      reportCount: z.number().int().describe('Reports started on this version'),
    }),
  ),
  templates: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ReportForm = z.infer<typeof ReportFormSchema>;

export const YesNoNaSchema = z.enum(['yes', 'no', 'not_applicable']);
export const PrivateShareBandSchema = z.enum(['band_1_19', 'band_20_49', 'band_50_99', 'band_100']);

export const EconomicAnswersSchema = z.object({
  usedKr: Kronor.nullable().describe('Amount used, whole kronor'),
  costs: z
    .record(z.string().max(63), Kronor.nullable())
    .describe('Costs by the form’s categories, whole kronor; they must sum to usedKr'),
  privateProviders: YesNoNaSchema.nullable(),
  privateShareBand: PrivateShareBandSchema.nullable(),
});
export type EconomicAnswersJson = z.infer<typeof EconomicAnswersSchema>;

export const ReportDraftInputSchema = z.object({
  version: z.number().int().min(0).describe('The report version read; 0 before the first save'),
  economic: EconomicAnswersSchema,
  answers: z
    .record(z.string().max(200), z.unknown())
    .describe('The questionnaire answers (SurveyJS data)'),
});
export type ReportDraftInput = z.infer<typeof ReportDraftInputSchema>;

/** Submitting: the version read, and the step-up proof for this report (docs/decisions/0032). */
export const ReportSubmitInputSchema = z.object({
  version: z.number().int().min(1),
  stepUpProof: StepUpProofSchema,
});
export const ReasonInputSchema = z.object({ reason: z.string().trim().min(3).max(2000) });
export const DeadlineExtensionInputSchema = z.object({
  deadlineOn: LocalDateSchema,
  reason: z.string().trim().min(3).max(2000),
});

export const ReportStateSchema = z.enum(['submitted', 'draft', 'not_started']);
export type ReportState = z.infer<typeof ReportStateSchema>;

export const ReportSchema = z.object({
  grantId: z.uuid(),
  grantName: z.string(),
  grantYear: z.number().int(),
  recipientCode: z.string(),
  recipientName: z.string(),
  receivedKr: z.number().int().describe('What the recipient received of the grant'),
  deadlineOn: LocalDateSchema.nullable().describe('The last day to submit (inclusive)'),
  deadlinePassed: z.boolean(),
  voluntary: z.boolean(),
  formVersion: z.number().int(),
  currentFormVersion: z.number().int(),
  definition: DefinitionSchema,
  state: ReportStateSchema,
  version: z.number().int().describe('0 before the first save'),
  revision: z.number().int(),
  economic: EconomicAnswersSchema,
  answers: z.record(z.string(), z.unknown()),
  unusedKr: z.number().int().nullable().describe('received − used, as far as known'),
  submittedAt: z.iso.datetime().nullable(),
  submittedBy: z.string().nullable(),
  reopenedReason: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
  issues: z.array(IssueSchema).describe('What stops the report from being submitted now'),
  issuesChecked: z
    .enum(['full', 'draft'])
    .describe(
      'How far `issues` were checked: `full` (reading the report: SurveyJS too, required answers and conditions) or `draft` (the answer of a draft save: only the cheap checks — the economic part and each answer against its question; required answers are checked on reading and on submission)',
    ),
  submissions: z.array(
    z.object({
      revision: z.number().int(),
      formVersion: z.number().int(),
      receivedKr: z.number().int(),
      usedKr: z.number().int(),
      unusedKr: z.number().int(),
      submittedAt: z.iso.datetime(),
      submittedBy: z.string(),
    }),
  ),
  repayment: z
    .object({
      outcome: z.enum(['fully_used', 'repay', 'waived', 'kept']),
      unusedKr: z.number().int(),
      toRepayKr: z.number().int(),
      waivedKr: z.number().int(),
      ocrReference: z.string().nullable(),
      dueOn: LocalDateSchema.nullable(),
    })
    .nullable()
    .describe('What the submitted report means for repayment: a demand, a waiver or nothing'),
  mayEdit: z.boolean(),
  maySubmit: z.boolean(),
});
export type Report = z.infer<typeof ReportSchema>;

export const ReportingOverviewSchema = z.object({
  grantId: z.uuid(),
  voluntary: z.boolean(),
  currentFormVersion: z.number().int().nullable(),
  reportingDeadlineOn: LocalDateSchema.nullable(),
  deadlinePassed: z.boolean(),
  counts: z.object({
    submitted: z.number().int(),
    draft: z.number().int(),
    notStarted: z.number().int(),
    late: z.number().int(),
    total: z.number().int(),
  }),
  totals: z.object({
    receivedKr: z.number().int(),
    usedKr: z.number().int(),
    unusedKr: z.number().int(),
    demands: z.number().int().describe('Submitted reports with a repayment demand'),
    toRepayKr: z.number().int(),
    waivers: z.number().int().describe('Submitted reports whose unused money is waived'),
    waivedKr: z.number().int(),
  }),
  rows: z.array(
    z.object({
      recipientCode: z.string(),
      recipientName: z.string(),
      allocatedKr: z.number().int(),
      state: ReportStateSchema,
      late: z.boolean(),
      deadlineOn: LocalDateSchema.nullable(),
      formVersion: z.number().int().nullable(),
      revision: z.number().int().nullable(),
      submittedAt: z.iso.datetime().nullable(),
      receivedKr: z.number().int().nullable(),
      usedKr: z.number().int().nullable(),
      unusedKr: z.number().int().nullable(),
      emails: z.array(z.string()).describe('The organisation’s accounts: whom to remind'),
    }),
  ),
  summaries: z.array(
    z.object({
      question: z.string(),
      title: z.string(),
      base: z.number().int(),
      counts: z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() })),
    }),
  ),
});
export type ReportingOverview = z.infer<typeof ReportingOverviewSchema>;

const reportsExport = (format: 'csv' | 'xlsx') =>
  route({
    method: 'GET',
    path: `/grants/:id/reports.${format}`,
    params: IdParamsSchema,
    file: EXPORT_TYPES[format],
    produces: [EXPORT_TYPES[format]],
  });

export const reportingRoutes = {
  form: route({
    method: 'GET',
    path: '/grants/:id/report-form',
    params: IdParamsSchema,
    response: { 200: ReportFormSchema },
  }),
  saveForm: route({
    method: 'PUT',
    path: '/grants/:id/report-form',
    params: IdParamsSchema,
    body: ReportFormInputSchema,
    response: { 200: ReportFormSchema },
  }),
  copyTemplate: route({
    method: 'POST',
    path: '/grants/:id/report-form/template',
    params: IdParamsSchema,
    body: ReportFormTemplateInputSchema,
    response: { 200: ReportFormSchema },
  }),
  overview: route({
    method: 'GET',
    path: '/grants/:id/reports',
    params: IdParamsSchema,
    response: { 200: ReportingOverviewSchema },
  }),
  export: { csv: reportsExport('csv'), xlsx: reportsExport('xlsx') },
  get: route({
    method: 'GET',
    path: '/grants/:id/reports/:code',
    params: GrantRecipientParamsSchema,
    response: { 200: ReportSchema },
  }),
  repaymentLetter: route({
    method: 'GET',
    path: '/grants/:id/reports/:code/repayment.pdf',
    params: GrantRecipientParamsSchema,
    file: EXPORT_TYPES.pdf,
    produces: [EXPORT_TYPES.pdf],
  }),
  save: route({
    method: 'PUT',
    path: '/grants/:id/reports/:code',
    params: GrantRecipientParamsSchema,
    body: ReportDraftInputSchema,
    response: { 200: ReportSchema },
  }),
  submit: route({
    method: 'POST',
    path: '/grants/:id/reports/:code/submit',
    params: GrantRecipientParamsSchema,
    body: ReportSubmitInputSchema,
    response: { 200: ReportSchema },
  }),
  reopen: route({
    method: 'POST',
    path: '/grants/:id/reports/:code/reopen',
    params: GrantRecipientParamsSchema,
    body: ReasonInputSchema,
    response: { 200: ReportSchema },
  }),
  extendDeadline: route({
    method: 'POST',
    path: '/grants/:id/reports/:code/extension',
    params: GrantRecipientParamsSchema,
    body: DeadlineExtensionInputSchema,
    response: { 200: ReportSchema },
  }),
};
