// Queries on follow-up forms and reports. The executor comes first so a service can pass its
// transaction.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from './client';
import type { FormDefinition } from '../domain/reporting/form-model';
import {
  allocationRows,
  grants,
  recipients,
  reportDeadlineExtensions,
  reportRepayments,
  reportFormVersions,
  reportForms,
  reports,
  reportSubmissions,
  roleAssignments,
  users,
  PrivateProvidersSchema,
  PrivateShareBandSchema,
  StoredAnswersSchema,
  StoredCostsSchema,
  StoredFormDefinitionSchema,
  StoredSubmissionContentSchema,
} from './schema';
import { parseStored } from './stored-json';

export type ReportFormRecord = typeof reportForms.$inferSelect;
export type ReportFormVersionRecord = typeof reportFormVersions.$inferSelect;
export type ReportRecord = typeof reports.$inferSelect;
export type NewReportRecord = typeof reports.$inferInsert;
export type ReportSubmissionRecord = typeof reportSubmissions.$inferSelect;

export async function findReportForm(
  executor: Executor,
  grantId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReportFormRecord | undefined> {
  const query = executor.select().from(reportForms).where(eq(reportForms.grantId, grantId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertReportForm(
  executor: Executor,
  values: typeof reportForms.$inferInsert,
): Promise<ReportFormRecord> {
  const [row] = await executor.insert(reportForms).values(values).returning();
  if (!row) throw new Error('insert into report_forms returned no row');
  return row;
}

export async function updateReportForm(
  executor: Executor,
  grantId: string,
  changes: Partial<typeof reportForms.$inferInsert>,
  now: Date,
): Promise<ReportFormRecord> {
  const [row] = await executor
    .update(reportForms)
    .set({ ...changes, revision: sql`${reportForms.revision} + 1`, updatedAt: now })
    .where(eq(reportForms.grantId, grantId))
    .returning();
  if (!row) throw new Error('update of report_forms returned no row');
  return row;
}

// Every row is read through these, so its JSON columns are parsed with their schemas.
function readFormVersion(row: ReportFormVersionRecord): ReportFormVersionRecord {
  const at = { table: 'report_form_versions', column: 'definition', row: row.id };
  return { ...row, definition: parseStored(StoredFormDefinitionSchema, row.definition, at) };
}

function readReport(row: ReportRecord): ReportRecord {
  const at = (column: string) => ({ table: 'reports', column, row: row.id });
  return {
    ...row,
    costs: parseStored(StoredCostsSchema, row.costs, at('costs')),
    answers: parseStored(StoredAnswersSchema, row.answers, at('answers')),
    privateProviders: parseStored(
      PrivateProvidersSchema.nullable(),
      row.privateProviders,
      at('private_providers'),
    ),
    privateShareBand: parseStored(
      PrivateShareBandSchema.nullable(),
      row.privateShareBand,
      at('private_share_band'),
    ),
  };
}

function readSubmission(row: ReportSubmissionRecord): ReportSubmissionRecord {
  const at = { table: 'report_submissions', column: 'content', row: row.id };
  return { ...row, content: parseStored(StoredSubmissionContentSchema, row.content, at) };
}

export async function findReportFormVersion(
  executor: Executor,
  grantId: string,
  version: number,
): Promise<ReportFormVersionRecord | undefined> {
  const [row] = await executor
    .select()
    .from(reportFormVersions)
    .where(and(eq(reportFormVersions.grantId, grantId), eq(reportFormVersions.version, version)));
  return row && readFormVersion(row);
}

export async function listReportFormVersions(
  executor: Executor,
  grantId: string,
): Promise<ReportFormVersionRecord[]> {
  const rows = await executor
    .select()
    .from(reportFormVersions)
    .where(eq(reportFormVersions.grantId, grantId))
    .orderBy(asc(reportFormVersions.version));
  return rows.map(readFormVersion);
}

export async function insertReportFormVersion(
  executor: Executor,
  values: typeof reportFormVersions.$inferInsert,
): Promise<void> {
  await executor.insert(reportFormVersions).values(values);
}

export async function replaceReportFormVersionDefinition(
  executor: Executor,
  grantId: string,
  version: number,
  definition: FormDefinition,
  templateId: string | null,
  now: Date,
): Promise<void> {
  await executor
    .update(reportFormVersions)
    .set({ definition, templateId, updatedAt: now })
    .where(and(eq(reportFormVersions.grantId, grantId), eq(reportFormVersions.version, version)));
}

/** How many reports were started on this version of the grant's form. */
export async function countReportsOnFormVersion(
  executor: Executor,
  grantId: string,
  version: number,
): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(reports)
    .where(and(eq(reports.grantId, grantId), eq(reports.formVersion, version)));
  return Number(row?.count ?? 0);
}

export async function findReport(
  executor: Executor,
  grantId: string,
  recipientCode: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReportRecord | undefined> {
  const query = executor
    .select()
    .from(reports)
    .where(and(eq(reports.grantId, grantId), eq(reports.recipientCode, recipientCode)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row && readReport(row);
}

/** Which of the grants have a follow-up form, and the organisation's report on each (if started). */
export async function listFollowUpOf(
  executor: Executor,
  grantIds: string[],
  recipientCodes: string[],
): Promise<{ formGrantIds: Set<string>; reports: ReportRecord[] }> {
  if (grantIds.length === 0) return { formGrantIds: new Set(), reports: [] };
  const forms = await executor
    .select({ grantId: reportForms.grantId })
    .from(reportForms)
    .where(inArray(reportForms.grantId, grantIds));
  const own =
    recipientCodes.length === 0
      ? []
      : await executor
          .select()
          .from(reports)
          .where(
            and(inArray(reports.grantId, grantIds), inArray(reports.recipientCode, recipientCodes)),
          );
  return { formGrantIds: new Set(forms.map((f) => f.grantId)), reports: own.map(readReport) };
}

export async function insertReport(
  executor: Executor,
  values: NewReportRecord,
): Promise<ReportRecord> {
  const [row] = await executor.insert(reports).values(values).returning();
  if (!row) throw new Error('insert into reports returned no row');
  return readReport(row);
}

/** Writes `changes` and bumps the version. */
export async function updateReport(
  executor: Executor,
  id: string,
  changes: Partial<NewReportRecord>,
  now: Date,
): Promise<ReportRecord> {
  const [row] = await executor
    .update(reports)
    .set({ ...changes, version: sql`${reports.version} + 1`, updatedAt: now })
    .where(eq(reports.id, id))
    .returning();
  if (!row) throw new Error('update of reports returned no row');
  return readReport(row);
}

export async function listReports(executor: Executor, grantId: string): Promise<ReportRecord[]> {
  const rows = await executor
    .select()
    .from(reports)
    .where(eq(reports.grantId, grantId))
    .orderBy(asc(reports.recipientCode));
  return rows.map(readReport);
}

export async function insertReportSubmission(
  executor: Executor,
  values: typeof reportSubmissions.$inferInsert,
): Promise<void> {
  await executor.insert(reportSubmissions).values(values);
}

export async function listReportSubmissions(
  executor: Executor,
  reportId: string,
): Promise<ReportSubmissionRecord[]> {
  const rows = await executor
    .select()
    .from(reportSubmissions)
    .where(eq(reportSubmissions.reportId, reportId))
    .orderBy(asc(reportSubmissions.revision));
  return rows.map(readSubmission);
}

/** The recipients of the grant's published allocation with their amount, in the allocation's order. */
export async function listAllocatedRecipients(executor: Executor, grantId: string) {
  return executor
    .select({
      recipientCode: allocationRows.recipientCode,
      recipientName: recipients.name,
      amountKr: allocationRows.amountKr,
    })
    .from(grants)
    .innerJoin(allocationRows, eq(allocationRows.allocationId, grants.publishedAllocationId))
    .innerJoin(recipients, eq(recipients.code, allocationRows.recipientCode))
    .where(eq(grants.id, grantId))
    .orderBy(asc(allocationRows.position));
}

/** The recipient's amount in the grant's published allocation, or undefined when it has none. */
export async function findAllocatedAmount(
  executor: Executor,
  grantId: string,
  recipientCode: string,
): Promise<bigint | undefined> {
  const [row] = await executor
    .select({ amountKr: allocationRows.amountKr })
    .from(grants)
    .innerJoin(allocationRows, eq(allocationRows.allocationId, grants.publishedAllocationId))
    .where(and(eq(grants.id, grantId), eq(allocationRows.recipientCode, recipientCode)));
  return row?.amountKr;
}

/** The active accounts of recipients' staff by organisation: whom to remind. */
export async function listRecipientAccounts(
  executor: Executor,
  recipientCodes: string[],
): Promise<{ recipientCode: string; email: string; role: string }[]> {
  if (recipientCodes.length === 0) return [];
  const rows = await executor
    .select({ recipientCode: users.recipientCode, email: users.email, role: roleAssignments.role })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(
      and(
        inArray(users.recipientCode, recipientCodes),
        eq(users.active, true),
        inArray(roleAssignments.role, ['recipient_user', 'recipient_signatory']),
      ),
    )
    .orderBy(asc(users.email));
  return rows.flatMap((row) =>
    row.recipientCode ? [{ ...row, recipientCode: row.recipientCode }] : [],
  );
}

export type ReportDeadlineExtensionRecord = typeof reportDeadlineExtensions.$inferSelect;

export async function listDeadlineExtensions(
  executor: Executor,
  grantId: string,
  recipientCode?: string,
): Promise<ReportDeadlineExtensionRecord[]> {
  return executor
    .select()
    .from(reportDeadlineExtensions)
    .where(
      and(
        eq(reportDeadlineExtensions.grantId, grantId),
        recipientCode === undefined
          ? undefined
          : eq(reportDeadlineExtensions.recipientCode, recipientCode),
      ),
    );
}

/** Sets (or moves) the recipient's extended deadline. */
export async function upsertDeadlineExtension(
  executor: Executor,
  values: {
    grantId: string;
    recipientCode: string;
    deadlineOn: string;
    reason: string;
    createdBy: string;
  },
  now: Date,
): Promise<void> {
  await executor
    .insert(reportDeadlineExtensions)
    .values({ ...values, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [reportDeadlineExtensions.grantId, reportDeadlineExtensions.recipientCode],
      set: { deadlineOn: values.deadlineOn, reason: values.reason, updatedAt: now },
    });
}

export type ReportRepaymentRecord = typeof reportRepayments.$inferSelect;

export async function insertReportRepayment(
  executor: Executor,
  values: typeof reportRepayments.$inferInsert,
): Promise<void> {
  await executor.insert(reportRepayments).values(values);
}

/** The repayment outcomes of a grant's reports (or one report's), latest revision last. */
export async function listReportRepayments(
  executor: Executor,
  grantId: string,
  reportId?: string,
): Promise<ReportRepaymentRecord[]> {
  return executor
    .select()
    .from(reportRepayments)
    .where(
      and(
        eq(reportRepayments.grantId, grantId),
        reportId === undefined ? undefined : eq(reportRepayments.reportId, reportId),
      ),
    )
    .orderBy(asc(reportRepayments.recipientCode), asc(reportRepayments.revision));
}
