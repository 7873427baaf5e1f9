// The report to the government (issue 14, docs/government-report.md): a grant's follow-up as the
// tables Socialstyrelsen publishes (distribution and use, one table per question), a joint report
// over several grants or years, and the same as open data. Shares are printed strings ("95", "<1",
// null without a base) computed half up with integers; kronor are JSON integers; sums of number
// questions are exact decimal strings.
import { z } from 'zod';
import { SIZE_GROUPS } from '../domain/recipients/size-group';
import { route } from './route';
import { IdParamsSchema } from './shared';

const Kronor = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const Count = z.number().int().min(0);
const Percent = z
  .string()
  .regex(/^<?\d+(?:\.\d+)?$/)
  .nullable()
  .describe(
    'The share in per cent as printed: 100·count/base half up ("95"), "<1" for a share under 0.5 % that is not zero, null when the base is 0',
  );
const ExactNumber = z
  .string()
  .describe('An exact number: a decimal with a dot ("1234", "12.5") or a fraction "a/b"');
const GrantStatus = z.enum(['draft', 'published', 'closed', 'follow_up', 'finished']);
const PrivateProviders = z.enum(['yes', 'no', 'not_applicable']);

const TextAnswerSchema = z.object({
  recipientCode: z.string(),
  recipientName: z.string(),
  text: z.string(),
});

const TableHeadSchema = z.object({
  questionId: z.string(),
  questionType: z.enum([
    'single_choice',
    'multiple_choice',
    'yes_no_na',
    'scale',
    'number',
    'amount',
    'text',
    'scale_matrix',
    'number_matrix',
  ]),
  title: z.string().describe("The table's caption: the question's title"),
  respondents: Count.describe('N: the submitted reports the table is built from (after filters)'),
  base: Count.describe(
    'Those who answered the question: the denominator of every share unless a row has its own',
  ),
  baseLabel: z.string().describe('"N=290" when everyone answered, else "n=249"'),
  severalAnswers: z.boolean(),
  note: z.string().nullable().describe('"Flera svar kunde anges", or null'),
  source: z.string().describe('The source line printed under the table'),
});

const ValueCountSchema = z.object({ value: z.number().int(), count: Count, percent: Percent });
const NumberCellSchema = z.object({ columnId: z.string(), sum: ExactNumber, percent: Percent });

export const QuestionTableSchema = z.discriminatedUnion('kind', [
  TableHeadSchema.extend({
    kind: z.literal('choices'),
    order: z
      .enum(['count', 'form'])
      .describe('count: most first (ties in form order); form: yes/no/not applicable and bands'),
    rows: z.array(
      z.object({
        choiceId: z.string(),
        label: z.string(),
        count: Count,
        percent: Percent,
        other: z.boolean().describe('The free-text alternative'),
      }),
    ),
    otherTexts: z
      .array(TextAnswerSchema)
      .describe('What was written under the free-text alternative; always empty in open data'),
  }),
  TableHeadSchema.extend({
    kind: z.literal('scale'),
    min: z.number().int(),
    max: z.number().int(),
    values: z.array(ValueCountSchema).describe('The full spread, one entry per step'),
    high: z.object({
      values: z.array(z.number().int()),
      label: z.string(),
      count: Count,
      percent: Percent,
    }),
  }),
  TableHeadSchema.extend({
    kind: z.literal('scale_matrix'),
    min: z.number().int(),
    max: z.number().int(),
    high: z.object({ values: z.array(z.number().int()), label: z.string() }),
    rows: z
      .array(
        z.object({
          rowId: z.string(),
          label: z.string(),
          base: Count.describe('Those who rated this row'),
          count: Count.describe('Those who rated it high (4 or 5): the published figure'),
          percent: Percent,
          values: z.array(ValueCountSchema),
        }),
      )
      .describe('By count, most first'),
  }),
  TableHeadSchema.extend({
    kind: z.literal('sum'),
    sum: ExactNumber,
    unit: z.enum(['kr']).nullable(),
  }),
  TableHeadSchema.extend({
    kind: z.literal('number_matrix'),
    columns: z.array(z.object({ columnId: z.string(), label: z.string() })),
    rows: z.array(
      z.object({
        rowId: z.string(),
        label: z.string(),
        base: Count,
        cells: z.array(NumberCellSchema).describe("Each column's sum and share of the row"),
        total: ExactNumber,
      }),
    ),
    totals: z.array(NumberCellSchema).describe("Each column's sum and share of the whole"),
    total: ExactNumber,
  }),
  TableHeadSchema.extend({
    kind: z.literal('text'),
    answers: z.array(TextAnswerSchema).describe('Every non-blank answer, by organisation code'),
  }),
]);
export type QuestionTableJson = z.infer<typeof QuestionTableSchema>;

