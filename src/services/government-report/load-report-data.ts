// What every government-report table of one grant is built from, read once: the grant, the
// questions of its current form version, its submitted reports (never drafts: a reopened report is
// left out until it is submitted again) as respondents, and the distribution inputs of every
// recipient in its published allocation.
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import { findRecipientsByCodes } from '../../db/recipients';
import {
  findReportForm,
  listAllocatedRecipients,
  listReportFormVersions,
  listReportRepayments,
  listReports,
} from '../../db/reporting';
import type { DistributionInput } from '../../domain/government-report/distribution';
import type {
  Respondent,
  RespondentFacts,
  TableQuestion,
} from '../../domain/government-report/model';
import { formTableQuestions, storedRespondent } from '../../domain/government-report/stored-form';

export interface GrantReportData {
  grant: GrantRecord;
  formVersion: number | null;
  questions: TableQuestion[];
  respondents: Respondent[];
  distribution: DistributionInput[];
  facts: Map<string, RespondentFacts>;
  names: Map<string, string>;
}

export async function loadReportData(db: Executor, grant: GrantRecord): Promise<GrantReportData> {
  const [form, versions, allocated, reports, repayments] = await Promise.all([
    findReportForm(db, grant.id),
    listReportFormVersions(db, grant.id),
    listAllocatedRecipients(db, grant.id),
    listReports(db, grant.id),
    listReportRepayments(db, grant.id),
  ]);
  const definition = versions.find((v) => v.version === form?.currentVersion)?.definition;
  const questions = definition ? formTableQuestions(definition) : [];
  const submitted = reports.filter((r) => r.status === 'submitted');
  const byCode = new Map(submitted.map((r) => [r.recipientCode, r]));
  // The outcome recorded with each submitted report's current revision.
  const toRepay = new Map(
    submitted.flatMap((r) =>
      repayments
        .filter((p) => p.reportId === r.id && p.revision === r.revision)
        .map((p) => [r.recipientCode, p.toRepayKr] as const),
    ),
  );
  const codes = [...new Set([...allocated.map((a) => a.recipientCode), ...byCode.keys()])];
  const registered = await findRecipientsByCodes(db, codes);
  const county = new Map(registered.map((r) => [r.code, r.countyCode]));
  const sizeGroup = new Map(registered.map((r) => [r.code, r.sizeGroup]));
  const names = new Map(registered.map((r) => [r.code, r.name]));
  const facts = new Map(
    codes.map((code): [string, RespondentFacts] => [
      code,
      {
        countyCode: county.get(code) ?? null,
        sizeGroup: sizeGroup.get(code) ?? null,
        privateProviders: byCode.get(code)?.privateProviders ?? null,
      },
    ]),
  );
  return {
    grant,
    formVersion: form?.currentVersion ?? null,
    questions,
    respondents: submitted.map((report) =>
      storedRespondent(questions, {
        recipientCode: report.recipientCode,
        privateProviders: report.privateProviders,
        privateShareBand: report.privateShareBand,
        answers: report.answers,
      }),
    ),
    distribution: allocated.map((a) => {
      const report = byCode.get(a.recipientCode);
      return {
        recipientCode: a.recipientCode,
        name: a.recipientName,
        allocationKr: a.amountKr,
        requisitionedKr: report?.receivedKr ?? null,
        usedKr: report?.usedKr ?? null,
        toRepayKr: toRepay.get(a.recipientCode) ?? 0n,
      };
    }),
    facts,
    names,
  };
}
