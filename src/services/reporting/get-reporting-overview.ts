import {
  findReportForm,
  listAllocatedRecipients,
  listDeadlineExtensions,
  listRecipientAccounts,
  listReportFormVersions,
  listReportRepayments,
  listReports,
} from '../../db/reporting';
import { deadlinePassed, localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import { surveyQuestions, type FormDefinition } from '../../domain/reporting/form-model';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';

export type ReportState = 'submitted' | 'draft' | 'not_started';

export interface ReportingOverviewRow {
  recipientCode: string;
  recipientName: string;
  allocatedKr: bigint;
  state: ReportState;
  /** Not submitted after the recipient's last day (never for a voluntary grant). */
  late: boolean;
  deadlineOn: string | null;
  formVersion: number | null;
  revision: number | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  receivedKr: bigint | null;
  usedKr: bigint | null;
  unusedKr: bigint | null;
  emails: string[];
}

export interface AnswerSummary {
  question: string;
  title: string;
  /** Answers counted; a question only some were shown has a smaller base. */
  base: number;
  counts: { value: string; label: string; count: number }[];
}

export interface ReportingOverview {
  grantId: string;
  voluntary: boolean;
  currentFormVersion: number | null;
  reportingDeadlineOn: string | null;
  deadlinePassed: boolean;
  counts: { submitted: number; draft: number; notStarted: number; late: number; total: number };
  totals: {
    receivedKr: bigint;
    usedKr: bigint;
    unusedKr: bigint;
    demands: number;
    toRepayKr: bigint;
    waivers: number;
    waivedKr: bigint;
  };
  rows: ReportingOverviewRow[];
  /** Counts per choice (and per scale step) of the submitted reports, by question of the current form. */
  summaries: AnswerSummary[];
}

/**
 * The case officer's overview of a grant's follow-up: every recipient of the published allocation
 * with the state of its report, late ones, whom to remind (their accounts' emails), totals of the
 * submitted figures and counts per answer for charts.
 */
export async function getReportingOverview(
  ctx: ServiceContext,
  grantId: string,
): Promise<ReportingOverview> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  const form = await findReportForm(ctx.db, grant.id);
  if (!form) throw new DomainError('report_form.not_found', { grantId });
  const [recipients, reports, extensions, versions, repayments] = await Promise.all([
    listAllocatedRecipients(ctx.db, grant.id),
    listReports(ctx.db, grant.id),
    listDeadlineExtensions(ctx.db, grant.id),
    listReportFormVersions(ctx.db, grant.id),
    listReportRepayments(ctx.db, grant.id),
  ]);
  const accounts = await listRecipientAccounts(
    ctx.db,
    recipients.map((r) => r.recipientCode),
  );
  const byCode = new Map(reports.map((r) => [r.recipientCode, r]));
  const extended = new Map(extensions.map((e) => [e.recipientCode, e.deadlineOn]));
  const now = ctx.now();
  const rows = recipients.map((recipient): ReportingOverviewRow => {
    const report = byCode.get(recipient.recipientCode);
    const state: ReportState = !report ? 'not_started' : report.status;
    const deadlineOn = extended.get(recipient.recipientCode) ?? grant.reportingDeadlineOn;
    const passed = deadlineOn !== null && deadlinePassed(localDate(deadlineOn), now);
    return {
      recipientCode: recipient.recipientCode,
      recipientName: recipient.recipientName,
      allocatedKr: recipient.amountKr,
      state,
      late: !form.voluntary && passed && state !== 'submitted',
      deadlineOn,
      formVersion: report?.formVersion ?? null,
      revision: report?.revision ?? null,
      submittedAt: report?.submittedAt ?? null,
      submittedBy: report?.submittedBy ?? null,
      receivedKr: report?.receivedKr ?? null,
      usedKr: report?.status === 'submitted' ? report.usedKr : null,
      unusedKr: report?.unusedKr ?? null,
      emails: [
        ...new Set(
          accounts.filter((a) => a.recipientCode === recipient.recipientCode).map((a) => a.email),
        ),
      ],
    };
  });
  const submitted = reports.filter((r) => r.status === 'submitted');
  // The outcome of each submitted report's current revision.
  const current = submitted.flatMap((r) =>
    repayments.filter((p) => p.reportId === r.id && p.revision === r.revision),
  );
  const sum = (values: (bigint | null)[]) => values.reduce<bigint>((a, b) => a + (b ?? 0n), 0n);
  const currentForm = versions.find((v) => v.version === form.currentVersion);
  return {
    grantId: grant.id,
    voluntary: form.voluntary,
    currentFormVersion: form.currentVersion,
    reportingDeadlineOn: grant.reportingDeadlineOn,
    deadlinePassed:
      grant.reportingDeadlineOn !== null &&
      deadlinePassed(localDate(grant.reportingDeadlineOn), now),
    counts: {
      submitted: rows.filter((r) => r.state === 'submitted').length,
      draft: rows.filter((r) => r.state === 'draft').length,
      notStarted: rows.filter((r) => r.state === 'not_started').length,
      late: rows.filter((r) => r.late).length,
      total: rows.length,
    },
    totals: {
      receivedKr: sum(submitted.map((r) => r.receivedKr)),
      usedKr: sum(submitted.map((r) => r.usedKr)),
      unusedKr: sum(submitted.map((r) => r.unusedKr)),
      demands: current.filter((p) => p.outcome === 'repay').length,
      toRepayKr: sum(current.map((p) => p.toRepayKr)),
      waivers: current.filter((p) => p.outcome === 'waived').length,
      waivedKr: sum(current.map((p) => p.waivedKr)),
    },
    rows,
    summaries: currentForm
      ? summarise(
          currentForm.definition,
          submitted.map((r) => r.answers),
        )
      : [],
  };
}

/** Counts per choice of single and multiple choice questions and per step of 1–5 scales. */
export function summarise(
  definition: FormDefinition,
  answers: Record<string, unknown>[],
): AnswerSummary[] {
  return surveyQuestions(definition.survey).flatMap(({ element }): AnswerSummary[] => {
    const values = answers.map((a) => a[element.name]).filter((v) => v !== undefined);
    const count = (match: (v: unknown) => boolean) => values.filter(match).length;
    if (element.type === 'radiogroup' || element.type === 'checkbox') {
      const choices = [
        ...(element.choices ?? []),
        ...(element.showOtherItem ? [{ value: 'other', text: element.otherText ?? 'Annat' }] : []),
      ];
      return [
        {
          question: element.name,
          title: element.title ?? element.name,
          base: values.length,
          counts: choices.map((c) => ({
            value: c.value,
            label: c.text,
            count: count((v) => (Array.isArray(v) ? v.includes(c.value) : v === c.value)),
          })),
        },
      ];
    }
    if (element.type === 'rating') {
      const min = element.rateMin ?? 1;
      const max = element.rateMax ?? 5;
      return [
        {
          question: element.name,
          title: element.title ?? element.name,
          base: values.length,
          counts: Array.from({ length: max - min + 1 }, (_, i) => ({
            value: String(min + i),
            label: String(min + i),
            count: count((v) => Number(v) === min + i),
          })),
        },
      ];
    }
    return [];
  });
}