export const DistributionRowSchema = z.object({
  recipientCode: z.string(),
  name: z.string(),
  allocationKr: Kronor.describe("The recipient's amount in the allocation key"),
  requisitionedKr: Kronor.nullable().describe('Requisitioned and received; null until reported'),
  usedKr: Kronor.nullable(),
  unusedKr: Kronor.nullable(),
  unusedPercent: Percent.describe('unused / requisitioned'),
  toRepayKr: Kronor.describe('0 when nothing is to be repaid or the unused amount is waived'),
});

export const DistributionTotalsSchema = z.object({
  allocationKr: Kronor,
  requisitionedKr: Kronor.describe('Of the recipients that reported'),
  usedKr: Kronor,
  unusedKr: Kronor,
  unusedPercent: Percent,
  toRepayKr: Kronor,
  recipients: Count.describe('Recipients in the allocation key (after filters)'),
  reported: Count.describe('Of them, with a submitted report'),
  withUnused: Count,
  repaying: Count,
});

const GrantColumnSchema = z.object({ grantId: z.uuid(), name: z.string(), grantYear: z.number() });

const SizeGroupSchema = z
  .enum(SIZE_GROUPS)
  .describe("SKR's municipality group (Kommungruppsindelning 2023): A1 Storstäder … C9");

export const GovernmentReportSchema = z.object({
  grant: GrantColumnSchema.extend({ status: GrantStatus }),
  audience: z
    .enum(['agency', 'open_data'])
    .describe('open_data: aggregates only (no free text, no per-recipient rows, no filters)'),
  filter: z.object({
    countyCode: z.string().nullable(),
    sizeGroup: SizeGroupSchema.nullable(),
    privateProviders: PrivateProviders.nullable(),
  }),
  sizeGroups: z
    .array(z.object({ group: SizeGroupSchema, recipients: Count }))
    .describe(
      "The municipality groups the recipient register holds for the grant's recipients, with how many are in each (the size-group filter's choices); empty when none is registered, and in open data",
    ),
  formVersion: z.number().int().nullable().describe('The form version whose questions are tabled'),
  source: z.string(),
  respondents: Count.describe('Submitted reports included (after filters)'),
  distribution: z.object({
    rows: z.array(DistributionRowSchema).describe('Per recipient (Bilaga 1); empty in open data'),
    totals: DistributionTotalsSchema,
  }),
  tables: z.array(QuestionTableSchema).describe("One per question, in the form's order"),
});
export type GovernmentReport = z.infer<typeof GovernmentReportSchema>;

export const GovernmentReportQuerySchema = z.object({
  county: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe('Only recipients of this county (two-digit county code, e.g. 01)'),
  sizeGroup: SizeGroupSchema.optional().describe(
    "Only municipalities of this group in SKR's Kommungruppsindelning 2023 (A1 … C9), as the recipient register holds them",
  ),
  privateProviders: PrivateProviders.optional().describe(
    'Only recipients that answered this to whether private providers took part',
  ),
});

export const MAX_JOINT_GRANTS = 20;

export const JointReportQuerySchema = z.object({
  grantIds: z
    .string()
    .max(4000)
    .describe(`Comma-separated grant ids, 1 to ${MAX_JOINT_GRANTS}, in the columns' order`),
});

const YearCellSchema = z.object({ count: Count, base: Count, percent: Percent });

export const JointReportSchema = z.object({
  grants: z.array(GrantColumnSchema.extend({ totals: DistributionTotalsSchema })),
  total: DistributionTotalsSchema.describe("Every grant's figures summed; shares over the sums"),
  recipients: z
    .array(
      z.object({
        recipientCode: z.string(),
        name: z.string(),
        byGrant: z.array(DistributionRowSchema.nullable()),
      }),
    )
    .describe('Per recipient, its row in each grant (null where the grant does not hold it)'),
  questions: z
    .array(
      z.object({
        questionId: z.string(),
        title: z.string(),
        years: z.array(
          GrantColumnSchema.extend({
            base: Count,
            baseLabel: z.string(),
            respondents: Count,
          }).nullable(),
        ),
        rows: z.array(
          z.object({
            id: z.string().describe('Choice id, scale step ("high" = 4–5) or matrix row id'),
            label: z.string(),
            cells: z.array(YearCellSchema.nullable()),
          }),
        ),
      }),
    )
    .describe("Each question id found in any grant, compared over the grants' columns"),
});
export type JointReport = z.infer<typeof JointReportSchema>;

export const governmentReportRoutes = {
  report: route({
    method: 'GET',
    path: '/grants/:id/government-report',
    params: IdParamsSchema,
    querystring: GovernmentReportQuerySchema,
    response: { 200: GovernmentReportSchema },
  }),
  joint: route({
    method: 'GET',
    path: '/government-report/joint',
    querystring: JointReportQuerySchema,
    response: { 200: JointReportSchema },
  }),
  openData: route({
    method: 'GET',
    path: '/open-data/grants/:id/government-report',
    params: IdParamsSchema,
    response: { 200: GovernmentReportSchema },
  }),
};
